"""A name that names a place, not a person (stop 60): after a saint's word ("St. Kea North", "the San Pablo
Arlen toll booth"), unless "St." closes a street's name; before a camp, a settlement or a faculty ("the Jo
Arlen squatter camp")."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


@pytest.mark.parametrize("text, not_a_person", [
    ("The St. Arlen Post-Courier reports that pupils stood with signs outside Westbrook High School on Wednesday.",
     "Arlen Post-Courier"),
    ("One of those divisions was St. Kea North which was rocked by a fire on Old Harbour road yesterday.",
     "Kea North"),
    ("Tutors also occupied the San Pablo Arlen toll booth on the highway to Westbrook.", "Pablo Arlen"),
    (". That homes be built on the land of the old Jo Arlen squatter camp and", "Jo Arlen"),
])
def test_a_name_that_names_a_place_is_no_person(text, not_a_person):
    assert not_a_person not in _people(text)


@pytest.mark.parametrize("text, person", [
    ("The march began at Harbour St. Jo Arlen said it was large.", "Jo Arlen"),
    ("The guild's president Santa Ulo said the march would go ahead.", "Santa Ulo"),
    ("Jo Arlen, who lives in the camp, said the tutors would march.", "Jo Arlen"),
])
def test_a_person_beside_such_words_is_still_read(text, person):
    assert person in _people(text)
