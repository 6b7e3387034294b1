"""Round 21 (issue 16): bodies as a reader of real pages names them. An
office is not its body ("Director-General of the Ghana Education Service",
"Assistant Commissioner of Police (ACP)"); a school level, a pay structure
or a pipeline is no body; "the State Government" names none; lists of
member bodies are bodies, never people."""

from __future__ import annotations

import pytest

from test_extract_organisation_parts import _organisations  # the names of the bodies a text names
from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {person.name for person in extract(ReadDocument(text=text, format="txt")).people}


@pytest.mark.parametrize(("sentence", "wanted", "refused"), [
    ("Teachers wrote to the Director-General of the Ghana Education Service on Monday.",
     "Ghana Education Service", "Director-General of the Ghana Education Service"),
    ("The Secretary-General of the Commonwealth Teachers Federation met them on Monday.",
     "Commonwealth Teachers Federation", "Secretary-General of the Commonwealth Teachers Federation"),
])
def test_an_office_of_a_body_names_the_body_not_the_office(sentence: str, wanted: str, refused: str):
    found = _organisations(f"Strike news\n\n{sentence}\n")
    assert wanted in found and refused not in found


@pytest.mark.parametrize("sentence", [
    "According to the police commander, Assistant Commissioner of Police (ACP) Mr Edmund Mensah, stones flew.",
    "The headmaster said pupils of the Junior High School (JHS) level stayed home on Monday.",
    "Teachers want the Single Spine Salary Structure (SSSS) applied to them from Monday.",
    "The strike is against the National Monetization Pipeline (NMP), the unions said on Monday.",
    "The union said the State Government did not follow due process on Monday.",
    "Striking for pay justice pic.twitter.com/Gh5J3Mzp8b — Fórsa Trade Union (@forsa_union_ie) February 21, 2020",
    "The warrants named none of them. Regardless, the entire group was arrested on Monday.",
])
def test_an_office_a_school_level_a_policy_or_a_kind_of_body_is_no_body(sentence: str):
    assert _organisations(f"Strike news\n\n{sentence}\n") == set()


def test_an_acronym_defined_as_an_office_is_no_body_where_it_is_used_alone():
    text = ("Strike news\n\nThe Assistant Commissioner of Police (ACP) spoke on Monday. "
            "The ACP said the workers threw stones.\n")
    assert "ACP" not in _organisations(text)


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("Unions including the Lanka Teachers Union and All Ceylon United Teachers Union struck on Monday.",
     {"All Ceylon United Teachers Union"}),
    ("The strike was backed by the Sri Lanka Education Societies Federation, Kandurata Guru Peramuna and "
     "National Teachers Council.", {"Kandurata Guru Peramuna", "National Teachers Council"}),
    ("Members are angry with the Health Service Executive and Department of Health, the union said.",
     {"Health Service Executive", "Department of Health"}),
    ("Students of the University of Dar es Salaam marched on Monday.", {"University of Dar es Salaam"}),
])
def test_a_body_keeps_its_whole_name_and_two_bodies_joined_by_and_are_two(sentence: str, bodies: set[str]):
    found = _organisations(f"Strike news\n\n{sentence}\n")
    assert bodies <= found
    assert not {name for name in found if name not in bodies and any(name in body or body in name for body in bodies)}


def test_the_members_of_a_coalition_listed_after_a_comma_are_bodies_and_never_people():
    text = ("Walkout news\n\nThe walkout was led by the coalition and its member organizations, ANAKBAYAN, "
            "League of Filipino Students (LFS), Student Christian Movement (SCM), Kabataang Pinoy, Youth Revolt "
            "and the College Editors Guild of the Philippines (CEGP).\n")
    found = _organisations(text)
    assert {"Kabataang Pinoy", "Youth Revolt", "League of Filipino Students"} <= found
    assert "Kabataang Pinoy" not in _people(text)


def test_a_listed_party_whose_name_opens_with_a_word_of_people_stays_whole():
    text = ("Shutdown news\n\nIt is backed by parties such as the EFF, Pan Africanist Congress of Azania, "
            "Workers and Socialist Party, among others.\n")
    found = _organisations(text)
    assert "Workers and Socialist Party" in found and "Workers" not in found and "Socialist Party" not in found


def test_a_school_office_is_no_part_of_a_persons_name():
    found = _people("Protest news\n\n“We are ready,” said Fitzsimons. Cashmere High School Head Boy Luke Doubleday "
                    "will join us.\n")
    assert "Luke Doubleday" in found and "Boy Luke Doubleday" not in found


def test_a_military_rank_is_no_given_name():
    text = "Strike news\n\nThe move was stymied by Commodore Bainimarama, who has instructed the minister.\n"
    assert "Commodore Bainimarama" not in _people(text)


def test_a_promenade_named_after_a_person_is_no_person():
    text = "March news\n\nThe march starts at the Brian Lara Promenade on Friday, the unions said.\n"
    assert "Brian Lara Promenade" not in _people(text)


def test_a_union_acronym_opening_a_line_before_another_bodys_members_is_a_body():
    found = _organisations("SIPTU and Unite members in Virgin Media Ireland have voted today\n\n"
                           "The members voted for action.\n")
    assert {"SIPTU", "Unite"} <= found


def test_a_consortium_is_named_whole():
    found = _organisations("Strike news\n\nThe Cameroon Anglophone Civil Society Consortium called for a sit-in "
                           "strike on Wednesday.\n")
    assert "Cameroon Anglophone Civil Society Consortium" in found


@pytest.mark.parametrize("sentence", [
    "Dock workers walked out on Tuesday after a Chinese Consortium won the port contract.",
    "Students occupied the Chemistry Laboratory of the university on Monday.",
])
def test_an_unnamed_consortium_or_a_laboratory_room_is_no_body(sentence: str):
    found = _organisations(f"Protest news\n\n{sentence}\n")
    assert not {name for name in found if "Consortium" in name or "Laboratory" in name}


def test_a_faculty_after_a_universitys_acronym_is_no_campus():
    found = _organisations("Strike news\n\nThe UTG Faculty and Staff Association decided to continue the strike.\n")
    assert "UTG Faculty" not in found


def test_elsewhere_opening_a_list_of_universities_is_no_university():
    found = _organisations("Fees news\n\nElsewhere, Sheffield, Lancaster and Manchester universities went into "
                           "occupation on Wednesday.\n")
    assert "Elsewhere University" not in found and "Sheffield University" in found
