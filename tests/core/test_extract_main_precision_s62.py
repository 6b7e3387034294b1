"""Main event precision (issue 16, stop 62), on texts written for the tests.
An open letter put up by a news site under its writers' byline, stamped with
the hour it went up ("Ama Lind and Jo Arlen 14 March 2024 | 9:15"), took that
stamp as the letter's own date line and was dated to the day; the letter
itself gives no date, so the page's day stands in for it, ``approximate``. A
letter's own date line, with no hour after it, still dates it to the day."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument

_LETTER = (
    "Open letter to the Harbourton council: keep the Westbrook library open\n\n"
    "Dear councillors,\n\n"
    "We write as readers of the Westbrook library, which the council plans to close at the end of the spring.\n\n"
    "The library lends books to four thousand families and hosts the only free homework club in the district.\n\n"
    "We ask you to withdraw the plan and meet the readers before any vote.\n\n"
    "Yours sincerely,\n\nAma Lind\nJo Arlen\n"
)


def _main(top_line: str) -> tuple[str | None, str]:
    events = extract(ReadDocument(text=f"{top_line}\n\n{_LETTER}", format="txt")).events
    main = next(e for e in events if e.main)
    return main.start, main.precision


@pytest.mark.parametrize("top_line", [
    "Ama Lind and Jo Arlen14 March 2024 | 9:15",  # a byline glued to the site's stamp, then its hour
    "14 March 2024, 10:30 am",
])
def test_a_site_stamp_with_its_hour_dates_the_letter_only_approximately(top_line: str) -> None:
    assert _main(top_line) == ("2024-03-14", "approximate")


def test_a_letters_own_date_line_still_dates_it_to_the_day() -> None:
    assert _main("14 March 2024") == ("2024-03-14", "day")
