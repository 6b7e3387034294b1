"""Initials written without full stops (issue 16, round 12): a lone capital
between a given name and a surname, and capitals opening a name after an
office or at a line's start; a body's acronym, an office's abbreviation and the article "A" in a heading
are no initials. Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.name_initials import leading_initials
from test_extract_people_round10 import _people


def _role_word(word: str) -> bool:
    return word.lower().strip(",") in {"chancellor", "correspondent", "registrar", "president"}


@pytest.mark.parametrize(("text", "person"), [
    ("Hundreds of students marched. Priya K Nair, another student, told reporters the march was calm.", "Priya K Nair"),
    ("Tutors walked out, said Registrar Probir K Das.", "Probir K Das"),
    ("The hall was closed, said Vice Chancellor ASM Rahim Uddin, who chaired the meeting.", "ASM Rahim Uddin"),
    ("Hundreds of students marched.\nA S Rohan Mehta, a PhD scholar from the history department, said it was calm.",
     "A S Rohan Mehta"),
])
def test_bare_initials_are_part_of_the_name(text: str, person: str):
    people = _people(text)
    assert person in people
    assert person.split(" ", 1)[1] not in people or person.split()[0] in {"Priya", "Probir"}


@pytest.mark.parametrize(("text", "not_people"), [
    # a body's acronym used elsewhere on the page is no initials
    ("UCU members marched. UCU Jane Smith said the picket was calm.", {"UCU Jane Smith"}),
    # an office's abbreviation is a title
    ("Students marched.\nPM Rahul Verma said the exams would go ahead.", {"PM Rahul Verma"}),
])
def test_acronyms_and_offices_are_no_initials(text: str, not_people: set[str]):
    assert not_people.isdisjoint(_people(text))


def test_the_article_in_a_heading_joins_no_name():
    assert "Students Hold A Rally" not in _people("Students Hold A Rally\n\nStudents held a rally, said Jane Smith.")


def test_leading_initials_need_an_office_or_a_line_start():
    text = "The report names SK Anita Rao as a tutor."
    start = text.index("Anita")
    assert leading_initials(text, [("Anita Rao", start)], _role_word) == {}
    text = "Chancellor SK Anita Rao spoke."
    assert leading_initials(text, [("Anita Rao", text.index("Anita"))], _role_word) == \
        {"Anita Rao": ("SK Anita Rao", text.index("SK"))}
