"""Titles of sentences opening with a dated agency's credit or a channel, or naming their people by a
count's word or with "and" (issue 16).

"Arlen, (Ostland Wire - 1st Nov, 2023) Hundreds ...": a wire dateline whose agency's bracket dates it
needs no dash after it. "Through the Harbourton University Students' Organisation (HUSO), the students
issued ...": the channel opens the sentence as a clause does, and goes. "... detained three UH student
leaders | following ...": "three" opens a noun phrase as "the" does, so the participle after it
describes the leaders and the title may end before it. "Westbrook lawmakers and pro-democracy
activists | in Kea Holm | have protested": people joined by "and" are one subject whose place may go.
"... in favour of staging rolling strikes | to try and win ...": an object after a verb in -ing is a
noun a purpose may follow, as one an article opens is. "Industrial action by drivers and fitters, |
unhappy at being paid less, | was set to start ...": how the people feel is an aside, as a role is."""

from __future__ import annotations

from timeline_app.core.extract.titles import event_title


def _titles(sentences: list[str]) -> list[str]:
    return [event_title(sentence, None, "protest") for sentence in sentences]


def test_openings_that_only_say_where_from_go():
    assert _titles([
        "Arlen, (Ostland Wire - 1st Nov, 2023) Hundreds of Ostland textile workers blocked highways in Arlen on "
        "Wednesday demanding better pay for the shirts they sew for foreign labels.",
        "Through the Harbourton University Students' Organisation (HUSO), the students issued a 48-hour ultimatum "
        "on Friday demanding to be paid grants, failing which they would march.",
    ]) == ["Hundreds of Ostland textile workers blocked highways",
           "The students issued a 48-hour ultimatum demanding to be paid grants"]


def test_people_counted_by_a_word_or_joined_by_and_keep_their_title_whole():
    assert _titles([
        "LAKELAND police on Friday 3 May 2019 arrested and detained three University of Harbourton (UH) student "
        "leaders following a rally they had held on Thursday against the steep rise in tuition fees.",
        "Westbrook lawmakers and pro-democracy activists in Kea Holm have protested strongly against an election "
        "framework passed by the council on August 31, saying it fails the test.",
    ]) == ["LAKELAND police arrested and detained three UH student leaders",
           "Westbrook lawmakers and pro-democracy activists have protested"]


def test_a_purpose_after_the_object_of_a_verb_in_ing_may_go():
    sentence = ("After six months of talks brought no offer from the board, OSU members have voted in favour of "
                "staging rolling strikes to try and win a fairer settlement.")
    assert event_title(sentence, None, "vote") == "OSU members have voted in favour of staging rolling strikes"


def test_how_the_people_feel_is_an_aside_before_the_verb():
    sentence = ("Industrial action by Harbourton drivers and fitters, unhappy at being paid less than any other "
                "crew in the county, was set to start on Monday, May 6 for five days.")
    assert event_title(sentence, None, "strike").startswith("Industrial action by Harbourton drivers and fitters was")
