"""Organisations, round 14 (recall): universities a sentence lists by short
name as examples of the campuses it counts."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_universities_listed_as_examples_after_including_are_bodies():
    orgs = _orgs("The protests spread quickly. By Friday students at 9 universities across the region had "
                 "occupied buildings, including Westbrook, Arlen, both Harrowgate and Harrowgate MET, and Dunmore.")
    assert {"University of Westbrook", "University of Arlen", "University of Harrowgate",
            "Harrowgate MET", "University of Dunmore"} <= orgs


def test_schools_such_as_count_only_beside_a_university_named_in_full():
    orgs = _orgs("Graduate workers have struck at schools such as Westbrook, Arlen, and Dunmore University. "
                 "Pupils visited schools such as Marbury, Kestle and Orrin last spring.")
    assert {"University of Westbrook", "University of Arlen"} <= orgs
    assert not any(name.endswith(("Marbury", "Kestle", "Orrin")) for name in orgs)


def test_a_list_after_including_that_names_other_things_is_no_campus_list():
    orgs = _orgs("The universities invest in firms, including arms giant Bexo Systems, Carrow and Delmont. "
                 "Several universities held talks, including Monday and Tuesday sessions.")
    assert not any("Carrow" in name or "Monday" in name for name in orgs)


def test_an_acronym_in_square_brackets_defines_the_name_before_it():
    orgs = _orgs("The bailout of Ostland Ferry Lines [OFL] must stop, the federation said.")
    assert "Ostland Ferry Lines" in orgs


def test_square_brackets_that_spell_nothing_define_nothing():
    orgs = _orgs("Hundreds marched on Friday [PHOTOS] in the rain.")
    assert not orgs


def test_an_acronym_a_union_is_affiliated_to_is_a_body():
    orgs = _orgs("Members of another OFTU affiliated union blocked the gates. "
                 "The teachers remain autonomous despite their affiliation to KWAT.")
    assert {"OFTU", "KWAT"} <= orgs


def test_a_member_opening_with_the_in_a_list_of_bodies_is_listed_too():
    orgs = _orgs("The network has worked with Tenancy Watch, the Arlen Renters Union and the Westbrook Housing "
                 "Foundation on eviction policy.")
    assert "Tenancy Watch" in orgs


def test_a_paper_a_person_spoke_to_is_a_body():
    orgs = _orgs("Staff told The Westbrook Guardian there could be mass resignations. "
                 "Speaking to Arlen News ahead of the march, the president said fees must fall.")
    assert {"Westbrook Guardian", "Arlen News"} <= orgs


def test_a_news_agency_a_person_spoke_to_keeps_its_whole_name():
    orgs = _orgs("A student leader told the Ostland News Agency that the march would go ahead.")
    assert "Ostland News Agency" in orgs
    assert "Ostland News" not in orgs


def test_an_office_held_in_or_of_a_body_is_cut_from_its_name():
    orgs = _orgs("They sought a meeting with the Permanent Secretary in the Ministry of Higher and Further Learning. "
                 "I am Co-Chair of the Westbrook Tenant Union, which advocates for renters.")
    assert {"Ministry of Higher and Further Learning", "Westbrook Tenant Union"} <= orgs
    assert not any(name.startswith(("Permanent", "Co-Chair")) for name in orgs)


def test_an_acronym_people_came_from_is_a_body():
    orgs = _orgs("The march drew 130 students from WTC, and 50 from KIT joined them later. "
                 "Staff from OBR Westbrook also came.")
    assert {"WTC", "KIT"} <= orgs
    assert "OBR" not in orgs


def test_an_irish_or_welsh_school_named_head_first_is_a_body_and_no_person():
    result = extract(ReadDocument(text="Walking out of the 600-pupil Colaiste Ban Arlen in Westbrook, pupils said "
                                       "they would go on. Pupils at Ysgol Glan Morfa joined them.", format="txt"))
    orgs = {o.name for o in result.organisations}
    assert {"Colaiste Ban Arlen", "Ysgol Glan Morfa"} <= orgs
    assert not any(p.name.startswith(("Colaiste", "Ysgol")) for p in result.people)


def test_an_institute_named_by_acronym_and_town_is_a_body():
    orgs = _orgs("Students at IIT Westbrook protested the fee hike, and 40 came from NUI Arlen to join them.")
    assert {"IIT Westbrook", "NUI Arlen"} <= orgs
