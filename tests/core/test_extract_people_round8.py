"""People as fresh pages from Nigeria, Ghana, the Philippines, Bangladesh and
the US name them (issue 16, round 8): a role then any speech verb, a rank's
letters between a speech verb and the name, "Prince" as a given name, a name
written in full and then by its tail, the end of a body's name after
"Against", departments and places named after people, and roles without a
courtesy title or a bracket's end. Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_role_after_the_name_then_any_speech_verb_marks_a_person():
    people = _people("Students left their classes at noon. Dalisay Tomacruz, convenor of the Tenants League (TL) "
                     "declared the day a success.")
    assert people.get("Dalisay Tomacruz") == "convenor of the Tenants League (TL)"


def test_a_rank_in_capitals_between_the_speech_verb_and_the_name_keeps_the_cue():
    people = _people("“The road is blocked,” said OC Rafiqul Wazed Hossain.")
    assert "Rafiqul Wazed Hossain" in people


def test_prince_before_a_given_name_and_a_surname_is_a_given_name():
    people = _people("Union vice-chairperson Prince Harold Magbanua said the strike would go on.")
    assert "Prince Harold Magbanua" in people
    assert "Harold Magbanua" not in people


def test_a_name_given_in_full_then_by_its_tail_is_one_person():
    people = _people("Mr Kwabena Asante Jnr, leader of the tenants, told reporters the rent was unlawful.\n\n"
                     "Mr Asante Jnr also said the hostel had doubled its fees.")
    assert "Kwabena Asante Jnr" in people
    assert "Asante Jnr" not in people


def test_words_after_against_close_a_body_s_name_not_a_person_s():
    people = _people("The Coalition Against Rent Rise, revealed that it would march on Friday.")
    assert "Rent Rise" not in people


def test_departments_after_a_signatory_are_not_people():
    people = _people("Sincerely,\n\nMarisol Vantongeren, Professor, Director, Caribbean Studies\n\n"
                     "Okonkwo Balewa, Professor, Political Science\n")
    assert "Caribbean Studies" not in people
    assert "Political Science" not in people


def test_a_circle_named_after_a_person_is_a_place():
    people = _people("The marchers gathered at the bus stop, Kofi Annan Circle, before noon, said organiser Ama Owusu.")
    assert "Kofi Annan Circle" not in people
    assert "Ama Owusu" in people


def test_a_courtesy_title_is_no_role_and_a_bracket_s_end_is_cut_from_one():
    people = _people("They vowed to march until Mrs. Corazon Villafuerte resigns. The Student Council (SC) "
                     "vice-chairperson Rowena Dimaculangan said the walkout would go ahead.")
    assert people.get("Corazon Villafuerte") is None
    assert people.get("Rowena Dimaculangan") == "vice-chairperson"


def test_an_age_after_the_speech_verb_or_after_the_name_marks_a_person():
    people = _people("“We will be gone soon enough,” said 15-year-old Brennan Okafor-Lind, who marched with her class. "
                     "Tomasz Wierzbicki, a 6-year-old pupil from the village, came with his father.")
    assert "Brennan Okafor-Lind" in people
    assert "Tomasz Wierzbicki" in people


def test_a_name_before_a_phone_number_is_a_press_contact():
    people = _people("Media contacts:\nInside the building: Ottilie Brannagh, (312) 555-0142\n")
    assert "Ottilie Brannagh" in people


def test_newspapers_and_police_units_ending_a_run_are_not_people():
    people = _people("The president told Northern Eye that officers from the Canine Unit arrived. A spokesman for "
                     "Campus Safety said the doors were shut.")
    assert not {"Northern Eye", "Canine Unit", "Campus Safety"} & set(people)


def test_a_name_after_led_or_joined_by_is_a_person_whatever_the_given_name():
    people = _people("Students marched to the ministry. The march was led by Ngozika Obiora. They were later "
                     "joined by Vusumuzi Khoza.")
    assert {"Ngozika Obiora", "Vusumuzi Khoza"} <= set(people)


def test_a_body_after_led_by_is_no_person():
    people = _people("The rent strike was organised by Sisters Uncut and led by Youth Strike.")
    assert not {"Sisters Uncut", "Youth Strike"} & set(people)
