"""A sentence whose verb is a present "speaks to" or "addresses", as a picture's caption writes it, makes a whole
title ending on who was spoken to, not one cut after the words that fit (issue 16). Every text here is written
for the test."""

from __future__ import annotations

from timeline_app.core.extract.titles import event_title

_CAPTIONS = (
    ("Harbourton Nurses Union President Mira Tane speaks to 300 nurses, supporters and porters outside Westbrook "
     "General Hospital, Lakeland, Aug. 17.", "speaks to 300 nurses"),
    ("Ostland Tutors Guild general secretary Jo Arlen addresses 400 tutors, parents and pupils at the gates of Kea "
     "Holm school in Westbrook on Monday morning.", "addresses 400 tutors"),
)


def test_a_caption_speaking_to_a_crowd_makes_a_whole_title() -> None:
    for caption, spoken_to in _CAPTIONS:
        title = event_title(caption)
        assert not title.endswith("…"), title
        assert len(title) <= 70
        assert spoken_to in title


def test_a_short_sentence_is_its_own_title_whatever_its_verb() -> None:
    # guard: a sentence that already fits is kept whole, as before
    sentence = "Ama Lind of the Westbrook porters speaks to the yard's night shift"
    assert event_title(sentence) == sentence
