"""Main-event and publication dates on real pages (issue 16, round 14)."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_this_weekend_begins_on_the_saturday_of_the_week_of_writing():
    # Written on a Wednesday: the weekend's protests begin on Saturday.
    result, main = _main(
        "Tenants to protest in twelve towns this weekend\n\n"
        "12 June 2024 | Housing\n\n"
        "The renters' union will stage protests in twelve towns this weekend against rising rents.\n")
    assert result.published == "2024-06-12"
    assert (main.start, main.precision) == ("2024-06-15", "approximate")
