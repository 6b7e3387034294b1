"""The last resort before a title is cut with "…" (issue 16, item 5): the
sentence ends before its last phrase that only adds, when what is left
opens with its subject, has its verb and reverses nothing. Every text here
is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_last_resort import ended_at_last_break
from timeline_app.core.extract.title_phrases import hangs, whole_phrase
from timeline_app.core.extract.title_tightening import phrase_stands, tightened
from timeline_app.core.extract.titles import event_title, whole_title


@pytest.mark.parametrize(("text", "title"), [
    # a purpose after the object
    ("Last week, the council said that it had obtained a court order to evict the occupiers from the hall.",
     "The council said that it had obtained a court order"),
    # a place after a noun
    ("Hundreds of nurses were back on the picket lines at the east and the west gates of Eastport General Hospital.",
     "Hundreds of nurses were back on the picket lines"),
    # a second clause joined by "and", which has a verb of its own
    ("The hall's four doors were chained early Tuesday morning and scores of students went inside and held "
     "a rally there.", "The hall's four doors were chained"),
])
def test_a_sentence_no_rule_ends_ends_before_its_last_added_phrase(text: str, title: str):
    assert whole_title(text, "other") == title


def _anywhere(phrase: str) -> bool:
    return True


def _standing(phrase: str) -> bool:
    return phrase_stands(phrase, whole_phrase, hangs)


@pytest.mark.parametrize("text", [
    # a condition is never cut away: "will walk out" would say it is certain
    "The lecturers of the Eastport Institute will walk out of every class in the college unless the board pays them",
    # nor a vote's side
    "The members of the Eastport Federation of Tutors voted against the latest offer of the board of the college",
    # an opening phrase is no subject
    "As reported at the time in the bulletin, the strike called for Eastport College students to stop paying hall fees",
    # a verb of saying whose words have no verb yet ("says some")
    "Principal Kevin Carroll of Eastport High School says some of his seniors have joined the walkout at lunch",
])
def test_the_last_resort_ends_no_sentence_where_it_would_mislead_or_break(text: str):
    assert ended_at_last_break(text, 70, _anywhere) is None
    assert ended_at_last_break(text, 70, _standing) is None


@pytest.mark.parametrize("text", [
    # what the verb needs after its object ("took the trust | to a tribunal", "described the offer | as an insult")
    "Porters at the Eastfield hospital took the trust to an employment tribunal over the unpaid overtime of the winter",
    "Porters at the Eastfield hospital described the trust's latest offer on pay as an insult to every member of staff",
    "The chief executive of the Eastfield trust blamed the porters on the picket line for the delays to operations",
    # a quantity waiting for "of", a number's "up to"
    "The chief executive of the Eastfield trust has paid none of the porters on the east wing for the overtime they worked",
    "Hundreds of porters and cleaners at Eastfield won a pay rise of up to 12 per cent after a strike of three weeks",
    # a vote's side behind an adverb, a condition in other words, a contrast
    "Porters at the Eastfield hospital voted unanimously to reject the offer made by the trust in the spring",
    "Porters at the Eastfield hospital will end the occupation of the offices on condition that no porter is disciplined",
    "The Eastfield hospital trust promised its porters a pay rise in the spring, but this year it has frozen all their pay",
    # a time clause before the sentence's own subject
    "Hours before the chief executive of the Eastfield trust was due to meet the porters, the union called off the strike",
])
def test_review_probes_that_the_last_resort_must_not_end(text: str):
    title = ended_at_last_break(text, 70, _standing)
    assert title is None, title


def test_let_waits_for_its_verb():
    text = "Students staging a sit-in in the hall refused to let the vice-chancellor of the college leave the room"
    assert ended_at_last_break(text, 70, _standing) is None


def test_an_ed_word_before_a_noun_is_no_verb():
    assert ended_at_last_break("A contributed report, in the words of our own correspondent, from the halls",
                               70, _anywhere) is None
    assert ended_at_last_break("Our union contributed a report, in the words of our own correspondent, from the halls",
                               70, _anywhere) == "Our union contributed a report, in the words of our own correspondent"


def test_a_time_counted_from_now_opening_a_sentence_is_tightened_away():
    assert tightened("Last week, the council said it would appeal.") == "The council said it would appeal."
    assert tightened("This week students across Eastport have begun a rent strike.") \
        == "Students across Eastport have begun a rent strike."
    assert tightened("This year marks the fiftieth anniversary of the occupation.") \
        == "This year marks the fiftieth anniversary of the occupation."


def test_a_title_that_was_whole_is_unchanged():
    # the last resort runs only where the title would be cut
    assert event_title("Students at Eastport College walked out of lectures.") \
        == "Students at Eastport College walked out of lectures"


def test_people_and_a_place_keep_the_words_that_name_them():
    # "Students across Eastport | universities have ...": the place is not "Eastport" alone
    title = whole_title("Students across Eastport universities have begun taking peaceful action on their "
                        "campuses to confront the silence of the board", "other")
    assert "Students universities" not in title


def test_a_time_counted_from_now_goes_with_its_preposition():
    # "will stop work from | unless ..." would read as a broken sentence
    assert tightened("The lecturers will stop work from next month unless the board pays.") \
        == "The lecturers will stop work unless the board pays."


def test_a_title_ended_before_a_modifier_keeps_the_side_a_vote_took():
    # "The members of the Eastport Union voted" would hide which way
    title = whole_title("The members of the Eastport Union voted against the offer of the employers on pay and on "
                        "conditions for the coming year", "vote")
    assert not title.rstrip("…").endswith("voted"), title
