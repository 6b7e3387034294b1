"""A capitalised run ending on a common noun that ends bodies' names and no surname ("Westbrook Living",
"Lakeland Rights") names no person; surnames that merely look like such words stay people."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_name_ending_on_a_body_noun_no_surname_is_is_no_person():
    people = _people("Tenants said rents were raised by landlord Jo Arlen and property manager Westbrook Living. "
                     "The letter was signed by Mira Tane, director, Lakeland Rights UK.")
    assert "Westbrook Living" not in people
    assert "Lakeland Rights" not in people
    assert {"Jo Arlen", "Mira Tane"} <= people


def test_surnames_near_body_nouns_stay_people():
    people = _people("Ama Livingston, a tenant, said the rents were too high. Kea Wright said the flats were cold.")
    assert {"Ama Livingston", "Kea Wright"} <= people
