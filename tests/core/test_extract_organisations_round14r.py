"""Organisations, round 14 (recall): names a reader finds without a head
word or outside a head-word run - universities listed by short name as
examples, square-bracket definitions, acronyms a union is affiliated to or
people came from, list members opening with "the", papers a person spoke
to, offices cut from a body's name, Irish and Welsh schools, institutes by
acronym and town, and bodies named by the office a named person holds."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


# Each case: sentences in the shape of a real page's, and the bodies a reader finds in them.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The protests spread quickly. By Friday students at 9 universities across the region had occupied "
                 "buildings, including Westbrook, Arlen, both Harrowgate and Harrowgate MET, and Dunmore.",
                 {"University of Westbrook", "University of Arlen", "University of Harrowgate", "Harrowgate MET",
                  "University of Dunmore"}, id="universities listed as examples after including"),
    pytest.param("The bailout of Ostland Ferry Lines [OFL] must stop, the federation said.",
                 {"Ostland Ferry Lines"}, id="an acronym in square brackets defines the name before it"),
    pytest.param("Members of another OFTU affiliated union blocked the gates. "
                 "The teachers remain autonomous despite their affiliation to KWAT.",
                 {"OFTU", "KWAT"}, id="an acronym a union is affiliated to"),
    pytest.param("The network has worked with Tenancy Watch, the Arlen Renters Union and the Westbrook Housing "
                 "Foundation on eviction policy.", {"Tenancy Watch"}, id="a list member opening with the"),
    pytest.param("Staff told The Westbrook Guardian there could be mass resignations. "
                 "Speaking to Arlen News ahead of the march, the president said fees must fall.",
                 {"Westbrook Guardian", "Arlen News"}, id="a paper a person spoke to"),
    pytest.param("Students at IIT Westbrook protested the fee hike, and 40 came from NUI Arlen to join them.",
                 {"IIT Westbrook", "NUI Arlen"}, id="an institute named by acronym and town"),
    pytest.param("Last week Arlen Janata Dal leader Ravi Mehta visited the campus. "
                 "Momentum spokesperson Anil Rao said the fees must fall.",
                 {"Arlen Janata Dal", "Momentum"}, id="a body named by the office a named person holds in it"),
    pytest.param("ANU student and Tenure activist Sarah Dunn said so. Ostland Rising national spokesperson "
                 "Kofi Mensah agreed.", {"Tenure", "Ostland Rising"},
                 id="a body named by the membership or office of a named person"),
    pytest.param("Police arrested 15 students at the Westbrook Polytechnic on Tuesday.", {"Westbrook Polytechnic"},
                 id="a polytechnic"),
    pytest.param("Students demand divestment from arms makers, most prominently KMX, who are profiting from the war.",
                 {"KMX"}, id="an acronym then who"),
    pytest.param("Seventy students from campus group Reclaim Arlen continued the sit-in, joined by "
                 "tenants' union Westbrook Renters.", {"Reclaim Arlen", "Westbrook Renters"},
                 id="a group named after a word saying what kind of group"),
    pytest.param("The university's offer was rejected. Contract instructors at Westbrook voted to strike, and "
                 "Staff at Dunmore are losing a day's pay.", {"University of Westbrook", "University of Dunmore"},
                 id="a university's staff named by its short name"),
    pytest.param("Protesters from the Arlen Students League, National Union of Students of the Ostlands, Tenure "
                 "Partylist, and Westbrook Rising held placards.",
                 {"National Union of Students of the Ostlands", "Tenure Partylist", "Westbrook Rising"},
                 id="a list after a name ending in a place is no list of its subjects"),
])
def test_bodies_a_reader_finds(text: str, wanted: set[str]) -> None:
    assert wanted <= _orgs(text)


@pytest.mark.parametrize("text", [
    pytest.param("Hundreds marched on Friday [PHOTOS] in the rain.", id="square brackets that spell nothing"),
    pytest.param("Ostlandian leader Maria Perez spoke first. Opposition leader Jon Dunmore replied, "
                 "and Westbrook MP Ann Lee listened.", id="a nation, a seat or a constituency before an office"),
    pytest.param("Community leader Sam Reed spoke first. Welsh campaigner Jo Price and Senior organiser Ama Owusu "
                 "replied, and Youth leader Kofi Mensah and French activist Luc Martin listened.",
                 id="one word that says what kind of person, not which body, before an office"),
])
def test_no_body_where_a_reader_sees_none(text: str) -> None:
    assert not _orgs(text)


def test_schools_such_as_count_only_beside_a_university_named_in_full():
    orgs = _orgs("Graduate workers have struck at schools such as Westbrook, Arlen, and Dunmore University. "
                 "Pupils visited schools such as Marbury, Kestle and Orrin last spring.")
    assert {"University of Westbrook", "University of Arlen"} <= orgs
    assert not any(name.endswith(("Marbury", "Kestle", "Orrin")) for name in orgs)


def test_a_list_after_including_that_names_other_things_is_no_campus_list():
    orgs = _orgs("The universities invest in firms, including arms giant Bexo Systems, Carrow and Delmont. "
                 "Several universities held talks, including Monday and Tuesday sessions.")
    assert not any("Carrow" in name or "Monday" in name for name in orgs)


def test_a_news_agency_a_person_spoke_to_keeps_its_whole_name():
    orgs = _orgs("A student leader told the Ostland News Agency that the march would go ahead.")
    assert "Ostland News Agency" in orgs
    assert "Ostland News" not in orgs


def test_an_office_held_in_or_of_a_body_is_cut_from_its_name():
    orgs = _orgs("They asked to meet the Permanent Secretary in the Ministry of Tertiary and Further Learning. "
                 "I am Co-Chair of the Westbrook Tenant Union, which advocates for renters.")
    assert {"Ministry of Tertiary and Further Learning", "Westbrook Tenant Union"} <= orgs
    assert not any(name.startswith(("Permanent", "Co-Chair")) for name in orgs)


def test_an_acronym_people_came_from_is_a_body_unless_a_name_goes_on():
    orgs = _orgs("The march drew 130 students from WTC, and 50 from KIT joined them later. "
                 "Staff from OBR Westbrook also came.")
    assert {"WTC", "KIT"} <= orgs
    assert "OBR" not in orgs


def test_an_irish_or_welsh_school_named_head_first_is_a_body_and_no_person():
    result = extract(ReadDocument(text="Walking out of the 600-pupil Colaiste Ban Arlen in Westbrook, pupils said "
                                       "they would go on. Pupils at Ysgol Glan Morfa joined them.", format="txt"))
    assert {"Colaiste Ban Arlen", "Ysgol Glan Morfa"} <= {o.name for o in result.organisations}
    assert not any(p.name.startswith(("Colaiste", "Ysgol")) for p in result.people)
