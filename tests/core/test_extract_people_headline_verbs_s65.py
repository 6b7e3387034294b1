"""A headline's title-case verb after a name is no part of it (stop 65): "Former Guild Chair Jo Arlen Arrested"
names Jo Arlen. A surname that ends as such verbs do ("Ama Reed"), or that is one ("Jo Freed"), is left whole."""

from __future__ import annotations

import pytest

from extracted import person_names


def _people(text: str) -> set[str]:
    return set(person_names(text))


@pytest.mark.parametrize("verb", ["Arrested", "Suspended", "Postponed"])
def test_a_headline_verb_after_a_name_is_cut_off(verb):
    people = _people(f"Former Guild Chair Jo Arlen {verb}\n\nThe guild said the tutors would march on Friday.")
    assert f"Jo Arlen {verb}" not in people
    assert "Jo Arlen" in people


@pytest.mark.parametrize("text, person", [
    ("The march was led by tutor Ama Reed and porter Jo Arlen on Friday.", "Ama Reed"),
    ("Guild Chair Jo Freed said the tutors would march on Friday.", "Jo Freed"),
])
def test_a_surname_like_a_verb_is_left_whole(text, person):
    assert person in _people(text)
