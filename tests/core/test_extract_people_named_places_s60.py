"""A name that names a place, not a person (stop 60): after a saint's word ("St. Kea North", "the San Pablo
Arlen toll booth"), unless "St." closes a street's name; before a camp, a settlement or a faculty ("the Jo
Arlen squatter camp"). A numbered street's "St." ("5th St."), a name with an office, and "camp" the verb
("Jo Arlen camp outside") leave the person."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.person_uncued import named_for_saint
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
    ("The tutors ended their walk on 5th St. Ama Lind, a tutor, said it went well.", "Ama Lind"),
    ("Tutors walked down 14th St. Mira Tane, who chairs the guild, spoke at the gate.", "Mira Tane"),
    ("The talks with the board failed, said nurse San Lind.", "San Lind"),
    ("The talks with the board failed, said guild organiser San Mira Tane.", "San Mira Tane"),
    ("Tutor Ama Lind and porter Jo Arlen camp outside the ministry every night.", "Jo Arlen"),
    ("Every night, the tutors who follow Jo Arlen camp in the square.", "Jo Arlen"),
])
def test_a_person_beside_such_words_is_still_read(text, person):
    assert person in _people(text)


def test_a_saint_word_reads_alike_before_a_name_and_opening_it():
    for text in ("the Sta. Kea North gate", "the Sta Kea North gate"):
        assert named_for_saint(text, text.index("Sta")) and named_for_saint(text, text.index("Kea"))
    text = "the Santa Kea North gate"  # ("Santa" is a given name too)
    assert not named_for_saint(text, text.index("Santa")) and not named_for_saint(text, text.index("Kea"))
