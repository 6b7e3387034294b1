"""Names found in the wrong form (issue 16, stop 60): an "and" between a word and the same word negated
("Teaching and Non-teaching") joins two kinds of one body's members, never two bodies; a fellow of a learned body
("Fellow of the X") holds an honour the body after "of" gives, so the body starts after it; a code in capitals
keeps its place before "Faculty and Staff Association" (one body's two kinds of people, then its head), not
after an office ("KHU President and Staff Union"); a town, not a hospital's part or a common noun, may follow a
hospital's name. Texts written for the test."""

from __future__ import annotations

from test_extract_organisation_precision_s58 import _reads  # the organisations a text holds and lacks


def test_a_word_and_its_negation_join_one_name():
    _reads("Pay talks stall\n\nMembers of the Harbourton College Clerical and Non-clerical Staff Guild walked "
           "out on Friday, and the Westbrook Academic and Non Academic Workers Union said it would follow.\n",
           {"Harbourton College Clerical and Non-clerical Staff Guild",
            "Westbrook Academic and Non Academic Workers Union"},
           {"Harbourton College Clerical", "Non-clerical Staff Guild", "Non Academic Workers Union"})


def test_two_bodies_joined_by_and_are_still_two():
    _reads("Pay talks stall\n\nMembers of the Harbourton Teachers Association and the Westbrook Nurses Union walked "
           "out on Friday.\n", {"Harbourton Teachers Association", "Westbrook Nurses Union"}, set())


def test_a_fellow_of_a_learned_body_is_no_part_of_its_name():
    _reads("Scholars sign a letter\n\nThe signers include:\n- Ama Lind, Professor Emeritus of Botany and Fellow of "
           "the Ostland Academy of Letters and Crafts\n- Jo Arlen, a Fellow of the Kea Holm Society of Mapmakers\n",
           {"Ostland Academy of Letters and Crafts", "Kea Holm Society of Mapmakers"},
           {"Botany and Fellow of the Ostland Academy of Letters and Crafts",
            "Fellow of the Kea Holm Society of Mapmakers"})


def test_a_code_before_two_kinds_of_staff_and_a_head_opens_the_name():
    _reads("Lecturers stay out\n\nDespite the talks, the KHU Faculty and Staff Association voted on Monday to stay "
           "out, while the NUS Officers and Students Union met the rector.\n",
           {"KHU Faculty and Staff Association"}, {"Faculty and Staff Association", "NUS Officers and Students Union"})


def test_a_town_after_a_hospital_tells_it_apart():
    _reads("Nurses rally again\n\nPickets stand next week at Ostland General Hospital, Brackwater Hospital Dunmore and "
           "Kea Holm Hospital Doctors' offices, and at Arlen Hospital March 3.\n",
           {"Ostland General Hospital", "Brackwater Hospital Dunmore", "Arlen Hospital"},
           {"Brackwater Hospital", "Kea Holm Hospital Doctors'", "Arlen Hospital March"})


def test_a_word_after_a_hospital_that_names_no_town_ends_no_name():
    for word in ("Management", "Security", "Today", "Emergency", "Administration"):
        _reads(f"Porters walk out\n\nThe Westbrook Royal Hospital {word} said on Monday that porters would strike.\n",
               {"Westbrook Royal Hospital"}, {f"Westbrook Royal Hospital {word}"})


def test_an_office_before_and_a_kind_of_staff_is_no_part_of_a_body():
    _reads("Talks resume\n\nThe KHU President and Staff Union chair Ama Lind met the board on Monday.\n",
           {"KHU"}, {"KHU President and Staff Union"})
