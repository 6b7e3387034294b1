"""A sentence whose title would be cut is tried again without an aside set between dashes right before its
subject's verb (issue 16): "the guild – made up of nine branches – has called ..." reads "the guild has called
...", where a title ending at the first dash would leave its subject waiting for the verb. Every text here is
written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_compression import without_dashed_aside
from timeline_app.core.extract.titles import event_title

_GUILDS = ("Three guilds of the Ostland Tutors Federation – the lecturers, the librarians and the porters of Kea "
           "Holm – have decided to walk out on Friday.")
_NURSES = ("The Lakeland nurses – about four thousand of them in the wards of Harbourton – have voted to stop work "
           "for two days.")


def test_a_title_that_would_be_cut_drops_an_aside_between_dashes():
    assert event_title(_GUILDS) == "Three guilds of the Ostland Tutors Federation have decided to walk out"
    assert event_title(_NURSES) == "The Lakeland nurses have voted to stop work for two days"


@pytest.mark.parametrize(("sentence", "bare"), [
    (_NURSES, "The Lakeland nurses have voted to stop work for two days."),
    # what follows the second dash is no verb of the subject's
    ("The strike at Kea Holm was the first in a decade – the longest on record – and the board wants talks.", None),
    # the aside is a clause of its own
    ("The Arlen porters – the union said on Monday – will stay out until the rota offer is withdrawn in full.", None),
    # a single dash
    ("The Harbourton dockers have walked out – the board says the yard will stay shut until the rota is settled.",
     None),
])
def test_only_an_aside_before_the_verb_goes(sentence: str, bare: str | None):
    assert without_dashed_aside(sentence) == (bare or sentence)


def test_a_title_that_is_whole_keeps_its_aside():
    sentence = "The Westbrook pilots – all nine of them – have walked out."
    assert event_title(sentence) == "The Westbrook pilots – all nine of them – have walked out"
