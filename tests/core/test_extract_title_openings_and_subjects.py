"""Titles of sentences opening with a dated agency's credit or a channel, or naming their people by a
count's word or with "and" (issue 16).

"Arlen, (Ostland Wire - 1st Nov, 2023) Thousands ...": a wire dateline whose agency's bracket dates it
needs no dash after it. "Through the Harbourton University Students' Organisation (HUSO), the students
issued ...": the channel opens the sentence as a clause does, and goes. "... detained three UH student
leaders | following ...": "three" opens a noun phrase as "the" does, so the participle after it
describes the leaders and the title may end before it. "Westbrook lawmakers and pro-democracy
activists | in Kea Holm | have protested": people joined by "and" are one subject whose place may go.
"... in favour of taking protected industrial action | to try and get a better deal": an object after a
verb in -ing is a noun a purpose may follow, as one an article opens is. "Industrial action by drivers,
| unhappy at being the lowest paid, | was due ...": how the people feel is an aside, as a role is."""

from __future__ import annotations

from timeline_app.core.extract.titles import event_title


def _titles(sentences: list[str]) -> list[str]:
    return [event_title(sentence, None, "protest") for sentence in sentences]


def test_openings_that_only_say_where_from_go():
    assert _titles([
        "Arlen, (Ostland Wire - 1st Nov, 2023) Thousands of Ostland garment workers barricaded roads in Arlen "
        "Wednesday demanding fair wages for clothing they make for major brands.",
        "Through the Harbourton University Students' Organisation (HUSO), the students issued a 72-hour ultimatum "
        "on Monday demanding to be paid loans, failure of which they would protest.",
    ]) == ["Thousands of Ostland garment workers barricaded roads",
           "The students issued a 72-hour ultimatum demanding to be paid loans"]


def test_people_counted_by_a_word_or_joined_by_and_keep_their_title_whole():
    assert _titles([
        "OSTLANDIAN police on Tuesday 27 June 2017 arrested and detained three University of Harbourton (UH) "
        "student leaders following a demonstration staged on Monday to protest against the increase in fees.",
        "Westbrook lawmakers and pro-democracy activists in Kea Holm have protested strongly against an election "
        "framework passed by the council on August 31, saying it fails the test.",
    ]) == ["OSTLANDIAN police arrested and detained three UH student leaders",
           "Westbrook lawmakers and pro-democracy activists have protested"]


def test_a_purpose_after_the_object_of_a_verb_in_ing_may_go():
    sentence = ("After nine months of talks failed to get an offer from management, OSU members have voted in favour "
                "of taking protected industrial action to try and get a better deal.")
    assert event_title(sentence, None, "vote") == \
        "OSU members have voted in favour of taking protected industrial action"


def test_how_the_people_feel_is_an_aside_before_the_verb():
    sentence = ("Industrial action by Harbourton drivers and engineers, unhappy at being the lowest paid bus "
                "employees in the region, was due to begin on Sunday, April 7 for one week.")
    assert event_title(sentence, None, "strike").startswith("Industrial action by Harbourton drivers and engineers was")
