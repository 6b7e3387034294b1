"""A campus group named after its university ("Harbourton University Strike Solidarity") is a body of its own,
not the university (issue 16, stop 66); the university's students or an action named after it still end at the
university. Texts written for the test."""

from __future__ import annotations

import pytest

from extracted import organisation_names

_GROUPS = [
    ("Library occupied\n\nStudents occupied the library on Monday. A statement from Harbourton University Strike "
     "Solidarity said the group would stay until Friday.\n", "Harbourton University Strike Solidarity"),
    ("Sit-in ends\n\nThe sit-in ended on Tuesday. Jo Arlen of Westbrook University Socialist Students said the "
     "protest had been peaceful.\n", "Westbrook University Socialist Students"),
]


@pytest.mark.parametrize(("text", "group"), _GROUPS)
def test_a_group_named_after_its_university_is_kept_whole(text: str, group: str) -> None:
    assert group in organisation_names(text)


def test_students_and_an_action_after_a_university_still_end_there() -> None:
    orgs = organisation_names("Sit-in ends\n\nThe sit-in ended on Tuesday. Jo Arlen of Westbrook University "
                              "International Students said the protest had been peaceful, and Lakeland University "
                              "Staff Solidarity with the cleaners was strong.\n")
    assert "Westbrook University" in orgs
    assert not [org for org in orgs if org.endswith(("International Students", "Staff Solidarity"))]
