"""Organisations, round 14 (precision): an office written before a body's
name is no part of it, whatever joins them."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_co_chair_of_a_body_is_no_part_of_its_name():
    orgs = _orgs("My name is Dana Oyelaran, and I am Co-Chair of the Westbrook Heights Tenant Union. "
                 "We meet every month.")
    assert "Westbrook Heights Tenant Union" in orgs
    assert not any(name.startswith("Co-Chair") for name in orgs)


def test_an_office_in_a_ministry_leaves_the_ministry():
    orgs = _orgs("Students have twice sought a meeting with the Permanent Secretary in the "
                 "Ministry of Higher and Further Learning, Mr. Odera, without success.")
    assert "Ministry of Higher and Further Learning" in orgs
    assert not any(name.startswith("Permanent") for name in orgs)


def test_a_prime_ministers_government_is_no_named_body():
    orgs = _orgs("The pupils marched on Parliament to send their message to Prime Minister "
                 "Alana Whitcombe's Government. The Ostland Youth Climate Network organised it.")
    assert not any(name.startswith("Prime") for name in orgs)
    assert "Ostland Youth Climate Network" in orgs


def test_a_bodys_general_meeting_is_no_body():
    orgs = _orgs("As was voted at the last WESA OGM, the rally will march to the lawns. "
                 "WESA, the student union, called the rally.")
    assert "WESA" in orgs
    assert not any("OGM" in name for name in orgs)


def test_a_national_insurance_scheme_is_no_body():
    orgs = _orgs("The union demands full implementation of the National Care Insurance (NCI) and "
                 "better pay, said the Ostland Health Workers Union.")
    assert "Ostland Health Workers Union" in orgs
    assert not any("Insurance" in name for name in orgs)
