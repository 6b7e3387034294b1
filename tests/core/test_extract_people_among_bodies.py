"""An uncued name that ends a list of bodies ("groups like Amnesty
International and Mary Tane") is a body called after someone, not a person;
a name after a body held by "of" or "by", or before another person, stays."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_name_ending_a_list_of_bodies_is_no_person():
    text = ("The call is backed by grassroots groups and charities. From community groups in Harbourton to "
            "household names like Amnesty International and Mary Tane, the message is clear.")
    assert "Mary Tane" not in _people(text)


def test_a_name_after_a_body_held_by_a_description_stays():
    text = ("Speakers included Jo Arlen, secretary of the Westbrook branch of the Lakeland Union, "
            "and Mary Tane. The rally marched to the minister's office.")
    assert "Mary Tane" in _people(text)


def test_a_name_in_a_list_no_plural_of_bodies_introduces_stays():
    # (who spoke or led, bodies and people alike: the list names no bodies only)
    assert {"Jo Arlen", "Ama Lind"} <= _people("Westbrook Renters Union and Jo Arlen led the chants, and Ama Lind "
                                               "carried the banner.")
    assert "Jo Arlen" in _people("Speakers included Westbrook Renters Union, Unison and Jo Arlen.")
