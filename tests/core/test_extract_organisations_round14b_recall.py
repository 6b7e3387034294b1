"""Organisations, round 14b (recall): names a reader finds because the
sentence says what kind of body they are - a list after a plural body noun
("the councils ... are", "organisations including")."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


# Each case: sentences in the shape of a real page's, and the bodies a reader finds in them.
@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Staff voted to strike across the region. The 5 councils where turnout passed the threshold - and "
                 "where strikes now loom - are Arlen City, Westshire, Dunmore & Kells, Harrowgate, North Brackley.",
                 {"Arlen City", "Westshire", "Dunmore & Kells", "Harrowgate", "North Brackley"},
                 id="councils named by area in a list after are"),
    pytest.param("The march is supported by community organisations including the Hillside Flats Committee; "
                 "Greenroots; the Right to Housing Campaign (Arlen); the eWestbrook Peace Party and the "
                 "Dunmore Tenants Forum as well as people from many settlements.",
                 {"Hillside Flats Committee", "Greenroots", "Right to Housing Campaign", "eWestbrook Peace Party",
                  "Dunmore Tenants Forum"},
                 id="a semicolon list after organisations including, with small words and a bracketed town"),
])
def test_names_listed_as_bodies_of_a_kind(text: str, wanted: set[str]) -> None:
    assert wanted <= _orgs(text)


def test_a_list_of_towns_after_a_plain_noun_stays_places() -> None:
    text = "Students travelled from many places. The cities they came from are Arlen, Westbrook and Dunmore."
    assert not {"Arlen", "Westbrook", "Dunmore"} & _orgs(text)


def test_an_acronym_with_accented_capitals_is_read_as_one() -> None:
    text = "After the vote, the students, members of the AÉLUW association, will stay away from class on Monday."
    assert "AÉLUW" in _orgs(text)


def test_a_kind_of_college_in_capitals_is_no_body() -> None:
    text = "Striking university and CÉGEP students marched through Arlen on Thursday."
    assert "CÉGEP" not in _orgs(text)


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("The rally is organised by Friends of al-Arlen.", "Friends of al-Arlen", id="al- prefix"),
    pytest.param("This march is organized by Abahlali baseWestbrook and is supported by many.", "Abahlali baseWestbrook",
                 id="a word capitalised after its prefix"),
])
def test_a_name_after_organised_by_keeps_a_prefixed_word(text: str, wanted: str) -> None:
    assert wanted in _orgs(text)


@pytest.mark.parametrize(("text", "found"), [
    pytest.param("Rents rose so fast that the City of Arlen passed a motion asking for rent control.", True,
                 id="a city acting"),
    pytest.param("No developer receiving City of Arlen funds may raise rents.", True, id="a city paying"),
    pytest.param("The rally was held in the City of Arlen on Monday.", False, id="a city as a place"),
])
def test_a_city_government_is_a_body_where_it_acts(text: str, found: bool) -> None:
    assert ("City of Arlen" in _orgs(text)) is found


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Nurses are frustrated at the lack of progress in talks with employer Arlen Ora Health.",
                 "Arlen Ora Health", id="employer before a name"),
    pytest.param("Staff were balloted over the pay offer from employer body Westla.", "Westla",
                 id="employer body before a one-word name"),
])
def test_the_employer_named_after_the_word_employer(text: str, wanted: str) -> None:
    assert wanted in _orgs(text)
