"""Offices and callings written right before a name mark a person: a
provincial or regional legislator's letters ("MPP", "MEC"), an elected
supervisor, a publisher, a film-maker. An office's letters opening a
sentence are no initials of the name after them."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


@pytest.mark.parametrize("text, name", [
    ("Support came from all sides. MPP Jo Arlen’s office on Lake Street drew 100 pickets.", "Jo Arlen"),
    ("They could not hand their memorandum to Community Safety MEC Kea Holm. Holm was not there.", "Kea Holm"),
    ("The ordinance, proposed by Supervisor Mira Tane earlier this year, would close the gaps.", "Mira Tane"),
    ("The petition was signed by Harbourton publisher Ifeoma Tane and others.", "Ifeoma Tane"),
    ("Famed Film-maker Brackwater Dunmore started the call for a walkout.", "Brackwater Dunmore"),
])
def test_an_office_before_a_name_marks_a_person(text, name):
    assert {p.name for p in extract(ReadDocument(text=text, format="txt")).people} == {name}
