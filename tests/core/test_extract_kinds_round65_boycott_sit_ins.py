"""Kinds, stop 65 (issue 16): students who boycott classes and, in the same clause, sit in inside a building
are occupying it; a boycott with a sit-in outside, or with a march, stays the class boycott (a strike)."""

from __future__ import annotations

from extracted import main_event


def test_students_who_boycott_classes_and_sit_in_inside_the_admin_building_occupy_it():
    main = main_event(
        "Hundreds of students of Westbrook University on Monday boycotted classes and staged a sit-in protest in "
        "the administrative building to oppose the fee increase.\n\n"
        "The students gathered on the campus in the morning after a call by the students' council, and said "
        "they would stay until the increase is withdrawn.\n\n"
        "The council's president, Ama Lind, said the protest would go on.\n")
    assert main.kind == "occupation"


def test_a_class_boycott_with_a_sit_in_outside_the_gates_stays_the_boycott():
    main = main_event(
        "Hundreds of students of Westbrook University on Monday boycotted classes and staged a sit-in outside "
        "the main gate to oppose the fee increase.\n\n"
        "The students gathered on the campus in the morning after a call by the students' council.\n\n"
        "The council's president, Ama Lind, said the boycott would go on.\n")
    assert main.kind == "strike"


def test_a_class_boycott_with_a_march_stays_the_boycott():
    main = main_event(
        "Hundreds of students of Westbrook University on Monday boycotted classes and marched to the "
        "administrative building to oppose the fee increase.\n\n"
        "The students' council said the boycott would go on all week.\n")
    assert main.kind == "strike"
