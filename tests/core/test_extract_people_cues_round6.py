"""People named the way the kinds pages named them (round 6 of issue 16):
a surname first and a day-like given name after an office, an office's
campus in commas, a counterpart, where a speaker comes from, an office in
brackets, signatory lines with titles and several descriptions, and words
that never end a person's name (management, a daily newsletter)."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_surname_before_a_day_like_given_name_after_an_office_is_a_name():
    people = _people("The chairman of the Tenants Federation (TF), Okafor Friday, led the march to the ministry.")
    assert "Okafor Friday" in people


def test_an_office_with_its_body_and_campus_in_commas_marks_the_name():
    people = _people("Speaking at the rally, Chairman Student Union, KSU Anyigba, Emeka Obi said classes would stop.")
    assert "Emeka Obi" in people


def test_a_counterpart_is_a_role():
    people = _people("The union's leader, Yakubu Danladi, and his Jos counterpart, Garba Bello, spoke to reporters.")
    assert "Garba Bello" in people


def test_where_a_speaker_comes_from_does_not_hide_the_speech_verb():
    people = _people("Tolu Adeyemi from the hall's tenants' committee told the meeting that rents must fall.")
    assert "Tolu Adeyemi" in people


def test_an_office_in_brackets_after_a_name_marks_a_person():
    people = _people("Dear Okon Essien (Vice-Chancellor) and Mira Castellanos (Chief Operating Officer),")
    assert people.get("Okon Essien") == "Vice-Chancellor"
    assert "Mira Castellanos" in people


def test_a_bracket_naming_a_place_is_no_office():
    assert "Tarn Holloway" not in _people("The motion passed at Tarn Holloway (Leeds) on Monday.")


def test_signatory_lines_with_titles_and_several_descriptions_are_all_people():
    text = ("We oppose the cuts.\n\n"
            "Prof Helen Essien, University of Kent\n"
            "Dr Mira Castellanos, University of Hull\n"
            "Tolu Adeyemi, University of York (retd.), UCU branch chair\n"
            "Garba Bello, University of Bath, UCU NEC member, lecturer\n")
    assert {"Helen Essien", "Mira Castellanos", "Tolu Adeyemi", "Garba Bello"} <= set(_people(text))


def test_management_and_a_daily_newsletter_are_no_people():
    people = _people("Initially Management claimed it could not pay. Sign up for the Mother Jones Daily newsletter.")
    assert not {"Initially Management", "Jones Daily"} & set(people)


def test_a_name_shaped_place_after_at_is_no_person():
    people = _people("The university is building a new campus at Brent Cross. Staff said the money was needed.")
    assert "Brent Cross" not in people


def test_a_given_name_also_written_as_a_title_stays_in_the_name():
    people = _people("Other leaders including Ameer Imran Qureshi, the society's president, were also present.")
    assert "Ameer Imran Qureshi" in people


def test_glued_names_in_a_list_of_people_are_people():
    people = _people("They named those responsible (KavitaRaman, AnilDeshmukh, Vinod Mehta and Alok Pandey).")
    assert {"KavitaRaman", "AnilDeshmukh"} <= set(people)


def test_a_numbered_speaker_label_names_a_person():
    text = ("Minutes of the mass meeting.\n"
            "Student 3, Lwazi Dlamini: The fees must be cleared before registration.\n"
            "Student 4, an international student: We cannot register either.\n")
    assert "Lwazi Dlamini" in _people(text)


def test_name_labels_opening_two_lines_are_speakers_but_one_heading_is_not():
    interview = ("Ines Calder: Why did you walk out?\nOkon Essien: Because the fees went up again.\n")
    assert {"Ines Calder", "Okon Essien"} <= set(_people(interview))
    assert "Quiet Reading" not in _people("Quiet Reading: the library stays open late this term.\n")


def test_a_four_word_name_with_a_role_after_it_is_read_whole():
    people = _people("Sione Ki Lani Vea, a second-year science student, said the fees were too high.")
    assert "Sione Ki Lani Vea" in people


def test_an_english_given_name_that_is_a_title_opens_a_hong_kong_name():
    people = _people("Prince Leung Ka-wai, 19, will take over as the group's spokesman next month.")
    assert "Prince Leung Ka-wai" in people
    assert "Leung Ka-wai" not in people
