"""Main dates (issue 16): a lede's "today" on a day the page counts as its
act's third day ("the walkout, which entered its third day") is a later day
of that act; the act is dated by its first day, the day the count starts
from. A count running to another day, or a count of another kind of act,
leaves the lede's day. Texts written for the test."""

from __future__ import annotations

from extracted import main_event


def _page(lede: str, later: str) -> str:
    return f"Lakeland dockers dig in\n\nSaturday, June 14, 2031\n\n{lede}\n{later}\n"


_LEDE = "Dockers at Lakeland Quay today chose to keep their strike going despite a new pay offer from the port board."


def test_the_lede_day_a_count_reaches_is_dated_by_the_acts_first_day():
    main = main_event(_page(_LEDE, "The strike, which entered its third day, has left forty ships waiting."))
    assert main.start == "2031-06-12"


def test_a_count_of_another_kind_of_act_leaves_the_ledes_day():
    main = main_event(_page(_LEDE, "A march by Westbrook students, which entered its third day, passed the quay."))
    assert main.start == "2031-06-14"
