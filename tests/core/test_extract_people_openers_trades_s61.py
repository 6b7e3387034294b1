"""After a name's comma, a word and "are"/"were" open a clause, not the name's office: the person stays and
only that role goes ("Thanks to Mira Tane, the cleaners were paid"). "According" opening a sentence before a
name is no given name ("According Ostrova, ...", its "to" lost), though after an office it may be one. A
trade that is a surname too is a person's noun only in lower case in "X, a (bus) driver for|at|with ..." and not
after a firm's name ("Westbrook Resources, a miner based in ..."); with a capital it is a surname ("Jo Driver")."""

from __future__ import annotations

import pytest

from extracted import person_names, read_text


def _people(text: str) -> set[str]:
    return set(person_names(text))


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in read_text(text).people}


def test_a_plural_noun_and_its_verb_after_the_comma_are_no_office():
    text = ("Talks with the Lakeland board broke down again on Friday.\n\n"
            "According Ostrova, the lecturers are also angry over the sums the board says it owes.")
    assert not any(name.startswith("According") for name in _people(text))


@pytest.mark.parametrize("text", [
    "Pay talks stalled in Harbourton.\n\nThanks to Mira Tane, the cleaners were paid on 4 March 2024 after the strike.",
    "Pay talks stalled in Harbourton.\n\nAccording to Mira Tane, the lecturers are also angry over pay.",
])
def test_the_person_before_such_a_clause_stays_without_its_role(text):
    assert _roles(text) == {"Mira Tane": None}


def test_both_people_of_a_pair_before_such_a_clause_stay():
    text = ("Pay talks stalled in Harbourton.\n\n"
            "Jo Arlen and Mira Tane, organisers were told on 4 March 2024 that the march was banned.")
    assert _roles(text) == {"Jo Arlen": None, "Mira Tane": None}


def test_a_plural_noun_and_its_verb_before_a_speech_verb_are_no_office():
    # only the reader of a role before a speech verb ("warned") reads here: the quotation stops the others
    text = "Pay talks stalled.\n\nMira Tane, lecturers were warned “no pay” by the board on 4 March 2024."
    assert _roles(text) == {"Mira Tane": None}


def test_a_singular_office_after_the_comma_still_names_the_person():
    text = "Pay talks stalled in Harbourton.\n\nAma Lind, the union's president, said the strike goes on."
    assert _roles(text) == {"Ama Lind": "union's president"}


def test_according_opening_a_sentence_is_no_given_name():
    text = "Pay talks stalled in Harbourton.\n\nAccording Ostrova, the union's president, said the strike goes on."
    assert not any(name.startswith("According") for name in _people(text))


def test_a_trade_in_lower_case_describes_the_speaker_before_it():
    text = ("Coaches stood still on the Harbourton ring road all day.\n\n"
            "Kea Holm, a driver for Westbrook Asia Transport said: \"We waited since dawn with no water.\"")
    assert _people(text) == {"Kea Holm"}


def test_a_trade_after_one_lower_case_word_describes_the_speaker_before_it():
    text = "Strike in Arlen.\n\nKea Holm, a bus driver for Westbrook Buses, said on 4 March 2024 the strike goes on."
    assert _roles(text) == {"Kea Holm": "bus driver for Westbrook Buses"}


def test_a_trade_needs_the_employer_s_preposition_after_it():
    text = "Strike in Arlen.\n\nWestbrook Renters, a porter-led group in Arlen, said on 4 March 2024 it would march."
    assert _people(text) == set()


def test_a_trade_with_a_capital_stays_a_surname():
    text = "The depot shut early on Monday. Jo Driver said the shift would not start until noon."
    assert _people(text) == {"Jo Driver"}


@pytest.mark.parametrize("text", [
    "Westbrook Resources, a miner based in Arlen, said on 4 March 2024 that it would cut jobs.",
    "Workers at the copper miner, Harbourton Copper, walked out on 4 March 2024.",
    "Lakeland Gold, the biggest miner in Ostland, said on 4 March 2024 that it would cut jobs.",
    "Harbourton Copper, a miner with pits in Arlen, said on 4 March 2024 that it would cut jobs.",
])
def test_a_firm_called_a_miner_is_no_person(text):
    assert _people(text) == set()


def test_a_trade_before_a_capitalised_firm_is_no_office():
    assert _roles("Gold miner Lakeland Gold said on 4 March 2024 that it would cut jobs.") == {"Lakeland Gold": None}
