"""Bodies listed after one that was found (issue 16, stop 60): a list after words saying its members are
bodies ("members of", "MPs from", "organised by") needs only one of them found; a word written with an
accented small letter ("Móviles", "Wāhine") stays inside a capitalised name; a name an "&" joins is one member,
and a body named by one word is followed by the next body, not its town, unless found bodies and single words
alternate through the list; after such a cue with one member found, a one-word member or a list of branches is
a union's towns. Texts written for the test."""

from __future__ import annotations

import re

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.organisation_list_members import listed_members
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


def _listed(text: str, bodies: set[str]) -> set[str]:
    """The members ``listed_members`` reads as bodies in ``text`` when ``bodies`` are the bodies found (each
    occurrence), asked as ``organisations`` asks: found whole, free, or partly inside a found name."""
    covered = bytearray(len(text))
    spans = [(m.start(), m.end()) for body in bodies for m in re.finditer(re.escape(body), text)]
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)

    def found(start: int, end: int) -> bool | None:
        if not any(covered[start:end]):
            return False
        return None if start and covered[start - 1] or end < len(text) and covered[end] else True

    return {text[start:end] for start, end in listed_members(text, spans, found)}


def test_a_name_joined_by_an_ampersand_is_one_member_and_a_one_word_body_has_no_town_after_it():
    listed = _listed("The leaflet says Brimco, Penfold, Kestrelmart and Dunn & Harrowby all pay the living wage in "
                     "Harbourton now.", {"Brimco", "Dunn & Harrowby"})
    assert {"Penfold", "Kestrelmart"} <= listed


@pytest.mark.parametrize("text, bodies", [
    ("Cashiers at Brimco, Harbourton, Kestrelmart, Westbrook and Dunn & Harrowby, Ostland stopped work on a "
     "Monday.", {"Brimco", "Kestrelmart", "Dunn & Harrowby"}),
    ("Cashiers at Brimco, Harbourton, Brimco, Westbrook and Brimco, Ostland stopped work on a Monday.", {"Brimco"}),
])
def test_towns_between_one_word_bodies_found_stay_towns(text, bodies):
    assert not {"Harbourton", "Westbrook", "Ostland"} & _listed(text, bodies)


@pytest.mark.parametrize("text", [
    "Members of the Lakeland Porters Guild, Harbourton, Westbrook and Ostland walked to the ministry on a Monday.",
    "Delegates from the Lakeland Porters Guild, Harbourton, Westbrook and Ostland sat with the minister.",
    "Members of the Lakeland Porters Guild, Kea Holm, West Arlen and Ostland branches walked to the ministry.",
])
def test_a_unions_branch_towns_after_a_cue_of_bodies_are_no_bodies(text):
    orgs = _orgs(text)
    assert "Lakeland Porters Guild" in orgs and not {"Westbrook", "Ostland", "West Arlen", "Kea Holm"} & orgs, orgs


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
    listed = _listed("Shoppers at Dunn & Harrowby, Brack Holm Rise, Tarn Vale Shops and Brimco stores signed the card.",
                     {"Dunn & Harrowby", "Brimco"})
    assert {"Tarn Vale Shops", "Brack Holm Rise"} <= listed
