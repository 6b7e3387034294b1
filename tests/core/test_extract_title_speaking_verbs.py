"""A sentence whose verb is a present "speaks to", as a picture's caption writes it, makes a whole title ending on
who was spoken to, not one cut after the words that fit (issue 16). Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract.titles import event_title


def test_a_caption_speaking_to_a_crowd_makes_a_whole_title() -> None:
    caption = ("Harbourton Nurses Union President Mira Tane speaks to 300 nurses, supporters and porters outside "
               "Westbrook General Hospital, Lakeland, Aug. 17.")
    title = event_title(caption)
    assert not title.endswith("…"), title
    assert len(title) <= 70
    assert "speaks to 300 nurses" in title


def test_a_short_sentence_is_its_own_title_whatever_its_verb() -> None:
    # guard: a sentence that already fits is kept whole, as before
    sentence = "Ama Lind of the Westbrook porters speaks to the yard's night shift"
    assert event_title(sentence) == sentence


def test_addresses_as_a_noun_is_no_verb_a_title_can_end_after() -> None:
    # guard: "home addresses" names things; a title ending there would say nothing happened
    sentence = ("The porters' home addresses, phone numbers and pay slips were handed to the Westbrook yard's new "
                "owners without consent last week.")
    assert event_title(sentence) != "The porters' home addresses"
