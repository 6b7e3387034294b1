"""Main dates, stop 63 (issue 16): a date that only spells out a later
relative day ("tomorrow, June 3", "next Monday (June 6)") after a lede that
tells its act as done, undated, is what follows the act, as the relative
word alone is: the page's date dates the act. Texts written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import main_event

from timeline_app.core.extract.date_mentions import DateMention
from timeline_app.core.extract.date_resolution import ResolvedDate
from timeline_app.core.extract.plan_dates import dates_what_follows
from timeline_app.core.extract.sentences import Span


def _page(spelt: str) -> str:
    return (
        "Harbourton, Lakeland, June 2, 2025 - Nine porters occupied the ticket hall of Westbrook Quay station.\n\n"
        "They asked the rail board to restore the night shift and to rehire two cleaners.\n\n"
        f"The porters left at dusk, and the board will give its answer {spelt}.\n"
    )


@pytest.mark.parametrize("spelt", ["tomorrow, June 3", "next Wednesday (June 4)"])
def test_a_date_spelling_out_a_later_relative_day_does_not_date_a_done_act(spelt):
    main = main_event(_page(spelt))
    assert (main.start, main.precision) == ("2025-06-02", "approximate")


def test_a_later_date_of_its_own_still_weighs_by_its_score():
    # a named day no relative word stands before is left to the score, as before
    main = main_event(_page("on June 3"))
    assert main.start == "2025-06-03"


def _follows(sentence: str, day: str) -> bool:
    lede = Span(0, 40, "Nine porters occupied the ticket hall on the quay.")
    at = 100 + sentence.index(day)
    mention = DateMention(text=day, start=at, end=at + len(day))
    resolved = ResolvedDate(mention, "2025-06-03", "day")
    return dates_what_follows(resolved, Span(100, 100 + len(sentence), sentence), date(2025, 6, 2), lede, False)


@pytest.mark.parametrize(("sentence", "day", "follows"), [
    ("The board will give its answer tomorrow, June 3.", "June 3", True),
    ("The board will give its answer this Tuesday (June 3).", "June 3", True),
    ("The board will give its answer on June 3.", "June 3", False),
    ("The board will give its answer to the porters, June 3.", "June 3", False),
])
def test_which_dates_spell_out_a_relative_day(sentence, day, follows):
    assert _follows(sentence, day) is follows


# Review mend: an opening that announces the act to come keeps the spelt-out date as the act's own.
_CALLED = (
    "Harbourton, Lakeland, June 2, 2025 - The Arlen Porters Guild has called a walkout at Harbourton Quay station.\n\n"
    "Mira Tane of the guild said talks had gone nowhere.\n\n"
    "Porters will walk out {day} for a whole day.\n"
)
_HEADED = (
    "June 2, 2025\n\n{headline}\n\n"
    "The Westbrook rail board has cut the night shift at Harbourton Quay station.\n\n"
    "Mira Tane of the porters' guild said talks had gone nowhere.\n\n"
    "Porters will walk out next Monday (June 9) for a whole day.\n"
)


@pytest.mark.parametrize("day", ["tomorrow, June 3", "tomorrow"])
def test_a_lede_announcing_the_act_keeps_its_spelt_out_date(day):
    main = main_event(_CALLED.format(day=day))
    assert (main.start, main.precision) == ("2025-06-03", "day")


@pytest.mark.parametrize("headline", ["Ostland porters to strike over night shift",
                                      "Ostland porters will strike over night shift"])
def test_a_headline_announcing_the_act_keeps_its_spelt_out_date(headline):
    main = main_event(_HEADED.format(headline=headline))
    assert (main.start, main.precision) == ("2025-06-09", "day")


def test_only_a_weekday_is_a_relative_day():
    # "next holiday, June 9" names no day the date spells out
    assert not _follows("The board will give its answer next holiday, June 9.", "June 9")
