"""A headline whose verb the title's verb tests missed (issue 16): one in title case ("... Union
Launches Petition ...") or a plural present after its people ("... groups form alliance ..."). Its title
ends before the phrase that only adds, instead of being cut with "…". Every text here is written for the
test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_headline_verbs import headline_ended
from timeline_app.core.extract.title_phrases import EVENT_TITLE_CHARS
from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("text", "who", "what"), [
    # title case: the verb is capitalised
    ("Lakeland Tenants Alliance Launches Drive Against the Harbourton Rent Ordinance Before the Summer Recess Begins",
     "Lakeland Tenants Alliance", "Launches Drive"),
    # title case, a verb in -s read as its past
    ("Westbrook Parents Group Forms Committee in Response to the Harbourton School Closures Announced by the Council",
     "Westbrook Parents Group", "Forms Committee"),
    # a plural present after the groups, an adverb between
    ("Some 60 housing charities and tenant groups nationwide form alliance to fight the Harbourton eviction rules",
     "tenant groups", "form alliance"),
])
def test_a_headline_title_keeps_who_and_what_and_is_not_cut(text: str, who: str, what: str):
    title = event_title(text, None, "campaign")
    assert not title.endswith("…") and len(title) <= EVENT_TITLE_CHARS
    assert who in title and what in title and text.startswith(title)


@pytest.mark.parametrize("text", [
    # "form" after no people is a noun: nothing is read as a verb
    "Applications form for the Harbourton housing scheme is available from the council office in Westbrook",
    # a sentence, not a headline, with no plural present of the list
    "The students march to the Westbrook town hall was the largest seen in the city since the eighties began",
])
def test_a_noun_spelled_like_a_headline_verb_is_left_alone(text: str):
    assert headline_ended(text, EVENT_TITLE_CHARS, lambda read, limit: read[:limit]) is None


@pytest.mark.parametrize("text", [
    # a sentence opening on a subordinate clause: its main verb comes after the comma
    "Where parents form a committee by 30 June 2025, the Westbrook council has promised to fund a new playground",
    "Where tenants form a committee, the Westbrook council has promised to meet them every month about the repairs",
    "Should tenants form a committee, the Westbrook council has promised to meet them every month about the repairs",
    "Wherever tenants form a residents committee, the Westbrook council has promised to meet them every month",
])
def test_a_subordinate_clause_is_no_title(text: str):
    title = event_title(text, None, "other")
    assert ", the Westbrook" in title  # (not ended after the clause: "Where parents form a committee")


def test_a_question_keeps_its_point():
    # "Why ..." asks about what follows the verb: the comparison is the point, not a phrase that only adds
    text = ("Why Lakeland nurses join unions in far greater numbers than teachers or doctors in Westbrook, according "
            "to a new study")
    assert "greater numbers" in event_title(text, None, "other")


@pytest.mark.parametrize(("text", "aim"), [
    # a noun that only names an attempt keeps what it is for
    ("Lakeland students launch bid to unseat the Harbourton university chancellor over his links to the arms trade",
     "launch bid to unseat"),
    ("Lakeland students join call to scrap the Harbourton university fee rise before the new academic year begins",
     "join call to scrap"),
    ("Westbrook tenants launch appeal to overturn the Harbourton eviction ruling handed down by the court last month",
     "launch appeal to overturn"),
    ("Lakeland Tenants Alliance Launches Drive to Scrap the Harbourton Rent Ordinance Before the Summer",
     "Launches Drive to Scrap"),
])
def test_an_attempt_keeps_its_aim(text: str, aim: str):
    assert aim in event_title(text, None, "other")
