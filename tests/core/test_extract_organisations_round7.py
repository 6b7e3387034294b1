"""Organisations need evidence (round 7): an acronym the text never spells
out is a body only when the text treats it as one. Every sentence here is
written for the test (acronym_evidence, organisations)."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    found = extract(ReadDocument(text=text, format="txt")).organisations
    return {o.name for o in found} | {o.acronym for o in found if o.acronym}


def test_an_office_abbreviation_met_once_is_no_body():
    orgs = _orgs("The march was stopped near the bridge. Ravi Anand, the city's PRO, said the road was closed.")
    assert "PRO" not in orgs


def test_a_passing_abbreviation_for_a_service_or_test_is_no_body():
    assert not {"SMS", "KTE"} & _orgs("Students got an SMS saying that the KTE results would be late.")


def test_an_acronym_with_a_role_after_it_is_a_body():
    assert "DWTU" in _orgs("DWTU president Ama Boateng told the crowd to hold firm.")


def test_an_acronym_used_twice_is_a_body():
    assert "KLSA" in _orgs("Students marched on Friday. The demands of KLSA were read out, and KLSA will meet again.")


def test_an_acronym_listed_beside_other_bodies_is_a_body():
    orgs = _orgs("The letter was signed by the leaders of the Dockside Workers Union, PTWU and FGAU on Monday.")
    assert {"PTWU", "FGAU"} <= orgs


def test_an_acronym_in_apposition_to_a_group_is_a_body():
    assert "KSMF" in _orgs("Outside the gates, the KSMF, student wing of the ruling party, handed out leaflets.")


def test_a_defined_acronym_needs_no_further_evidence():
    assert "Westbrook Student Guild" in _orgs("The Westbrook Student Guild (WSG) joined the picket.")


def test_a_listed_subject_before_a_comma_stays_in_the_union_name():
    orgs = _orgs("Workers belong to the National Transport, Dock and Allied Workers' Union (NTDAWU).")
    assert "National Transport, Dock and Allied Workers' Union" in orgs
    assert "Dock and Allied Workers' Union" not in orgs


def test_an_office_before_a_comma_is_no_part_of_the_name():
    orgs = _orgs("A statement came from the Director, Press and Public Affairs Union of the city.")
    assert not any(name.startswith("Director") for name in orgs)


def test_a_person_before_of_is_no_part_of_the_body():
    orgs = _orgs("Speakers included Tariq Umar of Frontier Students Federation and others.")
    assert "Frontier Students Federation" in orgs
    assert not any(name.startswith("Tariq") for name in orgs)


def test_an_opening_quantifier_or_conjunction_is_no_part_of_the_name():
    orgs = _orgs("Several Eastmoor University students were hurt. Although Eastmoor Police denied it, many saw it.")
    assert {"Eastmoor University", "Eastmoor Police"} <= orgs


def test_an_allegiance_prefix_is_no_part_of_the_name():
    orgs = _orgs("Members of the KSP-affiliated Youth Front for Reform were detained.")
    assert "Youth Front for Reform" in orgs


def test_a_french_name_keeps_its_a_connector():
    assert "Université du Québec à Trois-Rivières" in _orgs(
        "Students at the Université du Québec à Trois-Rivières voted to strike.")


def test_an_acronym_on_a_picket_line_or_supporting_is_a_body():
    orgs = _orgs("Parents joined the WTF picket line. Myself and DSA fully support the strike.")
    assert {"WTF", "DSA"} <= orgs


def test_an_abbreviation_repeated_without_a_cue_is_still_no_body():
    orgs = _orgs("Results of the KTE came late. The KTE results decide places at college.")
    assert "KTE" not in orgs


def test_a_union_local_after_an_acronym_keeps_its_number():
    orgs = _orgs("Janitors of HWU Local 512 joined the picket on Monday.")
    assert "HWU Local 512" in orgs


def test_a_state_code_after_a_town_in_capitals_is_no_body():
    orgs = _orgs("PINE RIDGE, SD – Pupils at Pine Ridge High School walked out on Friday.")
    assert "SD" not in orgs


def test_a_head_with_only_a_kind_of_school_or_subject_names_no_body():
    orgs = _orgs("High School juniors at Ridgeway High School walked out. The University of Technology was shut.")
    assert "Ridgeway High School" in orgs
    assert not {"High School", "University of Technology"} & orgs
