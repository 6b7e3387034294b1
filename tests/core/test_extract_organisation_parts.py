"""A body's name read whole, not in parts: a chamber of commerce, and a
part of a name one finder read beside the whole name another read (stop 35)."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.organisation_spans import with_listed_subjects_before
from timeline_app.core.models import ReadDocument


def _organisations(text: str) -> set[str]:
    return {org.name for org in extract(ReadDocument(text=text, format="txt")).organisations}


@pytest.mark.parametrize(("sentence", "chamber"), [
    ("The London Chamber of Commerce said the strike would hurt business.", "London Chamber of Commerce"),
    # its place and both trades kept
    ("The Kenya National Chamber of Commerce and Industry said talks had failed.",
     "Kenya National Chamber of Commerce and Industry")])
def test_a_chamber_of_commerce_is_a_body(sentence: str, chamber: str):
    assert chamber in _organisations(f"Strike news\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", ["Councillors met in the Council Chamber on Monday.",
                                      "The Upper Chamber passed the bill on Monday.",
                                      "The Italian Chamber voted, and the Chamber of Deputies met."])
def test_a_room_or_a_house_of_parliament_called_a_chamber_is_no_body(sentence: str):
    assert _organisations(f"Council news\n\n{sentence}\n") == set()


def test_a_room_named_after_the_body_it_belongs_to_leaves_the_body_named():
    text = "Sit-in news\n\nStudents held a sit-in in the Long Chamber of Leeds Trades Council on Monday.\n"
    assert _organisations(text) == {"Leeds Trades Council"}


def test_a_room_before_a_chamber_of_commerce_in_the_next_sentence_stays_out_of_its_name():
    text = ("Strike news\n\nWorkers rallied outside the Council Chamber. The Chamber of Commerce said the strike "
            "cost a million.\n")
    assert _organisations(text) == {"Chamber of Commerce"}


def test_a_part_of_a_name_written_only_inside_the_whole_name_is_no_second_body():
    text = "Strike news\n\nCleaners employed by Barts Health NHS Trust walked out on Monday.\n"
    assert _organisations(text) == {"Barts Health NHS Trust"}


def test_capitals_before_a_name_belong_to_it_when_a_word_case_acronym_spells_them():
    text = ("Shutdown news\n\nThe Congress of WB Trade Unions (Cowbtu) and the WB Federation of Trade Unions "
            "(Wbftu) plan to down tools on Thursday.\n")
    assert {"Congress of WB Trade Unions", "WB Federation of Trade Unions"} <= _organisations(text)


@pytest.mark.parametrize("sentence, body", [
    ("Members of Cosatu and their affiliates gathered in Pretoria on Wednesday.", "Cosatu"),
    ("Kuppet officials said teachers would strike on Monday.", "Kuppet"),
    ("Drivers belonging to the Teamsters walked off the job on Friday.", "Teamsters"),
])
def test_unions_their_own_press_writes_as_words_are_bodies(sentence: str, body: str):
    assert body in _organisations(f"Strike news\n\n{sentence}\n")


def test_a_given_name_is_never_taken_for_a_union_of_that_spelling():
    result = extract(ReadDocument(text="Book news\n\nThe novelist Knut Hamsun said he would write again.\n",
                                  format="txt"))
    assert [person.name for person in result.people] == ["Knut Hamsun"] and not result.organisations


def test_an_institution_closing_a_numbered_signature_line_is_a_body_though_the_line_is_title_case():
    text = ("Open letter to the president\n\nWe, the undersigned, ask the president to reverse the decision.\n\n"
            "1. Leslie Kay, Psychology, University of Chicago\n")
    assert "University of Chicago" in _organisations(text)


@pytest.mark.parametrize("line", ["Opinion | Trade Union Bill", "1. Introduction, Background, Trade Union Law",
                                  "Sport | Rugby Union Results", "Leeds, Bradford, Wakefield College Strike"])
def test_a_heading_or_a_menu_ending_in_a_head_word_is_no_signature(line: str):
    assert _organisations(f"{line}\n\nThe bill was debated on Monday.\n") == set()


@pytest.mark.parametrize("sentence, body", [
    ("Unite, GMB And Chamber of Commerce leaders met on Tuesday.", "GMB"),
    ("Business leaders told BBC Scotland Chamber of Commerce figures showed losses.", "BBC"),
])
def test_a_chamber_of_commerce_takes_in_no_other_body_before_it(sentence: str, body: str):
    assert body in _organisations(f"Strike news\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "On Tuesday Nairobi Chamber of Commerce chief Ann Wambui said the strike had cost its members a great deal.",
    "According To Nairobi Chamber of Commerce figures, losses grew.",
])
def test_a_chamber_of_commerce_keeps_its_place_but_not_the_words_opening_the_sentence(sentence: str):
    result = extract(ReadDocument(text=f"Strike news\n\n{sentence}\n", format="txt"))
    assert "Nairobi Chamber of Commerce" in {org.name for org in result.organisations}
    assert not any("Chamber" in person.name for person in result.people)


@pytest.mark.parametrize("sentence", ["They marched down Chamber of Commerce Road on Monday.",
                                      "She won the Chamber of Commerce Award on Monday.",
                                      "Business groups and local Chambers of Commerce objected on Monday."])
def test_a_road_a_prize_or_a_plural_named_after_chambers_of_commerce_is_no_body(sentence: str):
    assert _organisations(f"Strike news\n\n{sentence}\n") == set()


@pytest.mark.parametrize("sentence", ["A Forsa survey found most voters backed the strike.",
                                      "Marchers chanted 'Trabaho, Sahod, Karapatan!' on Monday.",
                                      "Sangguniang Kabataan chairpersons joined the rally on Monday."])
def test_words_that_spell_a_union_in_another_sense_are_no_body(sentence: str):
    assert _organisations(f"Rally news\n\n{sentence}\n") == set()


def test_a_known_union_a_page_defines_is_one_body_under_its_full_name():
    text = ("Strike news\n\nThe Congress of South African Trade Unions (Cosatu) marched on Tuesday. Cosatu said "
            "wages were too low.\n")
    assert _organisations(text) == {"Congress of South African Trade Unions"}


def test_a_word_case_acronym_takes_no_capitals_its_name_spells_without():
    text = ("Strike news\n\nMarchers reached the US Union of Shop, Distributive and Allied Workers (Usdaw) office "
            "on Tuesday.\n")
    assert "Union of Shop, Distributive and Allied Workers" in _organisations(text)


def test_a_court_named_only_near_a_word_of_labour_is_no_body():
    assert _organisations("Strike news\n\nThe Labour Party's High Court appeal failed on Monday.\n") <= {"Labour"}


def test_a_diocese_is_a_body_and_no_person():
    result = extract(ReadDocument(text="Statement news\n\nThe Catholic Bishop of Arlen Diocese, Bishop Tomas Verhoen, "
                                       "put his name to the letter on Monday.\n", format="txt"))
    assert "Arlen Diocese" in {org.name for org in result.organisations}
    assert "Arlen Diocese" not in {person.name for person in result.people}


def test_a_rank_in_brackets_after_a_name_is_no_body_but_a_union_there_is():
    honour = ("Statement news\n\nThirty senior lawyers, including Dr. Ade Morenike (SAN) and Mr. Kola "
              "Benson (SAN), urged the president to act on Monday.\n")
    union = "Strike news\n\nThe strike was called by Jo Bloggs (UCU) on Monday.\n"
    assert "SAN" not in _organisations(honour)
    assert "UCU" in _organisations(union)


def test_a_name_joined_by_and_stays_whole_before_its_leaders_name():
    text = ("Nurses' strike\n\nThe tribunal will rule next, according to general secretary of the Harbourton Nurses "
            "and Carers Organisation Orla Keane.\n")
    assert _organisations(text) == {"Harbourton Nurses and Carers Organisation"}


@pytest.mark.parametrize(("sentence", "body"), [
    ("The letter was signed by historian Mira Castell and Lakeland University Professor Piet Dorran.",
     "Lakeland University"),
    ("Speakers included Tom Ardley and Nessa Quill of the Green Party.", "Green Party")])
def test_a_person_before_and_is_no_part_of_the_body_after_it(sentence: str, body: str):
    assert _organisations(f"Letter news\n\n{sentence}\n") == {body}


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("Nurses at Cavan General Hospital will protest on Monday.", {"Cavan General Hospital"}),
    ("Staff at the Royal Victoria Infirmary and Freeman Hospital walked out.",
     {"Royal Victoria Infirmary", "Freeman Hospital"})])
def test_a_hospital_is_a_body_its_staff_strike_against(sentence: str, bodies: set[str]):
    assert _organisations(f"Strike news\n\n{sentence}\n") == bodies


def test_a_union_naming_hospitals_in_its_list_of_trades_stays_whole():
    text = ("Strike news\n\nThe Ostland Union of Catering, Laundries, Training Colleges, Hospitals and Allied "
            "Workers said its members would strike.\n")
    assert "Ostland Union of Catering, Laundries, Training Colleges, Hospitals and Allied Workers" in \
        _organisations(text)


def test_a_watchdog_named_watch_is_a_body_never_a_person():
    text = ("Strike news\n\nSix marchers died in the clashes, according to Ostland Rights Watch, and "
            "dozens were hurt.\n")
    result = extract(ReadDocument(text=text, format="txt"))
    assert {o.name for o in result.organisations} == {"Ostland Rights Watch"}
    assert not result.people


@pytest.mark.parametrize(("sentence", "body"), [
    ("Separately, Arlen Teaching and Referral Hospital has opened talks.", "Arlen Teaching and Referral Hospital"),
    ("The National Transport, Health and Allied Workers' Union said talks failed.",
     "National Transport, Health and Allied Workers' Union")])
def test_a_sentences_opening_word_is_no_subject_of_a_listed_name(sentence: str, body: str):
    assert _organisations(f"Strike news\n\n{sentence}\n") == {body}


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("Staff at the University of Leeds and Unison said the strike would go on.", {"University of Leeds", "Unison"}),
    ("Protests broke out at the University of the Western Plains and Sasco says every campus will shut.",
     {"University of the Western Plains", "Sasco"})])
def test_a_known_body_after_and_is_no_part_of_the_body_before_it(sentence: str, bodies: set[str]):
    assert _organisations(f"Strike news\n\n{sentence}\n") == bodies


def test_the_tail_of_one_name_is_no_subject_listed_in_the_next():
    names = _organisations("Strike news\n\nIn Lakeland the University of Harbourton, Arlen and Westbrook University "
                           "of Technology are likely to shut.\n")
    assert "University of Harbourton" in names and not any(n.startswith("Harbourton") for n in names), names


@pytest.mark.parametrize(("sentence", "body"), [
    ("Cleaners at Barts Health NHS Trust walked out on Monday.", "Barts Health NHS Trust"),
    ("Staff employed by Newcastle Hospitals NHS Foundation Trust walked out.",
     "Newcastle Hospitals NHS Foundation Trust"),
    ("On Monday NHS Trust managers met the union.", "NHS Trust")])
def test_an_acronyms_trust_begins_at_the_words_naming_whose_it_is(sentence: str, body: str):
    assert _organisations(f"Strike news\n\n{sentence}\n") == {body}


def test_a_department_for_listed_subjects_is_one_body_and_a_listed_council_another():
    assert _organisations("Protest news\n\nProtesters blocked the Department for Business, Energy and Industrial "
                          "Strategy on Monday.\n") == {"Department for Business, Energy and Industrial Strategy"}
    assert _organisations("Strike news\n\nOn Monday the officials of the Department for Education, Leeds City "
                          "Council and Unison met in the city to talk about the strike and the pay offer.\n") == \
        {"Department for Education", "Leeds City Council", "Unison"}


@pytest.mark.parametrize(("sentence", "body"), [
    ("On Monday the Executive Board of the Harbourton Federation of Teachers backed a rally.",
     "Harbourton Federation of Teachers"),
    ("On Monday the National Executive Committee of the African National Congress met in the city.",
     "African National Congress"),
    ("On Monday the Council of the European Union met in the city to talk about the strike.",
     "Council of the European Union")])
def test_a_bodys_described_organ_is_the_body(sentence: str, body: str):
    assert _organisations(f"Strike news\n\n{sentence}\n") == {body}


def test_a_name_taking_back_listed_subjects_starts_at_their_first_word_however_spaced():
    text = "Members of the National  Transport, Health and Allied Workers Union said no."
    name = "Health and Allied Workers Union"
    taken, start = with_listed_subjects_before(text, name, text.find(name))
    assert taken == "National Transport, Health and Allied Workers Union"
    assert text.startswith("National", start)
