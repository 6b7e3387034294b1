"""After a name's comma, a plural noun and its verb open a clause, not the name's office ("According Ostrova,
the lecturers are ...", its "to" lost; "According" stays a given name elsewhere); and a trade written in lower
case after the comma is that person's noun ("Kea Holm, a driver for ..."), though with a capital it is a
surname ("Jo Driver")."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_plural_noun_and_its_verb_after_the_comma_are_no_office():
    text = ("Talks with the Lakeland board broke down again on Friday.\n\n"
            "According Ostrova, the lecturers are also angry over the sums the board says it owes.")
    assert not any(name.startswith("According") for name in _people(text))


def test_a_plural_noun_and_its_verb_before_a_speech_verb_are_no_office():
    text = "Pay talks stalled in Harbourton.\n\nAccording Ostrova, the tutors were told the board says no."
    assert not any(name.startswith("According") for name in _people(text))


def test_a_singular_office_after_the_comma_still_names_the_person():
    text = "Pay talks stalled in Harbourton.\n\nAccording Ostrova, the union's president, said the strike goes on."
    assert "According Ostrova" in _people(text)


def test_a_trade_in_lower_case_describes_the_speaker_before_it():
    text = ("Coaches stood still on the Harbourton ring road all day.\n\n"
            "Kea Holm, a driver for Westbrook Asia Transport said: \"We waited since dawn with no water.\"")
    assert _people(text) == {"Kea Holm"}


def test_a_trade_with_a_capital_stays_a_surname():
    text = "The depot shut early on Monday. Jo Driver said the shift would not start until noon."
    assert _people(text) == {"Jo Driver"}
