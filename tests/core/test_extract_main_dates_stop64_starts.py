"""Main dates, stop 64 (issue 16): a date told as the day the page's act
began ("the strike, which commenced on May 12", "have occupied the hall
since May 8") dates the act, over the day a lede says it ended. Talks that
began and pay not received since a day start no act; nor does another act's
start (a previous one, another group's, a count, a quotation), nor any under
a lede that dates its act (review of round 64). Texts written for the
test."""

from __future__ import annotations

import pytest

from extracted import headed_page, main_event

from timeline_app.core.extract.act_starts import dates_an_acts_start


def _page(headline: str, lede: str, later: str) -> str:
    return headed_page(headline, f"Published 21 May 2031\n\n{lede}\n\n{later}")


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
    "The talks, which began on 12 March, were meant to end the strike.",
    "The teachers had not been paid since May 12, and the strike went on.",
    "The previous strike, which began on 3 March, lasted a week and won nothing.",
    "Another strike, which began on 3 March, shut the ports of Harbourton.",
    "\"The strike, which began on 3 March, won us nothing,\" said Mira Tane.",
    "The teachers have been on strike again since 12 May, the Arlen union said.",
    "Cleaners at Arlen, who have been on strike since 2 February, joined them.",
])
def test_what_began_must_be_the_pages_act(later):
    # each sentence names the page's kind: only the act check tells the start is no act's or another act's
    main = main_event(_page("Chalk dust settles again", _ENDED_STRIKE, later))
    assert main.start == "2031-05-20"


@pytest.mark.parametrize("headline, lede, later, day", [
    ("Nurses walk out at Westbrook General",
     "Nurses at Westbrook General Hospital walked out on Tuesday over unpaid night shifts.",
     "The previous strike, which began on 3 March, lasted a week and won nothing.", "2031-05-20"),
    ("Teachers in Ostland strike again", "Teachers across Ostland walked out on Tuesday.",
     "Teachers have been on strike twice since 12 March, the Arlen union said.", "2031-05-20"),
    ("Hall occupied at Harbourton", "Students at Harbourton University occupied the main hall on Monday.",
     "Cleaners at Arlen, who have occupied their depot since 2 February, joined them.", "2031-05-19"),
    ("Strikes spread in Ostland", "Bus drivers in Ostland went on strike on 20 May.",
     "The rail strike, which started on 6 May, has shut most lines, and the teachers' walkout that began on 13 May "
     "goes on.", "2031-05-20"),
])
def test_a_lede_that_dates_its_act_keeps_its_day(headline, lede, later, day):
    assert main_event(_page(headline, lede, later)).start == day


_STANDS = "Porters at Westbrook Quay ended their sit-in on Tuesday."


@pytest.mark.parametrize("sentence, lede, starts", [
    ("The sit-in, which began on 3 May, filled the lobby.", _STANDS, True),
    ("The walkout that started on Monday spread to Arlen.", "The walkout in Arlen enters its third day.", True),
    ("the Kea Holm campaign, begun on 3 May, is run by tenants", "Tenants in Kea Holm called off the rent boycott.",
     True),
    ("Nurses have been on strike since 3 May.", "Nurses at Lakeland General returned to work on Friday.", True),
    ("The sit-in, which began on 3 May, filled the lobby.", "Porters at Westbrook Quay sat in on Tuesday.", False),
    ("The talks began on 3 May.", _STANDS, False),
    ("Staff have not been paid since 3 May.", _STANDS, False),
    ("The strike will be the largest since 3 May.", _STANDS, False),
    ("Their last sit-in, which began on 3 May, filled the lobby.", _STANDS, False),
    ("A sit-in by cleaners, which began on 3 May, filled the lobby.", _STANDS, False),
    ("Porters have occupied the hall three times since 3 May.", _STANDS, False),
    ("Cleaners, who have occupied the depot since 3 May, came too.", _STANDS, False),
    ("Mira Tane said: \"Our sit-in, which began on 3 May, won nothing.\"", _STANDS, False),
])
def test_what_reads_as_an_acts_start(sentence, lede, starts):
    at = sentence.index("3 May") if "3 May" in sentence else sentence.index("Monday")
    assert dates_an_acts_start(sentence, at, lede) is starts
