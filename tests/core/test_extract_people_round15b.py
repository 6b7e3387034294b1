"""People on unseen pages (issue 16, round 15b): places named in Spanish are
no people. Every text here is written for the test."""

from __future__ import annotations

import pytest

from test_extract_people_round10 import _people


@pytest.mark.parametrize("place", ["Santa Barbara", "San Diego", "Los Angeles", "Las Vegas"])
def test_a_campus_town_named_in_spanish_is_not_a_person(place: str):
    text = (f"Tutors will strike if workers at the University of Arcadia, {place}; the University of Arcadia, "
            "Westfield; and the University of Arcadia, Davis are fired, said Leona Marsh.")
    people = _people(text)
    assert place not in people
    assert "Leona Marsh" in people


def test_a_spanish_place_ending_a_bodys_name_is_not_a_person_whatever_office_comes_before():
    people = _people("Leona Marsh, president of United Tutors Los Vell, said the union would strike.")
    assert "Los Vell" not in people
    assert "Leona Marsh" in people


@pytest.mark.parametrize(("text", "name"), [
    ("Arcadia State president Santa Quorp said the encampment must end.", "Santa Quorp"),
    ("The union's president, Santa Quorp, said the encampment must end.", "Santa Quorp"),
    ("Los Vell told reporters the encampment must end.", "Los Vell"),
])
def test_a_person_whose_name_opens_as_a_spanish_place_does_is_still_a_person(text: str, name: str):
    # an office before the name or a speech verb after it cues a person, whatever word opens the name
    assert name in _people(text)


@pytest.mark.parametrize("line", [
    "Dear Zed Quorp, Helen Vell-Haskins, and Tomas Brandvik",
    "Dear Zed Quorp and Helen Vell-Haskins,",
    "Dear Zed Quorp (Provost), Helen Vell-Haskins (Registrar)",
])
def test_the_names_a_letters_salutation_addresses_are_people(line: str):
    text = f"{line}\n\nWe write as members of the branch to protest against the cuts to library staff.\n"
    people = _people(text)
    assert "Zed Quorp" in people
    assert "Helen Vell-Haskins" in people


@pytest.mark.parametrize("line", ["Dear Valued Customers,", "Dear Esteemed Colleagues and Valued Partners,"])
def test_a_salutation_to_a_kind_of_reader_names_no_one(line: str):
    assert _people(f"{line}\n\nWe write to tell you that the library will close on Fridays.\n") == {}


def test_a_campaign_headline_after_dear_and_a_colon_names_no_one():
    # two addressees, one of a known given name: only the colon tells the line is no letter's salutation
    text = "Dear Helen Vell, Zed Quorp: We Demand a Freeze on Rents\n\nThe campaign began in May.\n"
    assert _people(text) == {}


def test_jan_opening_a_name_described_before_its_speech_is_a_given_name():
    text = ("Jan Quorpley, who took the petition to the town hall and who chairs the friends' group, said the "
            "library must stay open. The council will meet on Jan 14.")
    assert "Jan Quorpley" in _people(text)


@pytest.mark.parametrize("office", ["Executive Assistants", "Regional Organisers", "Branch Officers"])
def test_an_office_in_the_plural_before_a_name_is_not_part_of_it(office: str):
    plural = office.split()[-1]
    people = _people(f"Union Regional Director Ana Bell (right) and {office} Tobias Kerr (left) and Mira Vell show "
                     "their support for the campaign.")
    assert "Tobias Kerr" in people and f"{plural} Tobias Kerr" not in people


def test_one_bare_capital_after_an_office_is_the_names_initial():
    text = ("Former union president R Kavya Menon said the march would go on. On Monday, the college's "
            "vice-chancellor T Arun Pillai had asked the students to return to their classes.")
    people = _people(text)
    assert "R Kavya Menon" in people
    assert "T Arun Pillai" in people
    assert "Kavya Menon" not in people


def test_a_capital_a_after_an_office_is_an_article_not_an_initial():
    assert "A Kavya Menon" not in _people("The union named as president A Kavya Menon, a final-year student, said.")


def test_read_after_a_given_name_is_a_surname():
    text = ("Climate group member Tobias Read being led away by police after the sit-down protest on Monday.\n"
            "Read More\nShare this story\n")
    people = _people(text)
    assert "Tobias Read" in people
    assert not any(name.startswith("Read") for name in people)


def test_jan_without_a_cue_is_no_given_name():
    assert _people("Students took out a Jan Aakrosh march against the fee hike on Monday.") == {}


def test_a_dear_line_of_a_great_many_names_is_no_salutation():
    # a letter's salutation is short: a line of dozens of names is not re-split for each of them
    from timeline_app.core.extract.person_attributions import addressed_in_salutation
    names = [f"Jane Quorp{letter}" for letter in "abcdefghijklmnopqrst"]
    line = "Dear " + ", ".join(names)
    start = line.index(names[10])
    assert addressed_in_salutation(line[:start], line[start + len(names[10]):] + "\n", names[10]) is False
    assert addressed_in_salutation("Dear Helen Vell, ", ", Zed Quorpa\n", "Zed Quorpb")
