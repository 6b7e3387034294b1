"""A name that opens a sentence with a plural verb after it ("Ostland Voices have called a strike") names a band,
a group or a body, not one person; a plural made by "and" before the name, or a name that depends on a word
before it, leaves the person alone; so do a question to the name ("are you"), a slogan in quotes and a name
opening with a known given name."""

from __future__ import annotations

import pytest

from extracted import person_names as _people


@pytest.mark.parametrize("text", [
    "Harbourton porters walk out\n\nOstland Voices have called a strike at the depot, Ostland Voices said on Monday.",
    # an opening quote of reported speech (",” said") opens a sentence
    "Harbourton porters walk out\n\nThe depot was shut. \u201cOstland Voices were at the gate by six,\u201d said "
    "Ostland Voices on Monday.",
    "Harbourton porters walk out\n\n\u201cThe depot is shut.\u201d Ostland Voices were at the gate by six, said "
    "Ostland Voices on Monday.",
])
def test_a_name_opening_a_sentence_with_a_plural_verb_is_no_person(text):
    assert "Ostland Voices" not in _people(text)


@pytest.mark.parametrize("text", [
    "Harbourton porters walk out\n\nJo Arlen and Kea Holm were held at the gate. Kea Holm said the rally would go on.",
    "Harbourton porters walk out\n\nThe notes of Kea Holm are read at every rally. Kea Holm said it would go on.",
    # a question to the name, a slogan in quotes (no sentence of the page's own)
    "Harbourton porters walk out\n\nThe rally was led by Kea Holm, who said the cuts were wrong.\n\nKea Holm are you "
    "listening? asked a banner.",
    "Harbourton porters walk out\n\nKea Holm said on Monday the strike would go on. \u201cKea Holm have my vote,"
    "\u201d a porter said.",
])
def test_a_plural_verb_that_is_not_the_names_leaves_the_person(text):
    assert "Kea Holm" in _people(text)


def test_a_name_opening_with_a_known_given_name_stays_a_person():
    text = "Harbourton porters walk out\n\nJo Arlen said on Monday that the strike would go on.\nJo Arlen have my vote."
    assert "Jo Arlen" in _people(text)
