"""People on unseen pages (issue 16, round 15): "Sheikh" before a single name, an office written with a
hyphen and a capital in each part before a name. Every text here is written
for the test."""

from __future__ import annotations

import pytest

from test_extract_people_round10 import _people


@pytest.mark.parametrize("office", ["Vice-President", "Co-Founder", "Vice-Chancellor"])
def test_a_hyphenated_office_in_title_case_is_not_part_of_the_name(office: str):
    text = (f"Students staged the protest when the country's {office} R. Tamsin Okafor and Health Minister "
            "Lena Brandt arrived at the campus for the ceremony.")
    people = _people(text)
    assert "R. Tamsin Okafor" in people
    assert not any(office in name for name in people)


@pytest.mark.parametrize("text", [
    "Opposition supporters asked Prime Minister Sheikh Farida to step down before the vote in January.",
    "It was one of the largest rallies faced by Prime Minister Sheikh Farida in her years in office.",
])
def test_sheikh_before_a_single_name_after_an_office_is_part_of_the_name(text: str):
    assert "Sheikh Farida" in _people(text)


@pytest.mark.parametrize("place", ["suburb", "town", "village"])
def test_a_name_after_a_kind_of_place_and_of_is_a_place(place: str):
    text = (f"Tenants must leave forty homes in the {place} of Glen Harlow as part of the renewal plan. "
            "Ten people moved into one of the houses on Saturday.")
    assert "Glen Harlow" not in _people(text)


def test_an_office_between_a_show_and_a_speaker_is_the_speakers():
    text = ("Appearing on Metro Television’s Sunrise Hour, the union’s National President, Tunde Alabi, said the "
            "strike had already started.")
    people = _people(text)
    assert people == {"Tunde Alabi": "union's National President"}


@pytest.mark.parametrize("text, name", [
    ("The students gathered at noon. Ravindra, vice-president of the city's student union, said the fee rise "
     "was unfair.", "Ravindra"),
    ("Police closed the gate. Meenakshi, a student of the law faculty, told reporters they would stay.",
     "Meenakshi"),
])
def test_a_speaker_known_by_one_name_and_described_by_an_office_is_a_person(text: str, name: str):
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "Police closed the gate. Cosatu, the labour federation, said it would join the march.",
    "The first to speak was organiser Kim Webb. Webb, also a campaign activist, said the march would go on.",
])
def test_a_body_or_a_known_surname_before_a_description_is_no_one_word_person(text: str):
    people = _people(text)
    assert "Cosatu" not in people and "Webb" not in people


@pytest.mark.parametrize("name", ["Javiera Solano", "Nurul Hamidah", "Víctor Pardo"])
def test_common_spanish_and_malay_given_names_open_a_name_without_a_cue(name: str):
    text = f"The group stood as a witness for {name} and others when the university punished them last year."
    assert name in _people(text)


@pytest.mark.parametrize("text, name", [
    ("Lecturers walked out on Monday. Arbo, whose chief executive met both sides, said talks would resume.", "Arbo"),
    ("Lecturers walked out on Monday. Admis, the admissions service whose chair resigned, said talks would resume.",
     "Admis"),
    ("Lecturers walked out on Monday. Medlo, which the vice-chancellor founded, said it backed them.", "Medlo"),
    ("Police closed the gate. Dunmore, addressing journalists at the gate, said the march would go on.", "Dunmore"),
])
def test_an_office_in_a_clause_about_someone_else_makes_no_one_word_person(text: str, name: str):
    assert name not in _people(text)


@pytest.mark.parametrize("text, name", [
    ("Police closed the gate. Tarun, another history student who gave only his first name, said they would stay.",
     "Tarun"),
    ("Police closed the gate. Ishani, who is a student of the law faculty, told reporters they would stay.", "Ishani"),
])
def test_an_office_heading_its_description_still_makes_a_one_word_person(text: str, name: str):
    assert name in _people(text)
