"""Stop 60's main-date rules, on invented text (issue 16)."""

from __future__ import annotations

from extracted import main_event, read_text

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


def test_a_glossed_weekday_is_dated_in_the_month_it_falls_in() -> None:
    """28 July 2019 was a Sunday: "last Friday (28)" is 28 June; "on Tuesday (6)" names no Tuesday of July."""
    page = "date 2019-07\nHarbourton porters walk out\n\nPorters at Harbourton General walked out {day} over pay.\n"
    main = main_event(page.format(day="last Friday (28)"))
    assert (main.start, main.precision) == ("2019-06-28", "day")
    main = main_event(page.format(day="on Tuesday (6)"))
    assert (main.start, main.precision) == ("2019-07", "approximate")


def test_a_comma_after_the_month_still_makes_a_full_date() -> None:
    main = main_event("""Published: 5 June 2014
Arlen porters' strike ballot tally put back

The Arlen Porters Union will now tally its strike ballot on Thursday, June, 12, 2014, a day later than planned.
""")
    assert (main.start, main.precision) == ("2014-06-12", "day")


def test_a_comma_after_the_month_alone_makes_no_full_date() -> None:
    text = """Published: 4 April 2024
Harbourton nurses' union grows

Since March, 12 2023 graduates have joined the Harbourton Nurses Union, its secretary Mira Tane said.
"""
    assert "2023-03-12" not in [event.start for event in read_text(text).events]


_LETTER_DATED = """Westbrook tutors begin a strike across the region

Tutors across Westbrook have begun an indefinite strike over unpaid allowances, their guild said.

Despite raising the matter in a letter to the Director of the Westbrook Schools Office (WSO), dated \
March 3, 2024, the guild says nothing has been paid.
"""


def test_a_letter_dated_after_a_bracketed_name_dates_the_letter_not_the_strike() -> None:
    main = main_event(_LETTER_DATED)
    assert main.start != "2024-03-03" and main.precision == "unknown"


def test_a_comparison_reaching_back_to_an_earlier_march_day_dates_no_act() -> None:
    main = main_event("""Kea Holm stops work

Thousands filled the streets of Kea Holm on the stop-work day, the largest crowd in the town since the \
fuel march of 14 Feb 2009, organisers said.
""")
    assert main.start is None and main.precision == "unknown"


def test_a_day_since_which_an_act_goes_on_still_dates_it() -> None:
    main = main_event("""Ostland cleaners still on strike

Cleaners at the Ostland depot have been on strike since the morning of 14 Feb 2009, their union said.
""")
    assert (main.start, main.precision) == ("2009-02-14", "day")


def test_most_of_those_out_since_a_day_are_dated_by_it() -> None:
    """"Most" opening the sentence, or "ever since", compares nothing: the day is the strike's."""
    page = "Porters strike in Lakeland\n\n{} porters at Harbourton General have been on strike {} 4 March 2024.\n"
    for opening, since in (("Most", "since"), ("The", "ever since"), ("Most", "since the walkout of")):
        main = main_event(page.format(opening, since))
        assert (main.start, main.precision) == ("2024-03-04", "day")
