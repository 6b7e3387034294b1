"""Names cut at a wrong "and" (issue 16, stop 62): the last "and" of a list of bodies glued into the run of the
list's last body, a trust that two places joined by "and" own, a topic running on into the next body, a party a
body's possessive owns; and a name cut at a Romance "of" ("di", "de"). Texts written for the test."""

from __future__ import annotations

from test_extract_organisation_recall_h6 import _reads


def test_the_last_and_of_a_list_after_a_body_and_its_comma_parts_the_items():
    _reads("Campuses close\n\nLecturers walked out on Monday at the University of Harbourton, Kea and Westbrook "
           "University of Technology, the union said.\n",
           {"University of Harbourton", "Westbrook University of Technology"},
           {"Kea and Westbrook University of Technology"})


def test_a_town_after_a_body_s_comma_is_no_part_of_the_next_body():
    _reads("Campuses close\n\nStaff struck at the Ostland Institute of Education, Arlen and Lakeland State "
           "University on Tuesday.\n", {"Lakeland State University"}, {"Arlen and Lakeland State University"})


def test_a_list_going_on_after_the_run_keeps_its_and_inside_the_name():
    _reads("Unions join\n\nThe unions include the Harbourton Teachers Association, Seamen and Dockers Union and "
           "the Kea Workers Union.\n", {"Seamen and Dockers Union"}, {"Dockers Union"})


def test_fields_a_page_also_writes_in_small_letters_stay_in_the_name():
    _reads("Grants cut\n\nMoney from Westbrook University, Arts and Humanities Research Council was cut; the arts "
           "lose most.\n", {"Arts and Humanities Research Council"}, {"Humanities Research Council"})


def test_two_places_joined_by_and_own_one_trust():
    _reads("Porters strike\n\nPorters at Harbourton's Kea and Arlen NHS Foundation Trust walked out on Friday.\n",
           {"Kea and Arlen NHS Foundation Trust"}, {"Arlen NHS Foundation Trust"})


def test_a_body_before_and_owns_no_part_of_the_trust():
    _reads("Porters strike\n\nPorters at Westbrook Hospital and Arlen NHS Trust walked out, and Unison and Kea NHS "
           "Trust met on Friday.\n", {"Arlen NHS Trust", "Kea NHS Trust"},
           {"Westbrook Hospital and Arlen NHS Trust", "Unison and Kea NHS Trust"})


def test_a_topic_ends_before_and_when_a_second_body_follows():
    _reads("Detainees freed\n\nLawyers of the Westbrook National Commission on Housing Rights and Arlen Commission "
           "on Housing Rights secured their release.\n",
           {"Westbrook National Commission on Housing Rights", "Arlen Commission on Housing Rights"},
           {"Westbrook National Commission on Housing Rights and Arlen Commission"})


def test_a_topic_of_two_fields_keeps_its_and():
    _reads("Board meets\n\nThe Harbourton Council on Trade and Industry met on Monday.\n",
           {"Harbourton Council on Trade and Industry"}, {"Harbourton Council on Trade"})


def test_a_romance_of_goes_on_in_a_name_the_sentence_marks():
    _reads("Solidarity sent\n\nThe council backs the trade union Unione Operaia di Arlen from Kea in its strike.\n",
           {"Unione Operaia di Arlen"}, {"Unione Operaia"})


def test_a_body_s_possessive_opens_what_it_owns_over_the_and():
    _reads("Students met\n\nLawmakers of the Harbourton Brotherhood's Kea and Arlen Party met the students.\n",
           {"Kea and Arlen Party"}, {"Arlen Party"})
