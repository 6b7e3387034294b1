"""A name made as a region's is no person's (stop 65): "Metro" among its words ("Metro Arlen", a body's branch
"Westbrook-Metro Arlen"). A surname that only starts like "Metro" ("Metrovic") and a compass word as a surname
("Mira Norte", whose office the page gives) leave the person."""

from __future__ import annotations

import pytest

from extracted import person_names


def _people(text: str) -> set[str]:
    return set(person_names(text))


# Two officers each named with a body's branch in a region ("... of Kilusang Westbrook-Metro Arlen").
_BRANCH_OFFICERS = ("The statement was read by Ama Lind, Deputy Secretary-General of Kilusang Westbrook-Metro Arlen, "
                    "Jo Tane, Regional Chair of Guild-Metro Arlen, and Mira Tane.")


def test_a_name_made_as_a_region_is_no_person():
    assert "Westbrook-Metro Arlen" not in _people(_BRANCH_OFFICERS)


def test_the_people_beside_a_region_are_still_read():
    assert {"Ama Lind", "Jo Tane"} <= _people(_BRANCH_OFFICERS)


@pytest.mark.parametrize("text, person", [
    ("The guild's president Ama Norte said the march would go ahead.", "Ama Norte"),
    ("The talks failed, said Jo Oriental, a tutor at the college.", "Jo Oriental"),
    ("Jo Metrovic, the guild's secretary, said the tutors would march on Friday.", "Jo Metrovic"),
    ("Ama Sur and Jo Arlen led the march on Friday, the guild said.", "Ama Sur"),
    ("Guild president Mira Norte said the tutors would march on Friday. Norte said talks had failed.", "Mira Norte"),
    ("The march was led by Kea Sur, a tutor, and Jo Arlen on Friday.", "Kea Sur"),
])
def test_a_person_whose_name_holds_such_words_is_still_read(text, person):
    assert person in _people(text)
