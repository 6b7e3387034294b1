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
