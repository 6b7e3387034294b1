"""The start of a long-running act dates it when the page tells of its end (running_acts.py, issue 16)."""

from __future__ import annotations

from extracted import main_event

_ENDED = """date 2021-06-09
Westbrook tutors leave the guild hall after a month

The Westbrook Tutors Guild is ending its sit-in at the guild hall after 29 days, its secretary said on Wednesday.

The tutors have occupied the guild hall since May 11 to press for unpaid allowances.

The guild decided to end the sit-in after the Lakeland board agreed on Wednesday to meet them next week.
"""


def test_an_act_ended_is_dated_by_the_day_it_has_run_since() -> None:
    main = main_event(_ENDED)
    assert (main.start, main.precision) == ("2021-05-11", "day")


def test_an_act_ended_is_dated_by_the_day_it_began_on() -> None:
    main = main_event(_ENDED.replace("The tutors have occupied the guild hall since May 11",
                                     "The sit-in, which began on May 11, was held"))
    assert (main.start, main.precision) == ("2021-05-11", "day")


def test_a_day_the_act_went_on_keeps_its_own_date() -> None:
    main = main_event("""date 2021-06-09
Westbrook tutors rally at the guild hall

Tutors of the Westbrook Tutors Guild rallied outside the guild hall on Wednesday, its secretary said.

The tutors have occupied the guild hall since May 11 to press for unpaid allowances.
""")
    assert main.start == "2021-06-09"


def test_a_state_that_runs_since_a_day_is_no_act() -> None:
    main = main_event(_ENDED.replace("have occupied the guild hall since May 11",
                                     "have been without a contract since May 11"))
    assert main.start == "2021-06-09"
