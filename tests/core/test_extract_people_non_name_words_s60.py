"""Words no one is called by, read in a name-shaped run (stop 60): a question's "Whither", a page's "Print
Thread", a place's "Zone" or "Commune", a group's "Platform", "Abroad", a field's "Medicine", an annual or
financial report's name, "New" opening a place or a body, and ordinals ("Third Level"), not as a name's last
word ("Ama New")."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


@pytest.mark.parametrize("text, not_a_person", [
    ("Fees went up. I Whither Lakeland, the writer is critical of the strike.", "Whither Lakeland"),
    ("Print Thread\nSchool Strike! #5497", "Print Thread"),
    ("\"We will not be moved,\" New Dawn of Lakeland University president Ama Lind said on Monday.", "New Dawn"),
    ("The walkout that began on Friday and first closed cafes in Harbourton, Arlen and Westbrook, has added "
     "New Ostland, Kea Holm and Lakeland, Tutors United said in a statement.", "New Ostland"),
    ("When reached, the Organiser, North-East Zone of the Lakeland Tutors Guild, Jo Arlen, said the guild "
     "would march.", "North-East Zone"),
    ("\"I know whom to call if the tutors need help,\" said Ms. Ama Lind, Head of LTG, Kelmey Commune, "
     "Arlen county.", "Kelmey Commune"),
    ("Harbourton on Strike, a coalition of 30 unions, along with Secondary School Pupil Preparatory Platform for "
     "Change, will host the vote today.\n\nJo Arlen, the chairperson of the Harbourton Tutors Union, said the "
     "members will vote.", "Preparatory Platform"),
    ("Jo Arlen from Guild Aid Abroad KEA spoke.\n\nJo Arlen is currently Coordinator for Guild Aid Abroad – KEA "
     "across Lakeland.", "Aid Abroad"),
    ("Dr Ama Lind is a doctor and director of the Fit4Job Occupational Medicine and Lakeland Study Centre where "
     "she works.", "Job Occupational Medicine"),
    ("According to LU’s Annual Financial Report, overseas student fees accounted for most.",
     "Annual Financial Report"),
    ("Against Strike Action - 8.4%\n\nTutor Service – Third Level\n\nFor Strike Action - 79.3%", "Third Level"),
])
def test_a_run_holding_a_word_no_one_is_called_is_no_person(text, not_a_person):
    assert not_a_person not in _people(text)


def test_a_person_named_beside_such_a_word_is_still_read():
    people = _people("\"We will not be moved,\" New Dawn of Lakeland University president Ama Lind said on Monday.")
    assert "Ama Lind" in people


@pytest.mark.parametrize("text, person", [
    ("Ama New, a nurse, said the talks with the board failed.", "Ama New"),
    ("The talks with the board failed, said nurse Jo First.", "Jo First"),
    ("Mira Tane New, a nurse, said the talks with the board failed.", "Mira Tane New"),
])
def test_new_or_an_ordinal_ending_a_name_is_a_surname(text, person):
    assert person in _people(text)
