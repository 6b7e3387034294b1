"""Names that are no body or are cut wrongly (issue 16, stop 58: a count opening a name, "Two Harbourton
University students"). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_count_before_a_name_is_no_part_of_it():
    orgs = _orgs("Arrests at the sit-in\n\nTwo Harbourton University students were arrested on Monday. "
                 "Three UCU members spoke at the rally, and Three Rivers District Council said nothing.\n")
    assert {"Harbourton University", "UCU", "Three Rivers District Council"} <= orgs, orgs
    assert not {"Two Harbourton University", "Three UCU"} & orgs, orgs


def test_a_body_listed_before_a_name_with_and_is_not_its_subjects():
    orgs = _orgs("Unions march on Monday\n\nThe unions marching on Monday include the Lakeland Teachers' Association, "
                 "Harbour Workers' Union, Seamen and Dockside Workers' Trade Union and the Arlen Workers' Trade "
                 "Union, the organisers said.\n")
    assert {"Harbour Workers' Union", "Seamen and Dockside Workers' Trade Union"} <= orgs, orgs
    assert "Workers' Union, Seamen and Dockside Workers' Trade Union" not in orgs, orgs


def test_a_lost_full_stop_before_the_type_noun_names_no_body():
    orgs = _orgs("Camp moves\n\nAfter the attacks the campaign moved to the Tent City The union is demanding "
                 "that the Harbourton Mills company reinstate its members.\n")
    assert not any(name.endswith(" The") for name in orgs), orgs


def test_the_protesters_of_a_tag_are_no_group():
    orgs = _orgs("Release of #ArlenRising Protestors\n\nPolice detained #ArlenRising Protestors in Westbrook on "
                 "Monday, and the Lakeland Law Society condemned the arrests.\n")
    assert "ArlenRising" not in orgs, orgs


def test_the_same_head_and_of_after_and_opens_another_body():
    orgs = _orgs("Letters to students\n\nThe minister wrote to the student presidents of the University of Kea "
                 "Holm and University of Technology on Monday, the ministry said.\n")
    assert "University of Kea Holm" in orgs, orgs
    assert "University of Kea Holm and University of Technology" not in orgs, orgs
