"""People named the way reports from many countries name them: accents,
hyphenated syllables, Arabic articles, initials, an office with its body
before the name, long phrases after it, signatures, hyphenated offices and
newspapers that are never people (person_context, name_tokens)."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(ReadDocument(text=text, format="txt")).people}


def test_accented_names_are_read_whole():
    people = _people("Students marched on the rectorate. “We will stay,” said union president Zoltán Kovács.")
    assert "Zoltán Kovács" in people


def test_a_given_name_of_hyphenated_syllables_stays_with_the_surname():
    people = _people("The group met on Sunday. Chan Wai-man, 19, said the boycott would go ahead.")
    assert "Chan Wai-man" in people
    assert "Chan Wai" not in people


def test_an_arabic_surname_with_its_article_is_part_of_the_name():
    people = _people("The students demanded the removal of Khalid al-Harbi, the university director.")
    assert people.get("Khalid al-Harbi") == "university director"


def test_initials_open_or_sit_inside_a_name():
    people = _people("The statement was read out by lecturer R.K. Menon and by professor Tamsin E. Doyle.")
    assert {"R.K. Menon", "Tamsin E. Doyle"} <= set(people)


def test_an_office_and_its_body_before_a_comma_mark_the_name_after_them():
    people = _people("The march was led by the General Secretary of the Tenants Federation (TF), Obiora Nwachukwu.")
    assert people.get("Obiora Nwachukwu") == "Secretary of the Tenants Federation"


def test_an_office_then_a_comma_then_the_body_marks_the_name_too():
    people = _people("Speaking at the gate, the coordinator, Riverside Renters Network (RRN), Dele Okonjo, said "
                     "the strike would go on.")
    assert "Dele Okonjo" in people


def test_a_weekday_that_is_a_given_name_opens_the_name_after_an_office():
    people = _people("The rally was addressed by the President of the Student Assembly (SA), Sunday Okereke.")
    assert "Sunday Okereke" in people


def test_a_weekday_before_a_capitalised_word_still_dates_the_sentence():
    assert "Sunday Okereke" not in _people("The rally ended on Sunday Okereke Street was closed.")


def test_an_office_opening_a_long_phrase_after_the_name_is_its_role():
    people = _people("Adaeze Bello, the chairman of RTC while speaking to reporters outside the ministry gates on "
                     "the second day of the sit-in explained that the tenants would not pay.")
    assert people.get("Adaeze Bello") == "chairman of RTC"


def test_a_name_after_a_dash_closing_a_paragraph_is_its_signature():
    people = _people("Over two hundred staff signed within a day, which shows the anger on campus. –Pranesh Varma\n"
                     "The full letter follows.")
    assert "Pranesh Varma" in people


def test_a_bullet_dash_at_a_line_start_makes_no_person():
    assert "Print Article" not in _people("Occupation enters third week\n- Print Article\n- Email Article\n")


def test_a_hyphenated_office_before_a_name_is_a_role_not_part_of_the_name():
    people = _people("The lecturers marched to the ministry. Union Secretary-General Kipchumba Mutai urged "
                     "members to stay out.")
    assert "Kipchumba Mutai" in people


def test_secretary_general_written_as_two_words_is_a_role():
    people = _people("“We are marching to bring more on board,” said SRC secretary general Lerato Dube.")
    assert people.get("Lerato Dube") == "SRC secretary general"


def test_a_newspaper_told_a_quote_is_no_person():
    people = _people("In a statement to Riverside News, union president Aoife Nolan said the camp would stay.\n"
                     "Nolan told Riverside News Brennan “was not listening”.")
    assert "Aoife Nolan" in people
    assert not any("News" in name for name in people)


def test_plural_and_local_titles_are_cut_from_names():
    people = _people("Strikers were joined by Cllrs Maeve Hartley (Northgate) and Cllr Rupert Vane (Eastfield).")
    assert {"Maeve Hartley", "Rupert Vane"} <= set(people)
    assert not any(name.startswith("Cllr") for name in people)


def test_a_block_of_signatory_lines_holding_one_known_person_is_all_people():
    text = ("We, the undersigned staff, call on the council to drop the charges.\n\n"
            "Ayesha Rahman\nK.V. Iyer\nSudeshna Mitra\nTapan Kumar Bose\n")
    assert {"Ayesha Rahman", "K.V. Iyer", "Sudeshna Mitra", "Tapan Kumar Bose"} <= set(_people(text))


def test_a_guest_list_with_descriptions_is_all_people_and_its_heading_is_none():
    text = ("Students plan a strike\n\nMore Information\n\n"
            "Ottilie Grant, Year 9 student\nMarcus Ferrante, Climate Youth Collective\nHenrietta Bassi, researcher\n")
    people = _people(text)
    assert {"Ottilie Grant", "Marcus Ferrante", "Henrietta Bassi"} <= set(people)
    assert "More Information" not in people


def test_two_name_lines_are_no_block():
    text = "Notes from the picket\n\nSudeshna Mitra\nTapan Kumar Bose\n\nThe strike went on."
    assert _people(text) == {}


def test_lines_of_bodies_are_no_block_even_beside_a_person():
    text = "Signed,\n\nAyesha Rahman\nGreen Party\nTenants Union\nRiverside Trades Council\n"
    assert set(_people(text)) <= {"Ayesha Rahman"}


def test_a_third_name_word_of_hyphenated_syllables_is_kept():
    people = _people("Lam Ka-ming will replace Joshua Tam Chi-kin as the group's spokesman.")
    assert "Joshua Tam Chi-kin" in people


def test_a_relative_clause_about_a_thing_is_no_role():
    people = _people("The students marched past the square on their way to Harbour Revenue, which administers "
                     "the student loans.")
    assert "Harbour Revenue" not in people


def test_a_month_that_is_a_given_name_opens_the_name_after_an_office():
    people = _people("“The strike goes on,” said union deputy general secretary December Ndlovu.")
    assert "December Ndlovu" in people


def test_an_office_of_a_body_without_a_comma_marks_the_name_after_it():
    people = _people("Deputy Minister of Higher Education Lwando Mkhize visited the campus yesterday.")
    assert "Lwando Mkhize" in people


def test_an_office_before_a_bare_body_with_its_head_word_marks_the_name():
    people = _people("Also present was deputy convener Riverside Tenants Federation Imtiaz Qureshi, who spoke first.")
    assert "Imtiaz Qureshi" in people


def test_a_list_of_names_with_titles_and_brackets_gives_every_name():
    people = _people("Strikers were joined by Cllr Maeve Hartley (Northgate), Cllr Rupert Vane (Eastfield) and "
                     "Soraya Behzadi Tehrani (Westgate).")
    assert {"Maeve Hartley", "Rupert Vane", "Soraya Behzadi Tehrani"} <= set(people)


def test_a_name_followed_by_its_body_is_a_person_and_not_part_of_the_body():
    text = ("The alliance leaders including Junaid Khan of Riverside Students Federation (RSF), Farooq Durrani of "
            "Valley Youth Congress (VYC) and Ghulam Baig of People's Tenants Federation (PTF) spoke at the gate.")
    assert {"Junaid Khan", "Farooq Durrani", "Ghulam Baig"} <= set(_people(text))


def test_irish_and_arabic_particles_stay_inside_names():
    people = _people("Organisers Pádraig Ó Ceallaigh and Nuala Nic Aodha met the minister. Protesters waited outside "
                     "the office of Sheikh Hamad bin Jassim on the corniche.")
    assert {"Pádraig Ó Ceallaigh", "Nuala Nic Aodha", "Hamad bin Jassim"} <= set(people)


def test_a_sentence_listing_names_is_no_heading():
    people = _people("The strike rally was loud.\nSpeakers included Kwabena Mensah-Bonsu, Lindiwe Zulu and "
                     "Pablo Ortega Ruiz.")
    assert {"Kwabena Mensah-Bonsu", "Lindiwe Zulu", "Pablo Ortega Ruiz"} <= set(people)


def test_an_auxiliary_verb_is_not_part_of_a_role():
    people = _people("Labour MP Dawn Butler joined the picket, as did Green councillor Carla Denyer.")
    assert people.get("Carla Denyer") == "Green councillor"


def test_a_title_word_after_given_names_is_a_surname():
    people = _people("“We need our own reason to fight,” says Mary Ellen Bishop, head of the Ontario chapter. "
                     "The tour was praised by Howard Dean.")
    assert {"Mary Ellen Bishop", "Howard Dean"} <= set(people)


def test_a_word_that_is_also_a_given_name_opens_the_name_after_an_office():
    people = _people("JHHS sophomore Summer Okafor called the walkout a powerful experience.")
    assert "Summer Okafor" in people


def test_a_season_before_a_capitalised_word_without_a_cue_is_no_person():
    assert _people("The campaign resumes after the Summer Okafor Road works end.") == {}


def test_words_set_apart_by_wide_blanks_are_no_name():
    people = _people("By  Tendai Moyo    File picture: students outside the gates\nPolice arrested 15 students on Tuesday.")
    assert not any(name.endswith("File") for name in people)
