"""Titles of events whose sentence describes its people before their verb (issue 16).

A participle with its agent or its role between the people and their verb
("nurses | represented by the Lakeland Nurses Union | went on ...", "members |
employed as porters | have voted ...") says who they are, as a place does; a
headline drops it, so the title need not be cut with an ellipsis. The
participle is no description when a word that opens a clause follows it
("Students marched by the hall as police were watching")."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_headline import without_described_people
from timeline_app.core.extract.titles import event_title


def test_people_described_by_who_represents_them_are_titled_without_it():
    sentence = ("Over 12,000 nurses represented by the Lakeland Nurses Federation went on a three-day unfair labour "
                "practices strike from 4 to 6 March at nine hospitals around Harbourton and Westbrook, including two "
                "in Kea Holm.")
    assert event_title(sentence, None, "strike") == "Nurses went on three-day unfair labour practices strike"


def test_people_described_by_their_role_are_said_without_it():
    text = "Harbourton Union members employed as ward porters voted by 91% to 9% in favour of strike action"
    assert without_described_people(text) == "Harbourton Union members voted by 91% to 9% in favour of strike action"


@pytest.mark.parametrize("text", [
    "Students marched by the hall as police were watching the gates",
    "Workers employed by the council voted by post on the offer",
])
def test_a_participle_that_may_be_the_verb_or_an_agent_after_the_verb_is_kept(text: str):
    assert without_described_people(text) == text
