"""Stop 60's main-date rules, on invented text (issue 16)."""

from __future__ import annotations

from extracted import main_event

_MONTH_PAGE = """date 2019-07
Lakeland tutors to call in sick

The Lakeland Tutors Guild has decided to call in sick for today ({today}) and tomorrow ({tomorrow}) \
to stage a two-day token strike.

Its secretary Jo Arlen said the action was about unpaid allowances.
"""


def test_a_glossed_today_dates_the_act_on_a_page_dated_to_its_month() -> None:
    main = main_event(_MONTH_PAGE.format(today="18", tomorrow="19"))
    assert (main.start, main.precision) == ("2019-07-18", "day")


def test_a_bracket_that_is_no_day_of_the_month_leaves_the_page_month() -> None:
    main = main_event(_MONTH_PAGE.format(today="32", tomorrow="33"))
    assert (main.start, main.precision) == ("2019-07", "approximate")


def test_a_glossed_weekday_is_dated_by_its_bracket_too() -> None:
    main = main_event("""date 2021-03
Westbrook nurses to stage token strike

Nurses at Westbrook General will stage a one-day token strike on Tuesday (9) over staffing, their union said.
""")
    assert (main.start, main.precision) == ("2021-03-09", "day")
