"""Titles that would have been cut keep what happened and drop the frame it was reported in (issue 16): the
occasion it was said on, a paper's report of it, a speaker named only by a pronoun. A frame whose clause is
still too long, or a clause with a verb of its own, changes nothing. Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_frames import without_frame
from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "title"), [
    # the occasion it was said on
    ("Talking with a crowd of parents at the gates of Kea Holm school, Ama Lind of the guild said that tutors "
     "would keep up the stoppage until the board reopens the talks it abandoned",
     "Ama Lind of the guild said that tutors would keep up the stoppage"),
    # a paper's report of it
    ("The Harbourton Courier reports that forty porters of the Westbrook line walked out before dawn, while a dozen "
     "more stayed behind to guard the yard", "Forty porters of the Westbrook line walked out before dawn"),
    # a speaker named only by a pronoun
    ("She added that the cleaners of Ostland General would walk off the wards in protest at the "
     "loss of the allowances the trust agreed with them two winters ago",
     "The cleaners of Ostland General would walk off the wards in protest"),
    # an office set before the name that holds it (any word naming an office)
    ("The Lakeland Minister of Health, Ama Lind, said the tutors are still holding out on the stoppage although "
     "the board has invited them to talks.", "Ama Lind said the tutors are still holding out on the stoppage"),
    ("The General Secretary of the Ostland Tutors Guild, Ama Lind, said the tutors are still holding out on the "
     "stoppage although the board has invited them to talks.",
     "Ama Lind said the tutors are still holding out on the stoppage"),
])
def test_a_title_drops_the_frame_it_was_reported_in(sentence: str, title: str):
    assert event_title(sentence) == title


@pytest.mark.parametrize("sentence", [
    "Addressing the shortage of nurses was the first task, and the Lakeland board took it on at once",
    "The Harbourton Courier reported on Monday that the dockers of Arlen had voted to refuse overtime",
    "He said the depot would close",
    # a body or a person reporting its own act: no paper's name, and "its" points back to the body
    "The Harbourton Nurses Union reported that its members had voted by nine to one for a strike in a ballot",
    "Mira Tane reported that the drivers at the Lakeland depot had voted to walk out for two days",
    "The Harbourton Post reported that its members had voted by nine to one for a strike in a ballot",
    # a named speaker's saying stays: without it a third party's claim reads as a fact, and a pronoun that
    # stands for someone else ("they" after one person or one board, "it" after a person) would make the
    # speaker its subject
    "Jo Arlen of the Lakeland police said on Tuesday that the pickets had attacked three drivers at the Westbrook "
    "depot gates before dawn",
    "Ama Lind of the Ostland hospital board told reporters they will lose two days of pay for every shift spent "
    "on the picket line",
    "The Westbrook Council has said that they have turned down each offer the council put forward since the rent "
    "strike began",
    "Mira Tane said it will cost the Harbourton borough more than a million pounds to keep the depots open",
])
def test_no_frame_is_dropped_where_none_frames_the_sentence(sentence: str):
    assert without_frame(sentence) == sentence


def test_a_title_ends_on_no_adverb_that_leans_on_the_clause_after_it():
    sentence = ("Kea Holm dockers walked off the quays at Arlen on Monday shortly after the port board announced the "
                "new night rota for the winter.")
    assert event_title(sentence) == "Kea Holm dockers walked off the quays"


def test_a_title_keeps_the_first_clause_over_a_speaker_named_after_it():
    sentence = ("Cleaners walked off the Arlen wards and Mira Tane said the trust had offered nothing new to the "
                "guild since the talks broke down in the spring")
    assert event_title(sentence) == "Cleaners walked off the Arlen wards"
