"""A body or a region named inside another person's role is no person
(issue 16, round 17: "regional managing director for Arriva Yorkshire and
North East said" filed the firm as a person). Texts written for the test."""

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
