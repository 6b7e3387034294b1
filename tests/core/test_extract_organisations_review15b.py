"""Organisations, fixes after the review of round 15b: a rule's reach cut
back where it merged, joined or cut bodies a reader keeps apart."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_university_spelled_out_with_su_is_no_other_institutions_union() -> None:
    orgs = _orgs("Students at Stellenbosch University (SU) marched on Monday. Wits SU sent a message of support.")
    assert {"Stellenbosch University", "Wits SU"} <= orgs


def test_a_union_spelled_out_is_merged_with_its_institutions_name() -> None:
    orgs = _orgs("Students at Wits marched. The Students' Representative Council (SRC) met on Monday. "
                 "Wits SRC sent a message.")
    assert "Wits SRC" in orgs and "Students' Representative Council" not in orgs


def test_students_from_one_place_and_another_places_police_are_two_sides() -> None:
    orgs = _orgs("Students from Jamia and Delhi police clashed on Sunday.")
    assert "Delhi Police" in orgs and "Jamia and Delhi Police" not in orgs


def test_two_places_after_the_are_one_force() -> None:
    assert "Avon and Somerset Police" in _orgs("The Avon and Somerset police said on Sunday that two men were held.")


def test_a_nationality_before_a_spokesperson_after_a_person_is_no_body() -> None:
    orgs = _orgs("The fees were cut, said Ruth Wanjiku, Kenyan spokesperson, at the summit. "
                 "Fees keep the poor out, said Rosa Dimalanta, Kalayaan deputy spokesperson.")
    assert "Kalayaan" in orgs and "Kenyan" not in orgs


def test_an_acronym_and_a_name_that_make_one_body_stay_one() -> None:
    orgs = _orgs("The march was organised by the LGBTQ and Allies Network at Westbrook University on Friday.")
    assert "LGBTQ and Allies Network" in orgs


def test_an_acronym_and_a_campaign_after_a_cue_stay_two() -> None:
    orgs = _orgs("A national demonstration, organised by the TUC and Stand Up to Hate, will march on Saturday.")
    assert "TUC" in orgs and not any(name.startswith("TUC and") for name in orgs)
