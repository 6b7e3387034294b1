"""A headline shouted whole is read in a sentence's case for its clause boundaries (issue 16): its title ends at
one, as a title-case headline's does, in the words as the page writes them, instead of being cut at a word.
Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_compression import lowered_shout
from timeline_app.core.extract.titles import event_title


def test_a_shouted_headline_ends_at_a_boundary():
    porters = "PORTERS OF THE HARBOURTON YARD HAVE VOTED TO REFUSE THE NEW ROTA OFFER TO END THE DISPUTE AT KEA HOLM."
    assert event_title(porters) == "PORTERS OF THE HARBOURTON YARD HAVE VOTED TO REFUSE THE NEW ROTA OFFER"
    tutors = "LAKELAND TUTORS HAVE AGREED TO SUSPEND THE STOPPAGE AT ARLEN COLLEGE TO ALLOW FRESH TALKS WITH THE BOARD"
    assert event_title(tutors) == "LAKELAND TUTORS HAVE AGREED TO SUSPEND THE STOPPAGE"


def test_the_sentence_case_keeps_every_position():
    shouted = "DOCKERS OF WESTBROOK MARCH ON THE HARBOUR OFFICE"
    lowered = lowered_shout(shouted)
    assert lowered == "Dockers of westbrook march on the harbour office"
    assert len(lowered) == len(shouted)


@pytest.mark.parametrize("text", [
    "Dockers of Westbrook march on the harbour office",  # not shouted
    "UCU ON STRIKE",  # too few words of three letters to be a shouted headline
])
def test_only_a_shouted_headline_is_lowered(text: str):
    assert lowered_shout(text) is None
