"""Organisations, round 15 (recall): names a reader finds that no head word
marks - groups named for the demand they stand for, even an acronym
("Faculty for PAYUP"), and bodies listed in an aside after a kind of body
("companies — including A, B and C —", "these unions—A, the B, and the C—")."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


# Each case: sentences in the shape of a real page's, and the bodies a reader finds in them.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The Undergrads for PAYUP rally starts at noon. We will be joined on the lawn by Faculty for "
                 "PAYUP, Lecturers for PAYUP and the tenants' groups.",
                 {"Undergrads for PAYUP", "Faculty for PAYUP", "Lecturers for PAYUP"},
                 id="groups named for an acronym they stand for"),
    pytest.param("Allies for Fair Housing will deliver the petition to the council on Monday.",
                 {"Allies for Fair Housing"}, id="allies for a cause"),
    pytest.param("The board will vote on whether to divest from companies — including Westcorp, Arlen Dynamics "
                 "and Halvard — that supply the army.", {"Westcorp", "Arlen Dynamics", "Halvard"},
                 id="companies listed after a dash and including"),
    pytest.param("These three unions—WORK TOGETHER, the Ostland Federation of Nurses, and the United Dock "
                 "Workers—together represent a million members.",
                 {"WORK TOGETHER", "Ostland Federation of Nurses", "United Dock Workers"},
                 id="unions listed in an aside between dashes"),
    pytest.param("“Fees push students out of school,” said Mara Lind, Ostland Rising deputy spokesperson. "
                 "Endorsements came from Dan Oyelaran, Fair Rent Now president.",
                 {"Ostland Rising", "Fair Rent Now"},
                 id="a body after a named person and a comma, before the office held in it"),
    pytest.param("The neighbouring block, owned by the same company, Harbour Lane Living, joined the strike. "
                 "The student radio station, WKXQ-FM, broadcast the occupation live, and the local daycare "
                 "Little Sprouts is marching too.", {"Harbour Lane Living", "WKXQ-FM", "Little Sprouts"},
                 id="a company, a radio station or a daycare named after its kind"),
    pytest.param("Students at Federal University Dunmore staged a sit-in, and 20 students are occupying part of "
                 "a King's University Arlen building.", {"Federal University Dunmore", "King's University Arlen"},
                 id="a university told apart only by its town"),
    pytest.param("Bagong Kamay Party-list Representative Ana Cruz said the walkout would go on, backed by the "
                 "Tanglaw Partylist.", {"Bagong Kamay Party-list", "Tanglaw Partylist"},
                 id="a party-list is a party"),
])
def test_names_a_reader_finds(text: str, wanted: set[str]) -> None:
    assert wanted <= _orgs(text)


def test_the_acronym_a_group_stands_for_is_no_body() -> None:
    text = ("Contingents joined from Faculty for PAYUP, STEM for PAYUP and Lecturers for PAYUP. "
            "Every worker deserves PAYUP.")
    assert "PAYUP" not in _orgs(text)


@pytest.mark.parametrize("people", ["colleagues", "employees", "faculty", "alumni", "undergraduates"])
def test_an_acronym_before_its_people_is_a_body(people: str) -> None:
    text = f"Graduate students voted to strike tomorrow in support of their WCU {people}."
    assert "WCU" in _orgs(text)


def test_an_office_of_a_body_belongs_to_the_body_after_it() -> None:
    # "spokesperson" alone would make the word before it a body; "of" hands the office to the body after it
    orgs = _orgs("“We will not pay,” said Dana Wu, Westbrook spokesperson of the Ostland Students Front.")
    assert "Ostland Students Front" in orgs and "Westbrook" not in orgs


def test_a_word_of_kind_after_a_name_describes() -> None:
    # "company" and "firm" name a body written before its name, never after it ("X is a firm believer")
    orgs = _orgs("The company Harbour Lane Living owns the block. Mara Lind is a firm believer in free "
                 "education. Northgate is a busy station on the line.")
    assert "Harbour Lane Living" in orgs and not {"Mara Lind", "Northgate"} & orgs


def test_a_town_after_a_named_university_is_its_campus() -> None:
    orgs = _orgs("Hundreds of students rallied outside Harrow University Arlen on the first day of term.")
    assert "Harrow University" in orgs and "Harrow University Arlen" not in orgs
