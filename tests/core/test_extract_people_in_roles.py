"""A body or a region named inside another person's role is no person
(issue 16, round 17: "area operations director for Ostbus Harbourton and
Lakeland said" filed the firm as a person). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> list[str]:
    return [person.name for person in extract(ReadDocument(text=text, format="txt")).people]


def test_the_firm_a_role_is_held_for_is_no_person():
    people = _people("Harbour bus drivers strike\n\n"
                     "Nigel Featham, regional managing director for Harbour Coaches and North Shore said: "
                     "\"We apologise to our passengers.\"\nThe strike started at 3am.\n")
    assert people == ["Nigel Featham"], people


def test_a_person_named_in_a_role_after_to_is_still_a_person():
    people = _people("Harbour bus drivers strike\n\n"
                     "Jane Okafor, assistant to Tom Hale, said the drivers would strike.\n"
                     "Tom Hale said the company had made a fair offer.\n")
    assert "Tom Hale" in people and "Jane Okafor" in people, people


def test_a_name_opened_by_a_nations_adjective_is_no_person():
    people = _people("Rail strike\n\nHarbour Rail says services will stop this weekend. Irish Rail says it expects "
                     "no trains to run, and Kenyan Airways said flights were normal. Mary Byrne said she would walk.\n")
    assert "Irish Rail" not in people and "Kenyan Airways" not in people, people
    assert "Mary Byrne" in people, people
