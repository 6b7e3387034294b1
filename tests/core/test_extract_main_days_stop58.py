"""Stop 58 (issue 16), from real pages: the main event's day. "The Nth day of" an action counted to the weekday
its sentence names ("As Tuesday marks the 2nd day of the strike": it began on the Monday)."""

from __future__ import annotations

import pytest

from extracted import read_text


def _main(text: str) -> tuple[str | None, str]:
    main = read_text(text).events[0]
    return main.start, main.precision


# -- "the Nth day of" an action, counted to the weekday its sentence names ----------------------------------------

@pytest.mark.parametrize("text", [
    "Lakeland strike enters day two\n\n2022-03-29\n\nAs Tuesday marks the 2nd day of the strike, dockers in "
    "Harbourton kept the gates shut.",
    "Lakeland strike enters day two\n\n2022-03-29\n\nTuesday marked the second day of the dockers' strike in "
    "Harbourton, and the gates stayed shut.",
])
def test_the_nth_day_of_an_action_counts_back_from_its_weekday(text):
    assert _main(text) == ("2022-03-28", "day")


@pytest.mark.parametrize("text", [
    # the weekday the strike began on, not the one its count runs to
    "Lakeland strike enters day two\n\n2022-03-29\n\nThe gates stayed shut as the dockers entered the second day of "
    "the strike that began on Monday.",
])
def test_a_count_s_first_weekday_is_not_what_it_runs_to(text):
    assert _main(text)[0] != "2022-03-27"

