"""A name that opens a sentence with a plural verb after it ("Ostland Voices have called a strike") names a band,
a group or a body, not one person; a plural made by "and" before the name, or a name that depends on a word
before it, leaves the person alone."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


@pytest.mark.parametrize("text", [
    "Harbourton porters walk out\n\nOstland Voices have called a strike at the depot, Ostland Voices said on Monday.",
    "Harbourton porters walk out\n\nThe depot was shut. \u201cOstland Voices were at the gate by six,\u201d said "
    "Ostland Voices on Monday.",
])
def test_a_name_opening_a_sentence_with_a_plural_verb_is_no_person(text):
    assert "Ostland Voices" not in _people(text)


@pytest.mark.parametrize("text", [
    "Harbourton porters walk out\n\nJo Arlen and Kea Holm were held at the gate. Kea Holm said the rally would go on.",
    "Harbourton porters walk out\n\nThe notes of Kea Holm are read at every rally. Kea Holm said it would go on.",
])
def test_a_plural_verb_that_is_not_the_names_leaves_the_person(text):
    assert "Kea Holm" in _people(text)
