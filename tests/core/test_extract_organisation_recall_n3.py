"""Bodies listed after one that was found (issue 16, stop 60): a list after words saying its members are
bodies ("members of", "MPs from", "organised by") needs only one of them found; a word written with an
accented small letter ("Móviles", "Wāhine") stays inside a capitalised name; a name an "&" joins is one member,
and a body named by one word is followed by the next body, not its town. Texts written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.organisation_runs import RUN
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


@pytest.mark.parametrize("text", [
    "MPs from Labour, Lakeland Forward and United Westbrook will take the boxes from the students at noon.",
    "Members of the Harbourton Tenants Union, Lakeland Forward, and United Westbrook met the minister on Friday.",
    "The vigil on Friday was organised by the Harbourton Tenants Union, Lakeland Forward and United Westbrook.",
])
def test_a_list_after_a_cue_of_bodies_needs_one_member_found(text):
    assert {"Lakeland Forward", "United Westbrook"} <= _orgs(text)


def test_a_list_without_such_a_cue_still_needs_two_members_found():
    orgs = _orgs("The speakers thanked the Harbourton Tenants Union, Lakeland Forward and United Westbrook.")
    assert "Harbourton Tenants Union" in orgs and not {"Lakeland Forward", "United Westbrook"} & orgs


def test_an_accented_small_letter_stays_inside_a_listed_name():
    orgs = _orgs("KEA HOLM, OSTLAND—Members of Kea Holm Tenants Union, Poder Vecinos Móviles, and Casa Arlen "
                 "brought a list of repairs to the owner of the flats.")
    assert {"Poder Vecinos Móviles", "Casa Arlen"} <= orgs and "Poder Vecinos" not in orgs


def test_a_name_joined_by_an_ampersand_is_one_member_and_a_one_word_body_has_no_town_after_it():
    orgs = _orgs("The leaflet says Tesco, Penfold, Kestrelmart and Marks & Spencer all pay the living wage in "
                 "Harbourton now.")
    assert {"Penfold", "Kestrelmart"} <= orgs


@pytest.mark.parametrize("text, town", [
    ("Delegates came from Arlen University, Dunmore, Westbrook College and Lakeland Polytechnic.", "Dunmore"),
    ("Delegates came from the ALU, Dunmore, the WCU and Lakeland Polytechnic.", "Dunmore"),
])
def test_a_town_after_a_longer_name_or_an_acronym_stays_a_town(text, town):
    assert town not in _orgs(text)


@pytest.mark.parametrize("name", ["Poder Vecinos Móviles", "Tūmanako Ngāhere", "Ostland Fútbol Club"])
def test_a_capitalised_word_may_go_on_with_an_accented_small_letter(name):
    assert RUN.fullmatch(name)

def test_a_name_joined_by_an_ampersand_counts_as_one_found_member():
    orgs = _orgs("Shoppers at Marks & Spencer, Brack Holm Rise, Tarn Vale Shops and Tesco stores signed the card.")
    assert {"Tarn Vale Shops", "Brack Holm Rise"} <= orgs
