"""Organisations, round 15 review fixes: the recall rules of round 15 read
only the shapes they were written for - an office after a kind of body is a
person's, a cause needs a group to stand for it, an event's organiser names
no body, a dash aside must close after its list, and a university's office
is no town."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.day_counts import ORDINALS
from timeline_app.core.extract.organisation_non_bodies import body_after_occurrence
from timeline_app.core.models import ReadDocument


def _read(text: str) -> tuple[set[str], set[str]]:
    found = extract(ReadDocument(text=text, format="txt"))
    return {o.name for o in found.organisations}, {p.name for p in found.people}


def test_an_office_after_a_kind_of_body_opens_a_person_not_a_body() -> None:
    orgs, people = _read("Workers strike at firm\n\nWorkers at the company walked out on 12 March 2020. "
                         "The company Chief Executive Jane Doe said talks would resume.\n")
    assert not any("Jane Doe" in name for name in orgs) and "Jane Doe" in people


@pytest.mark.parametrize("opening", ["Calls for", "Support for", "Thanks for"])
def test_an_acronym_after_a_plain_word_and_for_is_a_body(opening: str) -> None:
    orgs, _ = _read(f"Lecturers strike over pay\n\nLecturers walked out on 12 March 2020. {opening} NTEU members "
                    "grew on campus.\n")
    assert "NTEU" in orgs


@pytest.mark.parametrize("office", ["Black History Month organiser", "Masters Programme convenor",
                                    "Student Wellbeing coordinator", "Freshers Week coordinator"])
def test_an_event_or_programme_before_its_organiser_is_no_body(office: str) -> None:
    orgs, _ = _read(f"Students marched on 12 March 2020 in Leeds, said Priya Shah, {office}.")
    assert not orgs


def test_an_event_before_its_organiser_and_the_organisers_name_is_no_body() -> None:
    orgs, people = _read("Students marched on 12 March 2020. Black History Month organiser Priya Shah said it "
                         "went well.")
    assert not orgs and "Priya Shah" in people


def test_a_body_named_again_keeps_its_coordinator() -> None:
    orgs, _ = _read("Fair Rent Now marched on 12 March 2020, said Priya Shah, Fair Rent Now coordinator.")
    assert "Fair Rent Now" in orgs


def test_places_in_a_dash_aside_that_does_not_close_after_the_list_are_no_bodies() -> None:
    orgs, _ = _read("Protests spread\n\nOn 12 March 2020 students marched in several cities. Support came from "
                    "many groups — Leeds, York and Hull among them — the union said.\n")
    assert not {"Leeds", "York", "Hull"} & orgs


def test_a_listed_town_the_page_marches_in_is_no_body() -> None:
    orgs, _ = _read("Protests spread\n\nOn 12 March 2020 students marched in Hull. Support came from many "
                    "groups — Ostland Rising and Hull — the union said.\n")
    assert "Ostland Rising" in orgs and "Hull" not in orgs


@pytest.mark.parametrize("office", ["Bursary", "Chaplaincy", "Registry", "Senate"])
def test_a_universitys_office_is_no_town_telling_it_apart(office: str) -> None:
    orgs, _ = _read(f"Students strike\n\nOn 12 March 2020 students at Federal University Gashua marched to the "
                    f"Federal University {office} over unpaid grants.\n")
    assert "Federal University Gashua" in orgs and f"Federal University {office}" not in orgs


def test_a_gathering_numbered_by_a_spelled_ordinal_is_its_bodys() -> None:
    text = "The ninth Convocation of Westbrook Metropolitan University was held on Friday."
    at = text.index("Convocation")
    assert "ninth" in ORDINALS
    assert body_after_occurrence("Convocation of Westbrook Metropolitan University", text,
                                 [(at, at + 10)]) == "Westbrook Metropolitan University"
