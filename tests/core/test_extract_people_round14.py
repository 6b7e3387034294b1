"""People on unseen pages (issue 16, round 14): a name inside a glued word,
a plural of a role or a pupil count before a body's name, a leader named in
the possessive of a body, bullet lists of speakers, a list that follows
"Name of the Body", a given name that is also a title, a nickname before a
possessive surname, and the names of schemes and laws. Every text here is
written for the test."""

from __future__ import annotations

import pytest

from test_extract_people_round10 import _people


def test_a_capital_inside_a_word_opens_no_name():
    text = "During an earlier strike in KwaMashu Township, members marched to the depot and handed over a memorandum."
    assert _people(text) == {}


@pytest.mark.parametrize("text", [
    "The board backed the members of United Teachers Santa Rosa, who voted to strike on Monday.",
    "Unions asked for the restoration of the Teachers Medical Scheme before the new term.",
    "Pupils walked out of the 600-pupil Scoil Bhride Naofa in Kildare, and they said they would return.",
])
def test_a_plural_role_or_a_pupil_count_before_a_bodys_name_makes_no_person(text: str):
    assert _people(text) == {}


@pytest.mark.parametrize("text", [
    "Unions demanded more money for the National Student Grants Scheme over the next three years.",
    "Students protested against the cuts to the Student Loans Act during the summer.",
])
def test_a_scheme_or_a_law_is_no_person(text: str):
    assert _people(text) == {}


def test_a_leader_named_in_the_possessive_of_a_body_is_a_person():
    text = ("Thousands of pupils across the country skipped lessons today to march on the capital. They took their "
            "message to Prime Minister Helena Rask's Government, which had promised new climate laws in spring, "
            "and handed in a petition signed by forty thousand people before noon.")
    people = _people(text)
    assert people.get("Helena Rask") == "Prime Minister"


def test_bullet_lines_of_speakers_name_people_with_or_without_a_comma():
    text = ("Speeches came from a broad group of members, including:\n"
            "~ Mira Holt, Welfare Officer at the Students' Union\n"
            "~ Tavi Renner from the Fees Action Group (FAG)\n"
            "~ Oona Pelt, a pupil at Hillcrest College\n"
            "~ A representative from the Greens\n")
    assert {"Mira Holt", "Tavi Renner", "Oona Pelt"} <= set(_people(text))


def test_a_list_after_name_of_the_body_names_people_and_a_title_given_name():
    text = ("Police detained twelve students, among them, Tendai Moyo of the Riverside Students Union, "
            "Prince Gumbo, Admire Sibanda, Rufaro Ncube and Blessing Chari, and some passers-by.")
    assert {"Tendai Moyo", "Prince Gumbo", "Admire Sibanda", "Rufaro Ncube", "Blessing Chari"} <= set(_people(text))


def test_a_nicknamed_name_keeps_its_surname_before_a_possessive():
    text = "The walkouts answered Senator Marco “Tigre” Dela Cruz’s plan to post soldiers in schools."
    assert "Marco “Tigre” Dela Cruz" in _people(text)



def test_an_office_before_a_name_set_off_by_commas_is_its_role():
    text = ("After the march reached the gates, the head of staff from the Housing Department, Lindiwe Mokoena, was "
            "jeered by tenants. Later the secretary general of the union, Tomas Hrabal, addressed the crowd.")
    people = _people(text)
    assert people.get("Lindiwe Mokoena") == "head of staff from the Housing Department"
    assert people.get("Tomas Hrabal") == "secretary general of the union"


def test_a_group_before_names_set_off_by_commas_gives_no_role():
    assert "Tavi Renner" not in _people("He met the students at the rally, Tavi Renner, and others on the lawn.")
