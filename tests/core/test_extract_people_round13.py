"""People on unseen pages (issue 16, round 13): a caption's "from left"
list, an office written "Secretary- General" or "VP", a body's name that
runs into its speaker's, "X of the union, says", and names after "in",
"at" or "the" or before a described event, which are places and things.
Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument
from test_extract_people_round10 import _people


@pytest.mark.parametrize("text", [
    "Students rallied outside the Dáil.\n\nUnion officers: from leftAine Kelly, Tomas Byrne, Orla Walsh and Niall Daly\n",
    "Students rallied outside the Dáil.\n\nPictured (l-r): Aine Kelly, Tomas Byrne, Orla Walsh and Niall Daly.\n",
])
def test_the_people_a_caption_lists_from_left_are_people(text: str):
    assert {"Aine Kelly", "Tomas Byrne", "Orla Walsh", "Niall Daly"} <= set(_people(text))


@pytest.mark.parametrize(("text", "person", "role"), [
    # a hyphen the page broke with a space is still the office's
    ("Teachers will strike on Monday. KUPT Secretary- General Kipchumba Ochieng issued the notice after the "
     "union had been ignored.", "Kipchumba Ochieng", "KUPT Secretary-General"),
    # "VP" is an office, not initials opening the name
    ("Over 300 students marched to the main gate. VP Ravi Kumar Menon addressed the crowd and called for calm.",
     "Ravi Kumar Menon", "VP"),
])
def test_an_office_written_short_or_broken_is_the_names_role(text: str, person: str, role: str):
    assert _people(text).get(person) == role


@pytest.mark.parametrize(("text", "person"), [
    ("The vote closed on Friday. Acting president of NZTA Te Kura Tane Paul Morrison said members backed the strike.",
     "Paul Morrison"),
    ("Students took out a rally, led by Nazim Jamiat Talaba Tahir Sami, through the main bazaar.", "Tahir Sami"),
])
def test_a_speaker_named_after_a_body_is_the_runs_last_two_words(text: str, person: str):
    assert person in _people(text)


def test_a_body_that_ends_in_a_known_persons_name_is_no_organisation():
    found = extract(ReadDocument(text="Students took out a rally, led by Nazim Jamiat Talaba Tahir Sami, "
                                      "through the main bazaar.", format="txt"))
    assert not any(org.name.endswith("Tahir Sami") for org in found.organisations)


def test_a_speaker_of_a_body_with_a_loose_comma_is_a_person():
    assert "Niamh Carroll" in _people("Nurses may ballot again. Niamh Carroll of the INU, says they will meet "
                                      "next week to decide.")


def test_a_reporter_who_reports_from_a_city_is_a_person():
    assert "Ita Moore" in _people("Rallies were held across the country. From Perth, Ita Moore reports that "
                                  "3000 people gathered in the square.")


@pytest.mark.parametrize(("text", "not_person"), [
    ("Marching from Taft Avenue to the Mendoza Peace Arch, the protest led by the Union of Concerned Teachers "
     "was joined by students.", "Mendoza Peace Arch"),
    ("Students walked out across the country. In New Haven, crowds of young protesters filled "
     "the green.", "New Haven"),
    ("Maria Lopez, a senior tutor at Te Whare Ako, said the cuts were unfair.", "Te Whare Ako"),
    ("The group now turns to the Tenancy Reform Act, a law which ignores student halls.",
     "Tenancy Reform Act"),
])
def test_places_and_things_described_after_a_comma_are_no_people(text: str, not_person: str):
    assert not_person not in _people(text)


@pytest.mark.parametrize(("text", "person", "not_person"), [
    # whom a speaker told is often the paper
    ("“Casual contracts hurt us all,” Kate Larkin, a tutor and organiser of the Casual Staff Network at Tasman "
     "University, told Red Lantern.\nThe strike goes on.", "Kate Larkin", "Red Lantern"),
    # "who are" is a group's verb: the members', not the name's
    ("The rally will be joined by Unite members, Kate Larkin said, and by members from Coldhill Glass who are in "
     "dispute over pay.", "Kate Larkin", "Coldhill Glass"),
])
def test_the_listener_of_told_and_a_name_before_who_are_are_no_people(text: str, person: str, not_person: str):
    people = _people(text)
    assert person in people
    assert not_person not in people
