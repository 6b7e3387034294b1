"""Kinds: phrases that change what a keyword means."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.extract.kind_votes import cue_scores
from timeline_app.core.models import ReadDocument


def _kind(text: str) -> str:
    return next(e for e in extract(ReadDocument(text=text, format="txt")).events if e.main).kind


def test_a_strike_ballot_is_a_vote_not_a_strike():
    assert _kind(
        "Support staff back strike in ballot\n\n"
        "Support staff have voted overwhelmingly for industrial action, the union announced."
    ) == "vote"


def test_registering_to_vote_is_no_event():
    assert cue_scores("Students must register to vote by 26 November.") == {}


def test_a_letter_opening_with_a_salutation_is_a_letter_even_when_it_threatens_a_vote():
    assert _kind(
        "To the trustees\n\nThis letter is an ultimatum. Unless you reverse the decision, we will call "
        "a general meeting to vote on a motion of no confidence."
    ) == "letter"


def test_march_the_month_is_not_a_protest_but_march_the_verb_is():
    assert cue_scores("It happened in March.") == {}
    assert cue_scores("Students will march to the town hall.") == {"protest": 2.0}
