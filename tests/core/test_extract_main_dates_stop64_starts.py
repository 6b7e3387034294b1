"""Main dates, stop 64 (issue 16): a date told as the day the page's act
began ("the strike, which commenced on May 12", "have occupied the hall
since May 8") dates the act, over the day a lede says it ended. Talks that
began and pay not received since a day start no act. Texts written for the
test."""

from __future__ import annotations

import pytest

from extracted import main_event

from timeline_app.core.extract.act_starts import dates_an_acts_start


def _page(headline: str, lede: str, later: str) -> str:
    return f"{headline}\n\nPublished 21 May 2031\n\n{lede}\n\n{later}\n"


_ENDED_STRIKE = "Teachers across Ostland ended their strike on Tuesday and went back to their classrooms."


def test_the_day_an_occupation_is_held_since_dates_it():
    main = main_event(_page(
        "A quiet end at the docks",
        "Porters at Westbrook Quay ended their occupation of the ticket hall on Tuesday after twelve days.",
        "The porters have occupied the hall since May 8 to press the rail board over the night shift."))
    assert main.start == "2031-05-08"


def test_the_day_a_strike_commenced_dates_it():
    main = main_event(_page("Chalk dust settles again", _ENDED_STRIKE,
                            "The strike, which commenced on May 12, shut most schools in the valley."))
    assert main.start == "2031-05-12"


@pytest.mark.parametrize("later", [
    "The talks, which began on May 12, were led by Mira Tane.",
    "The teachers had not been paid since May 12, said Mira Tane.",
])
def test_what_began_must_be_the_act(later):
    main = main_event(_page("Chalk dust settles again", _ENDED_STRIKE, later))
    assert main.start == "2031-05-20"


@pytest.mark.parametrize("sentence, starts", [
    ("The sit-in, which began on 3 May, filled the lobby.", True),
    ("The walkout that started on Monday spread to Arlen.", True),
    ("the Kea Holm campaign, begun on 3 May, is run by tenants", True),
    ("Nurses have been on strike since 3 May.", True),
    ("The talks began on 3 May.", False),
    ("Staff have not been paid since 3 May.", False),
    ("The strike will be the largest since 3 May.", False),
])
def test_what_reads_as_an_acts_start(sentence, starts):
    assert dates_an_acts_start(sentence, sentence.index("3 May") if "3 May" in sentence else
                               sentence.index("Monday")) is starts
