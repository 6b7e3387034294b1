"""Organisations, round 13: a name after "Students in" starts at its capital,
a dash glued to a name's last word is no part of it, a nation's police is
described rather than named, and a page cut off mid-word names nothing in
the name it stops in."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_name_after_students_in_starts_at_its_capital():
    orgs = _orgs("The union backs the campaign. Students in Westbrook College Arlen are paying rising rents.")
    assert "Westbrook College Arlen" in orgs
    assert not any(name.startswith("in ") for name in orgs)


def test_a_dash_glued_to_the_last_word_keeps_the_whole_name():
    orgs = _orgs("The union accused the Ostland Teachers Service Commission- OTSC of unfair transfers.")
    assert "Ostland Teachers Service Commission" in orgs
    assert "Ostland Teachers Service" not in orgs


def test_a_nations_police_is_no_named_force():
    orgs = _orgs("Ruritanian police detained 40 students on Monday. Later, Arlen police released them.")
    assert "Ruritanian Police" not in orgs
    assert "Arlen Police" in orgs


def test_a_nations_police_force_written_in_full_is_named():
    orgs = _orgs("The Ruritanian police Force said the march was unlawful.")
    assert "Ruritanian Police Force" in orgs


def test_a_page_cut_off_mid_name_names_no_body_there():
    orgs = _orgs("Education funding was cut again. The union met on Monday. "
                 "He said that the Ministry of Edu")
    assert not any(name.startswith("Ministry") for name in orgs)


def test_a_page_ending_on_a_whole_name_keeps_it():
    orgs = _orgs("The march was covered widely. Report by the Arlen Students Union")
    assert "Arlen Students Union" in orgs


def test_a_name_in_apposition_with_a_bodys_wing_or_arm_is_a_body():
    orgs = _orgs("Meanwhile, KALIPA, the cultural arm of the teachers' alliance, danced in the square. "
                 "Ostland Youth Front, the student wing of the ruling party, stayed away.")
    assert "KALIPA" in orgs
    assert "Ostland Youth Front" in orgs


def test_an_arm_that_is_no_body_names_none():
    orgs = _orgs("The officer raised his baton, the arm of the law, and the crowd fell back.")
    assert not orgs



def test_a_last_word_only_a_lower_case_word_begins_is_no_cut():
    # "unions" and "united" begin with the last words, but in lower case: no page cut mid-word.
    assert "National Education Union" in _orgs(
        "Several unions wrote to parents on 6 March 2024 about class sizes. "
        "Their joint letter was signed by the National Education Union")
    assert "Unite" in _orgs("Bus drivers united behind the pay claim on 4 March 2024. "
                            "The walkout was called by Unite")



def test_a_last_word_written_whole_elsewhere_is_no_cut():
    # "Unionists" begins with "Union", but "Union" is also written on its own earlier.
    assert "Arlen Teachers Union" in _orgs(
        "Unionists in the Union met at the town hall on 4 March 2024. "
        "The walkout was called by the Arlen Teachers Union")
