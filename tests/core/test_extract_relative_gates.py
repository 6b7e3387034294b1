"""Relative dates ("on Friday", "last week", "this morning") are looked for
only where a first word is followed by a word the pattern allows after it
(``relative_phrases._relative_starts``, a speed gate). The gate must find every phrase
the full pattern finds: if the pattern learns a new phrase ("last term") and
the gate does not, "last term" would silently stop dating events. These
tests compare the gated search with the full pattern over every pairing of
the first words with the pattern's words and near misses."""

from __future__ import annotations

from itertools import product

from timeline_app.core.extract import relative_phrases

_FIRST = ("on", "this", "last", "next", "On", "THIS", "Last")
_AFTER = ("monday", "Tuesday", "WEDNESDAY", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
          "evening", "night", "week", "weekend", "month", "year", "summer", "term", "time", "the", "Mondays")


def _gated(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in relative_phrases.relative_matches(text)]


def _full(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in relative_phrases._RELATIVE.finditer(text)]


def test_the_gate_finds_every_relative_phrase_the_full_pattern_finds():
    phrases = [f"{first} {after}" for first, after in product(_FIRST, _AFTER)]
    text = "Students met " + ", then ".join(phrases) + "; union action on the campus."
    assert _full(text)  # the pairing holds phrases the pattern dates
    assert _gated(text) == _full(text)


def test_the_gate_agrees_inside_words_and_at_the_edges():
    for text in ("union action on monday", "Common Year", "on monday", "last", "this weekend.", "Lastly, next year",
                 "Reunion this week", "3 days ago", "a year ago on Sunday"):
        assert _gated(text) == _full(text), text
