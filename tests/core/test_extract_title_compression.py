"""Titles of long sentences are shortened as a reader would, not cut at a word."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_phrases import EVENT_TITLE_CHARS
from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "title"), [
    # an aside between the subject and its verb
    ("Maria Okonkwo-Bell, the newly elected welfare officer of the Riverside Students' Union, "
     "is to resign from the post, after a vote of no confidence",
     "Maria Okonkwo-Bell is to resign from the post"),
    # a relative clause on the subject
    ("The caretakers' strike which started before the winter holidays has shut down canteens "
     "across nineteen schools",
     "The caretakers' strike has shut down canteens across nineteen schools"),
    # where the people come from
    ("Hundreds of students from Northgate College, Eastfield Polytechnic and Westbrook Academy "
     "blockaded the finance office",
     "Hundreds of students blockaded the finance office"),
    # ... also when the people open the sentence
    ("Students from Northgate College, Eastfield Polytechnic and Westbrook Academy surrounded the "
     "chancellery on the first day of term",
     "Students surrounded the chancellery on the first day of term"),
    # a day after the action
    ("Cleaners employed by Lakeside Hospital's contractor walked off the job on 14 March over "
     "unpaid wages",
     "Cleaners employed by Lakeside Hospital's contractor walked off the job"),
    # a time after the action
    ("Cleaners at Lakeside Hospital have walked off the job once again this week over unpaid "
     "holiday pay",
     "Cleaners at Lakeside Hospital have walked off the job once again"),
    # a headline in title case ends at its boundaries too, and keeps its case
    ("Hundreds Of Pupils Across The North East Walk Out Of Lessons To Protest Climate Inaction",
     "Hundreds Of Pupils Across The North East Walk Out Of Lessons"),
])
def test_a_long_sentence_becomes_a_whole_shorter_title(sentence: str, title: str) -> None:
    got = event_title(sentence)
    assert len(got) <= EVENT_TITLE_CHARS
    assert got == title


def test_a_purpose_after_the_action_is_where_the_title_ends() -> None:
    got = event_title("Residents of the Maple Estate occupied the council's housing office to "
                      "demand that every damp flat be repaired before winter")
    assert got == "Residents of the Maple Estate occupied the council's housing office"


def test_what_someone_was_asked_to_do_is_not_cut_off_as_a_purpose() -> None:
    got = event_title("The tenants' association has for weeks urged everyone living on the "
                      "estate to stop paying the service charge until the lifts are mended")
    assert got == "The tenants' association has for weeks urged everyone living…"


@pytest.mark.parametrize(("sentence", "title"), [
    # members of a body are that body: it is never dropped to make room
    ("Fifty members of the Northfield Living Wage Campaign entered the council chamber of Eastwick "
     "and refused to leave it until midnight",
     "Fifty members of the Northfield Living Wage Campaign entered…"),
    # a "that" clause after a verb is its object, no relative clause on the subject
    ("We have also been handed written notices that the college will seek an eviction order "
     "against the occupiers before the weekend",
     "We have also been handed written notices that the college will seek…"),
    # an opening phrase is no subject, and "leaders" is no verb: the main clause stays
    ("After the vote, the union announced a strike across all campuses, leaders said on Tuesday "
     "afternoon in a statement to members and press",
     "The union announced a strike across all campuses"),
    # a relative clause that says who the subject is stays
    ("Those who took part in the occupation of the library were later disciplined by the "
     "university authorities for breaching rules",
     "Those who took part in the occupation of the library were later…"),
])
def test_what_a_title_needs_is_never_dropped_to_shorten_it(sentence: str, title: str) -> None:
    assert event_title(sentence) == title


def test_a_title_cut_after_an_open_quotation_says_it_is_cut() -> None:
    got = event_title('Jonah Ferreira, spokesperson for the Northern Secondary Pupils Alliance, '
                      'said: "in 2019 we marched and we will march again until they listen"')
    assert got == 'Jonah Ferreira said: "in 2019 we marched and we will march again…'


def test_a_headline_naming_a_situation_ends_before_its_as_clause() -> None:
    got = event_title("Deep unrest at the northern polytechnics as caretakers and cleaners declare "
                      "an indefinite strike")
    assert got == "Deep unrest at the northern polytechnics"


def test_also_known_as_is_no_place_to_end_a_title() -> None:
    got = event_title("The Federation of Coastal Student Unions, also known as Fecosu, marched on the "
                      "harbour offices with three thousand members")
    assert got == "The Federation of Coastal Student Unions, also known as Fecosu…"


def test_a_title_never_ends_on_and() -> None:
    got = event_title("At Eastfield College the cleaning staff walked out and after the managers "
                      "refused to meet them they went home for the day")
    assert got == "At Eastfield College the cleaning staff walked out…"


def test_a_just_in_kicker_is_not_part_of_the_title() -> None:
    got = event_title("JUST IN: Students occupy the main library at Eastfield Polytechnic in protest "
                      "at fees rising again")
    assert got == "Students occupy the main library at Eastfield Polytechnic in protest"
