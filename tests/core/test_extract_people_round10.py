"""People named by layout and by offices, whatever their given names
(issue 16, round 10): a quotation's speaker after a dash, a name over a
letter's closing or in an address block, lists under a heading or after a
label, offices listed before names, an office's portfolio before the name,
a generation's numeral after it. Every text here is written for the test,
and the given names are ones no list of common names needs to hold."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_speaker_named_after_the_dash_that_closes_a_quote_is_a_person():
    people = _people("Learners will march on Friday.\n\n“Our classrooms have no roofs.” – Zikhona Matyila, "
                     "Grade 10 learner\n\nThe march starts at nine.")
    assert "Zikhona Matyila" in people


def test_a_speaker_on_the_line_under_a_quote_after_a_dash_is_a_person():
    people = _people("Learners will march on Friday.\n\n“Our classrooms have no roofs.”\n\n— Zikhona Matyila, "
                     "Grade 9\n")
    assert "Zikhona Matyila" in people


def test_a_quoted_slogan_then_a_dash_then_a_heading_names_no_one():
    people = _people("“No Cuts” – Student Protests Continue\n\nStudents marched again on Monday.")
    assert people == {}


def test_a_name_then_a_dash_then_an_office_is_a_person_with_that_office():
    people = _people("Statement on the strike\n\nKelechi Obiorah — General Secretary, Tenants Union\n")
    assert people.get("Kelechi Obiorah") == "General Secretary, Tenants Union"


def test_a_name_alone_under_a_letter_s_closing_is_its_signatory():
    people = _people("We will not pay the rent increase.\n\nIn solidarity,\n\nTshepiso Maluleke\n")
    assert "Tshepiso Maluleke" in people


def test_a_name_followed_by_a_phone_number_or_an_address_is_a_contact_person():
    assert "Oyelaran Fasasi" in _people("For interviews, contact Oyelaran Fasasi on 0802 555 0147.")
    assert "Oyelaran Fasasi" in _people("For interviews contact Oyelaran Fasasi at press@renters.example.org.")


def test_a_titled_name_filling_its_line_in_an_address_block_is_no_heading():
    people = _people("Open letter to the council\n\nDr. Marivic T. de Guzman\nChair, Finance Committee\n\n"
                     "Dear Dr. de Guzman:\n\nWe write about the fees.")
    assert "Marivic T. de Guzman" in people


@pytest.mark.parametrize("text", [
    # names under a heading that says who is listed, whoever they are
    "We oppose the closure of the library.\n\nSignatories:\nTshepiso Maluleke\nOyelaran Fasasi (Renters Union)\n"
    "Ifeoluwa Adesanmi\n",
    # a list after a label that says it names speakers
    "The rally heard from many.\n\nSpeakers included Tshepiso Maluleke (NUS), Oyelaran Fasasi and Ifeoluwa Adesanmi.",
    # offices listed each before a name, parted by semicolons
    "The notice was signed by the union's welfare director, Tshepiso Maluleke; assistant secretary general, "
    "Oyelaran Fasasi; and treasurer (North), Ifeoluwa Adesanmi.\n",
])
def test_names_listed_as_signatories_speakers_or_officers_are_people_whoever_they_are(text: str):
    assert {"Tshepiso Maluleke", "Oyelaran Fasasi", "Ifeoluwa Adesanmi"} <= set(_people(text))


def test_lines_of_bodies_under_a_signatories_heading_are_no_people():
    people = _people("We oppose the closure of the library.\n\nSignatories:\nRenters Union\nStudents Union\n"
                     "Library Campaign\n")
    assert people == {}


def test_a_ministry_s_portfolio_between_the_office_and_the_name_is_not_part_of_the_name():
    people = _people("Students marched to the treasury where Minister of Finance Ntsikelelo Mbeki-Zondo spoke.")
    assert people.get("Ntsikelelo Mbeki-Zondo") == "Minister of Finance"
    assert "Finance Ntsikelelo Mbeki-Zondo" not in people


def test_an_office_in_a_body_before_the_name_is_a_role():
    people = _people("The unions handed the memorandum to the Minister in the Presidency Lwandile Khumalo.")
    assert people.get("Lwandile Khumalo") == "Minister in the Presidency"


def test_an_unfamiliar_given_name_opening_a_three_word_name_is_not_taken_for_a_title():
    people = _people("The boycott began on Monday. Tavish Kenneth Oduya, acting president of the union, hopes "
                     "it will spread.")
    assert "Tavish Kenneth Oduya" in people
    assert "Kenneth Oduya" not in people


def test_after_an_office_a_three_word_name_keeps_its_first_word():
    people = _people("Students gathered near the hall. Party Joint General Secretary Imtiaz Kabir Chowdhury arrived "
                     "at the scene around noon and spoke to them.")
    assert "Imtiaz Kabir Chowdhury" in people


def test_an_office_no_list_holds_before_a_three_word_name_is_left_out():
    people = _people("Students objected. UP Student Regent Maria Isabel Dumalagan likened it to martial law.")
    assert "Maria Isabel Dumalagan" in people


def test_a_generation_s_numeral_stays_with_the_name():
    people = _people("Fees rose during the term of President Ferdinand Magsalin III, the group said.")
    assert "Ferdinand Magsalin III" in people
    assert "Ferdinand Magsalin" not in people


def test_a_month_word_ends_a_name_only_with_a_cue():
    assert "Oliver May" in _people("The no campaign was led by Oliver May, a history student.")


def test_an_actor_named_after_the_word_is_a_person():
    assert "Gajraj Vashisht" in _people("Students opposed the appointment of film actor Gajraj Vashisht as chair.")


def test_a_person_described_as_a_group_s_spokeswoman_stays_a_person():
    people = _people("Tenants marched. Ntombizodwa Hlatshwayo, a spokeswoman for the group, said they would "
                     "go on.")
    assert people.get("Ntombizodwa Hlatshwayo") == "spokeswoman for the group"


def test_a_name_then_who_after_a_comma_is_a_person_but_not_a_describing_word_opening_a_sentence():
    assert "Nokwanda Sithole" in _people("Tenants marched. Cheers greeted Nokwanda Sithole, who led the march.")
    assert "Centre-right Sithole" not in _people("Voters turned out. Centre-right Sithole, who took office in May, "
                                                 "promised free tuition.")


def test_a_name_then_its_body_between_commas_then_a_speech_verb_is_a_person():
    people = _people("Tenants marched. Nokwanda Sithole, of the Riverside Tenants Union, said the rent was too high.")
    assert "Nokwanda Sithole" in people


def test_a_name_that_announces_or_confirms_is_a_person():
    assert "Nokwanda Sithole" in _people("Tenants marched. Nokwanda Sithole announced that the strike would go on.")


def test_a_captain_s_rank_is_no_part_of_the_name():
    people = _people("Tenants marched. Police spokesperson Captain Nokwanda Sithole confirmed the arrests.")
    assert "Nokwanda Sithole" in people


def test_names_listed_after_a_plural_of_people_and_a_comma_are_people():
    people = _people("Tenants marched. Two students, Nokwanda Sithole and Ikaika Kealoha, were arrested.")
    assert {"Nokwanda Sithole", "Ikaika Kealoha"} <= set(people)


@pytest.mark.parametrize("text", [
    "Open letter\n\nTo:\nThe Honourable Nokwanda Sithole, MP\nMinister of Higher Education\n\nDear Minister,\n",
    "Memorandum\n\nAttention: Prof. Nokwanda Sithole\nVice-Chancellor\n",
    "Memorandum to the council.\n\nCC: Dr. Nokwanda Sithole, Registrar\n",
])
def test_a_titled_name_in_an_address_block_is_a_person_with_no_title_glued_on(text: str):
    people = _people(text)
    assert "Nokwanda Sithole" in people
    assert not any(name.startswith(("Honourable", "Prof", "Dr")) for name in people)


def test_a_title_s_abbreviation_before_a_name_is_its_title_though_its_full_stop_ends_a_sentence():
    assert _people("Tenants marched. The crowd was addressed by Engr. Nokwanda Sithole at noon.") == \
        {"Nokwanda Sithole": "Engr"}


def test_a_deputy_before_a_comma_is_an_office():
    people = _people("Tenants marched. The march was led by the chair and her deputy, Ikaika Kealoha.")
    assert people.get("Ikaika Kealoha") == "her deputy"


def test_a_desk_or_service_before_a_phone_number_is_no_person():
    people = _people("Tenants marched. For help call Tenant Services on 020 7946 0011 or Customer Care at "
                     "care@renters.example.org.")
    assert people == {}


def test_a_place_and_a_year_after_a_quote_s_dash_name_no_one():
    assert _people("Tenants marched.\n\n\"We want homes\"\n- Eastern Heights, 2019\n") == {}


def test_a_four_word_name_after_an_office_is_read_whole():
    people = _people("Students marched. On July 1, President Kwesi Ato Dankwa Mensah-Bonsu instructed the minister "
                     "to act.")
    assert people.get("Kwesi Ato Dankwa Mensah-Bonsu") == "President"
