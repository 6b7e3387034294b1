"""Names cut at a wrong "and" (issue 16, stop 62): the last "and" of a list of bodies glued into the run of the
list's last body, a trust that two places joined by "and" own, a topic running on into the next body, a party a
body's possessive owns; and a name cut at a Romance "of" ("di", "de"). Texts written for the test."""

from __future__ import annotations

import pytest
from extracted import organisation_names
from test_extract_organisation_recall_h6 import _reads


def test_the_last_and_of_a_list_after_a_body_and_its_comma_parts_the_items():
    _reads("Campuses close\n\nLecturers walked out on Monday at the University of Harbourton, Kea and Westbrook "
           "University of Technology, the union said.\n",
           {"University of Harbourton", "Westbrook University of Technology"},
           {"Kea and Westbrook University of Technology"})


def test_a_town_after_a_body_s_comma_is_no_part_of_the_next_body():
    _reads("Campuses close\n\nStaff struck at Kea College, the Ostland Institute of Education, Arlen and Lakeland "
           "State University on Tuesday.\n", {"Lakeland State University"}, {"Arlen and Lakeland State University"})


@pytest.mark.parametrize("sentence, name, cut", [
    ("The study was funded by the Lakeland Trust, Science and Engineering Research Council.",
     "Science and Engineering Research Council", "Engineering Research Council"),
    ("After talks with the Harbourton Council, Tenants and Residents Association members voted.",
     "Tenants and Residents Association", "Residents Association"),
    ("The rally was called by the Lakeland Nurses Union, Doctors and Dentists Union.",
     "Doctors and Dentists Union", "Dentists Union"),
    ("Staff walked out at the Westbrook Institute, Kea Holm and Lakeland University on Monday.",
     "Kea Holm and Lakeland University", "Kea Holm"),
    ("The study was funded by the Westbrook Research Council, Engineering and Physical Sciences Research Council.",
     "Engineering and Physical Sciences Research Council", "Physical Sciences Research Council"),
])
def test_a_comma_after_a_body_shows_no_list_by_itself(sentence: str, name: str, cut: str):
    # a fronted clause or a lone body before the comma: the "and" is the next name's own unless the word before it
    # is a region, the list has an item before the body or the bodies are of one kind; people and two words never
    _reads(f"Talks\n\n{sentence}\n", {name}, {cut})


@pytest.mark.parametrize("sentence, name, cut", [
    # a region before the "and"; an item before the body (its semicolon)
    ("Lecturers walked out on Monday at the Harbourton Institute, Wales and Westbrook College, the union said.",
     "Westbrook College", "Wales and Westbrook College"),
    ("Staff struck at Kea College; the Ostland Institute of Education, Arlen and Lakeland State University on "
     "Tuesday.", "Lakeland State University", "Arlen and Lakeland State University"),
])
def test_a_region_or_an_item_before_the_body_shows_the_list(sentence: str, name: str, cut: str):
    _reads(f"Talks\n\n{sentence}\n", {name}, {cut})


def test_a_list_going_on_after_the_run_keeps_its_and_inside_the_name():
    _reads("Unions join\n\nThe unions include the Harbourton Teachers Association, Seamen and Dockers Union and "
           "the Kea Workers Union.\n", {"Seamen and Dockers Union"}, {"Dockers Union"})


def test_fields_a_page_also_writes_in_small_letters_stay_in_the_name():
    _reads("Grants cut\n\nMoney from Westbrook University, Arts and Humanities Research Council was cut; the arts "
           "lose most.\n", {"Arts and Humanities Research Council"}, {"Humanities Research Council"})


def test_two_places_joined_by_and_own_one_trust():
    _reads("Porters strike\n\nPorters at Harbourton's Kea and Arlen NHS Foundation Trust walked out on Friday.\n",
           {"Kea and Arlen NHS Foundation Trust"}, {"Arlen NHS Foundation Trust"})


@pytest.mark.parametrize("sentence", [
    "Talks between Ama Lind and Arlen NHS Trust broke down on Monday.",
    "Staff from Lakeland, Harbourton and Arlen NHS Trust walked out on Monday.",
    "The strike hit Westbrook Voice and Arlen NHS Trust on Monday.",
    "Nurses in Westbrook and Arlen NHS Trust walked out on Monday.",
    "Porters met Lind and Arlen NHS Trust managers on Monday.",
    "Talks with Lind and Arlen NHS Trust broke down on Monday.",
    "The deal was signed by Lind and Arlen NHS Trust on Monday.",
    "The porters and Lind and Arlen NHS Trust signed a deal on Monday.",
])
def test_a_word_ending_a_name_a_list_item_or_a_place_owns_no_part_of_the_trust(sentence: str):
    names = organisation_names(f"Trusts\n\n{sentence}\n")
    assert "Arlen NHS Trust" in names and not any(n.endswith("and Arlen NHS Trust") for n in names), names


def test_a_body_before_and_owns_no_part_of_the_trust():
    _reads("Porters strike\n\nPorters at Westbrook Hospital and Arlen NHS Trust walked out, and Unison and Kea NHS "
           "Trust met on Friday.\n", {"Arlen NHS Trust", "Kea NHS Trust"},
           {"Westbrook Hospital and Arlen NHS Trust", "Unison and Kea NHS Trust"})


def test_a_topic_ends_before_and_when_a_second_body_follows():
    _reads("Detainees freed\n\nLawyers of the Westbrook National Commission on Housing Rights and Arlen Commission "
           "on Housing Rights secured their release.\n",
           {"Westbrook National Commission on Housing Rights", "Arlen Commission on Housing Rights"},
           {"Westbrook National Commission on Housing Rights and Arlen Commission"})


@pytest.mark.parametrize("name", ["Westbrook Committee on Health and Social Services",
                                  "Lakeland Commission on Race and Police Reform"])
def test_a_topic_goes_on_over_and_before_a_head_that_is_no_organ(name: str):
    _reads(f"Board meets\n\nThe {name} met on Monday.\n", {name}, {name.split(" and ")[0]})


def test_a_topic_of_two_fields_keeps_its_and():
    _reads("Board meets\n\nThe Harbourton Council on Trade and Industry met on Monday.\n",
           {"Harbourton Council on Trade and Industry"}, {"Harbourton Council on Trade"})


def test_a_romance_of_goes_on_in_a_name_the_sentence_marks():
    _reads("Solidarity sent\n\nThe council backs the trade union Unione Operaia di Arlen from Kea in its strike.\n",
           {"Unione Operaia di Arlen"}, {"Unione Operaia"})


def test_a_body_s_possessive_opens_what_it_owns_over_the_and():
    _reads("Students met\n\nLawmakers of the Harbourton Brotherhood's Kea and Arlen Party met the students.\n",
           {"Kea and Arlen Party"}, {"Arlen Party"})


def test_a_body_s_possessive_owns_no_party_named_before_the_and():
    _reads("Councillors vote\n\nThe Harbourton Council's Labour and Green Party councillors voted on Monday.\n",
           {"Labour", "Green Party"}, {"Labour and Green Party"})
