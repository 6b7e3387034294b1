"""A doctor or a professor named by title and surname alone ("Dr. Holmwood", "Prof Lind's term"), a minister or a
superintendent by office and surname, and a premier written "PM" before the surname are people; a surname glued to
the next word where a blank was lost is none. In a list of people, a title that is also a given name before a known
given name and a surname ("King Ali Lind") opens the name, as it does in a sentence."""

from __future__ import annotations

import pytest

from extracted import person_names as _people


@pytest.mark.parametrize("text", [
    "Pay talks stalled at the Westbrook clinic.\n\nAt the clinic, Dr Holmwood promised the porters twice that wages "
    "would be paid by Friday.",
    "Pay talks stalled at the Westbrook school.\n\nGood morning, this is your head teacher, Dr. Holmwood, with news "
    "about the walkout.",
    "Pay talks stalled at the Westbrook campus.\n\nThe fee rises passed under Prof. Holmwood's term as rector were "
    "the cause.",
    "Pay talks stalled at the Westbrook farms.\n\n\u201cMinister Holmwood cannot keep ignoring the growers,\u201d the "
    "union wrote.",
    "Pay talks stalled at the Westbrook school.\n\nSuperintendent Holmwood knows of this notice and backs it.",
    # "PM" before the surname is the premier's office, no given name of it
    "A note from Jo Arlen to PM Holmwood backing the porters\n\nDear Prime Minister Holmwood:\n\nI write for the "
    "Lakeland porters' union.",
])
def test_a_surname_after_a_title_or_an_office_is_a_person(text):
    assert "Holmwood" in _people(text)


def test_a_surname_glued_to_the_next_word_is_none():
    text = ("Pay talks stalled at the Westbrook campus.\n\nThe rector's deputy, Dr. TaneraHolmin a note to staff, "
            "blamed the board for the walkout. Later Dr Ostrander met the porters.")
    found = _people(text)
    assert "Ostrander" in found and not any("Holmin" in name for name in found)


@pytest.mark.parametrize(("text", "word"), [
    # a headline's last word; a word written once that the page writes in lower case, or an -s verb whose stem it does
    ("Health Minister Resigns\n\nThe Harbourton Nurses Union welcomed the news on Monday.", "Resigns"),
    ("Harbourton porters walk out\n\nThe Health Minister Said the strike would end, said the union.", "Said"),
    ("Lakeland Minister Quits over pay\n\nThe minister quit on Monday as porters struck.", "Quits"),
    # what an office's name goes on with
    ("Harbourton porters walk out\n\nThe union wants a Minister Responsible for Housing, it said on Monday.",
     "Responsible"),
    ("Harbourton porters walk out\n\nThe Minister Counsellor of the Lakeland embassy met the union.", "Counsellor"),
    # a street's "Dr." after a house number or inside a sentence
    ("Harbourton porters walk out\n\nThe rally starts at 40 Kea Dr. Bring signs and water.", "Bring"),
    ("Harbourton porters walk out\n\nThe march will end at Harbourton Dr. Marchers should bring water.", "Marchers"),
])
def test_a_word_after_an_office_that_no_surname_is_is_none(text, word):
    assert word not in _people(text)


def test_a_headline_ending_on_an_s_verb_whose_stem_the_page_writes_names_nobody():
    text = "Harbourton Mayor Walks Out\n\nHarbourton Mayor Walks\n\nThe mayor will walk with the porters on Monday."
    assert "Walks" not in _people(text)


@pytest.mark.parametrize(("text", "word"), [
    # an -s surname the page writes in lower case, or whose stem it writes only inside a longer word or in a sentence
    ("Harbourton porters walk out\n\nThe porters met Mayor Banks on Monday. The banks in Harbourton stayed shut.",
     "Banks"),
    ("Harbourton porters walk out\n\nThe porters met Mayor Lands on Monday, after the plane landed.", "Lands"),
    ("Harbourton porters walk out\n\nThe porters met Dr Waters on Monday. The ward ran out of water.", "Waters"),
    # a headline's last word that reads as no verb
    ("Porters Meet Mayor Arlen\n\nThe porters walked out in Harbourton on Monday.", "Arlen"),
])
def test_a_surname_after_an_office_that_reads_as_no_verb_stays(text, word):
    assert word in _people(text)


@pytest.mark.parametrize("text", [
    "Pay talks stalled at the Westbrook clinic.\n\nStaff met Dr FitzHolmwood on Monday; the porters struck.",
    "Pay talks stalled at the Westbrook clinic.\n\nHello Dr. Holmwood,\n\nWe back the porters of the clinic.",
    "Pay talks stalled at the Westbrook clinic.\n\nThe porters struck. Then Dr Holmwood met them at the gate.",
])
def test_a_surname_after_a_greeting_an_opening_word_or_fitz_stays(text):
    assert any(name.endswith("Holmwood") for name in _people(text))


@pytest.mark.parametrize("text", [
    "Harbourton teachers walk out\n\nThe heads of the unions, among them Jo Arlen and King Ali Lind, backed the "
    "walkout at dawn.",
    "Harbourton teachers walk out\n\nThe heads of the unions, among them Jo Arlen (HTU), Mira Tane (WTU) and King "
    "Ali Lind (KTU), backed the walkout at dawn.",
])
def test_a_given_title_in_a_list_opens_the_name(text):
    found = _people(text)
    assert "King Ali Lind" in found and "Ali Lind" not in found
