"""Organisations, round 14 (precision): an office written before a body's
name is no part of it, whatever joins them."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_co_chair_of_a_body_is_no_part_of_its_name():
    orgs = _orgs("Dana Oyelaran, Co-Chair of the Westbrook Heights Tenant Union, opened the meeting. "
                 "Rents are the first item.")
    assert "Westbrook Heights Tenant Union" in orgs
    assert not any(name.startswith("Co-Chair") for name in orgs)


def test_an_office_in_a_ministry_leaves_the_ministry():
    orgs = _orgs("A letter reached the Permanent Secretary in the Ministry of Advanced and Further Learning, "
                 "who has not answered it.")
    assert "Ministry of Advanced and Further Learning" in orgs
    assert not any(name.startswith("Permanent") for name in orgs)


def test_a_prime_ministers_government_is_no_named_body():
    orgs = _orgs("Pupils want Prime Minister Alana Whitcombe's Government to act on emissions now. "
                 "The Ostland Youth Climate Network organised it.")
    assert not any(name.startswith("Prime") for name in orgs)
    assert "Ostland Youth Climate Network" in orgs


@pytest.mark.parametrize("text, body, part", [
    # a body's general meeting is where it decides
    ("As was decided at the last WESA OGM, the march starts at noon. WESA, the student union, called it.",
     "WESA", "OGM"),
    # an insurance is a scheme a movement asks for
    ("The Ostland Health Workers Union wants the National Care Insurance (NCI) rolled out and better pay.",
     "Ostland Health Workers Union", "Insurance"),
])
def test_a_meeting_or_an_insurance_is_no_body(text: str, body: str, part: str):
    orgs = _orgs(text)
    assert body in orgs
    assert not any(part in name for name in orgs)


def test_a_word_of_allegiance_is_no_part_of_a_groups_name():
    orgs = _orgs("Renters rallied on Saturday. The Westbrook-based HEARTH group describes itself as a union "
                 "of tenants. HEARTH said more protests would follow.")
    assert "HEARTH" in orgs
    assert not any("based" in name for name in orgs)


def test_a_name_written_only_after_a_names_a_kind_of_body():
    orgs = _orgs("Our tenants set up a Renter Union in May. Every tower elects a Floor Leader "
                 "and runs a Renter Association. The Westbrook Heights Renter Union meets monthly.")
    assert "Westbrook Heights Renter Union" in orgs
    assert "Renter Union" not in orgs
    assert "Renter Association" not in orgs


def test_a_name_after_a_before_a_noun_is_still_named():
    orgs = _orgs("A Westbrook University spokesperson said the talks would go on. "
                 "Students at Westbrook University walked out.")
    assert "Westbrook University" in orgs


def test_an_acronym_that_only_opens_a_longer_name_is_that_body():
    orgs = _orgs("The unions OSTU, NAPE and CLEAR Ostland campaign marched on Friday. "
                 "The CLEAR Ostland Campaign spoke at the rally.")
    assert "CLEAR Ostland Campaign" in orgs
    assert "CLEAR" not in orgs


def test_an_acronym_written_alone_elsewhere_stays_a_body():
    orgs = _orgs("Tenants joined the HEARTH Renters Union on Monday. HEARTH, the tenants' union, "
                 "said rents had doubled.")
    assert "HEARTH" in orgs


def test_an_irish_school_is_a_body_not_a_person():
    result = extract(ReadDocument(text="Pupils left class at Scoil Bhride Naofa in Arlen on Monday and "
                                       "want the ASTI to meet the minister.", format="txt"))
    assert "Scoil Bhride Naofa" in {o.name for o in result.organisations}
    assert "Scoil Bhride Naofa" not in {p.name for p in result.people}


def test_letters_after_a_persons_name_are_no_body():
    result = extract(ReadDocument(text="Students say Professor Morgan Hale AO is to blame for the cuts. "
                                       "Morgan Hale did not reply.", format="txt"))
    assert "Morgan Hale" in {p.name for p in result.people}
    assert "AO" not in {o.name for o in result.organisations}


@pytest.mark.parametrize("text", [
    "Should the Westbrook Students' Union back the strike? Vote by Friday.",
    "Your Westbrook Students' Union wants to hear from you.",
    "Amid Westbrook Students' Union protests, the council met.",
    "Following Westbrook Students' Union's vote, staff walked out.",
    "Ahead of Westbrook Students' Union's meeting, pupils rallied.",
    "Congratulations Westbrook Students' Union on the win.",
])
def test_a_word_opening_a_sentence_is_no_part_of_a_name(text: str):
    assert _orgs(text) == {"Westbrook Students' Union"}


def test_an_acronym_written_only_as_a_plural_is_no_body():
    orgs = _orgs("OPSU Local 412 speaks for LSA’s, cooks and caretakers in 40 schools. "
                 "OPSU said talks had failed.")
    assert "OPSU" in orgs
    assert "LSA" not in orgs


def test_an_acronyms_possessive_before_a_comma_stays_a_body_named_elsewhere():
    orgs = _orgs("Branch demands go further than WESA’s, yet not as far as OSTU’s. "
                 "WESA, the student federation, called the strike.")
    assert "WESA" in orgs


def test_a_partys_name_before_counterpart_is_a_ministers_field():
    orgs = _orgs("Teachers want the Education Minister and his Labour counterpart to meet them this week.")
    assert "Labour" not in orgs


def test_the_party_before_a_councillor_is_still_the_party():
    orgs = _orgs("A Labour councillor joined the picket line on Monday.")
    assert "Labour" in orgs


@pytest.mark.parametrize("text", [
    "The Ostland Union of Students National Conference voted to strike.",
    "The Ostland Union of Students Annual Report showed falling numbers.",
    "The Ostland Union of Students Day of Action drew thousands.",
])
def test_a_bodys_own_event_or_paper_names_the_body(text: str):
    assert _orgs(text) == {"Ostland Union of Students"}


def test_an_event_with_no_bodys_name_before_it_is_no_body():
    assert _orgs("Thousands joined the National School Walkout on Friday.") == set()


def test_a_platforms_group_is_no_body():
    orgs = _orgs("Join the Facebook Group to stay informed, said the Westbrook Renters Union.")
    assert orgs == {"Westbrook Renters Union"}


def test_a_polytechnic_joined_by_and_is_a_body_of_its_own():
    orgs = _orgs("Staff at the University of Westbrook and Ostland Polytechnic walked out on Monday.")
    assert orgs == {"University of Westbrook", "Ostland Polytechnic"}


def test_a_speaker_of_an_assembly_is_no_part_of_its_name():
    orgs = _orgs("The petition was received by the Speaker of the Ostland National Assembly on Monday.")
    assert orgs == {"Ostland National Assembly"}


def test_a_person_named_after_a_committee_is_no_part_of_it():
    orgs = _orgs("Chairperson of the Ostland Parliamentary Committee on Education Sam Reed spoke. "
                 "Sam Reed said the fees would stay.")
    assert orgs == {"Ostland Parliamentary Committee on Education"}


@pytest.mark.parametrize("text", [
    "Momentum Westbrook said it backed the strike.",
    "The statement from Unite Ostland said talks had failed.",
    "Ostland Rising said the rally was the biggest yet.",
    "Westbrook Partylist said the students would march.",
])
def test_a_known_bodys_branch_or_a_movements_name_is_never_a_person(text: str):
    assert not extract(ReadDocument(text=text, format="txt")).people
