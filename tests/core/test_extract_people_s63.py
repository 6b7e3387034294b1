"""People of stop 63: a nickname in brackets between a known given name and a surname, after an office or before
an office after a comma, is part of one person's name as written (a bracket after no given name, or before a body's
word, a party, a place or an abbreviation, is no nickname); signatories run together, each before a bracketed
affiliation (no place, no brand, no list parted by commas); a listed ruler's regnal name and numeral (not the pronoun
"I"); a full name alone on its line above a sign-off's office line keeps a first word nobody listed (not a heading's
word or a title)."""

from __future__ import annotations

import pytest

from extracted import person_names as _people


@pytest.mark.parametrize(("text", "kept"), [
    ("Union President Jo (Sunny) Arlen wrote to the council on Monday about the rota.", True),
    ("\u201cWe will hold the line at the depot.\u201d\n\nJo (Sunny) Arlen, President of the Harbourton Porters Union\n",
     True),
    ("Mayor Kea (Ostland) Lind wrote to the porters on Monday.", False),
    ("Mayor Jo (Westbrook) Council wrote to the porters on Monday.", False),
])
def test_a_bracketed_nickname_after_a_given_name_stays_in_the_name(text, kept):
    people = _people("Harbourton porters walk out\n\n" + text)
    assert ("Jo (Sunny) Arlen" in people) is kept and all("(" not in name or kept for name in people)


_SIGNED = ("Harbourton lecturers write to the board\n\nWe ask the board to think again about the closure. Yours "
           "faithfully, {}\n")


def test_signatories_run_together_with_bracketed_affiliations_are_people():
    people = _people(_SIGNED.format("AmaLind (School of Law) Jo Arlen (School of Arts) K.T. Tane (School of Law) "
                                    "Warren Holm (Westbrook College) Bruno Kealand (School of Music)"))
    assert {"AmaLind", "K.T. Tane"} <= set(people)


def test_bracketed_items_that_name_no_known_person_are_no_list():
    people = _people(_SIGNED.format("MiraTane (Westbrook Choir) Kea Holm (School of Music) Ostland Hall (Lakeland)"))
    assert "MiraTane" not in people and "Ostland Hall" not in people


@pytest.mark.parametrize(("ruler", "named"), [("King Oteba III", "Oteba III"), ("King Oteba", "King Oteba")])
def test_a_listed_ruler_before_a_numeral_is_the_regnal_name(ruler, named):
    people = _people("Harbourton porters walk out\n\nPorters will refuse to serve President Jo Arlen, Kea Holm and "
                     f"{ruler} anywhere, the union said.")
    assert named in people and (named == ruler or ruler not in people)


@pytest.mark.parametrize(("office", "named"), [("Vice-Chancellor", "Kealo Warren Holm"),
                                               ("Westbrook Gardens", "Warren Holm")])
def test_a_full_name_alone_above_an_office_keeps_its_first_word(office, named):
    people = _people("Letter to the University of Harbourton\n\n06/11/2024\n\nKealo Warren Holm\n"
                     f"{office}\nUniversity of Harbourton\n\nDear Sir, we write about the attacks on cleaners.\n")
    assert named in people and (named == "Warren Holm" or "Warren Holm" not in people)


@pytest.mark.parametrize(("head", "named"), [
    ("Meet Jo Arlen\nPresident of the Westbrook Porters Union since 2019, Jo Arlen led the walkout.", "Jo Arlen"),
    ("Meet Jo Arlen\nPresident of the Westbrook Porters Union\n\nShe has led the porters since 2019.", "Jo Arlen"),
    ("Remembering Warren Holm\nPresident of the branch for ten years, he died on Monday.", "Warren Holm"),
    ("Sheriff James Holm\nCommissioner of Lakeland\n\nDear Sir, we write about the cuts to the depot.", "James Holm"),
    ("Porter Warren Holm\nDirector of Finance\n\nDear Sir, a porter has lost his hours at the depot.", "Warren Holm"),
])
def test_a_heading_word_or_a_title_over_an_office_line_is_no_first_name(head, named):
    people = _people("Harbourton porters walk out\n\n" + head + "\n")
    assert named in people and not any(name.endswith(" " + named) for name in people)


@pytest.mark.parametrize("items", [
    "Jo Arlen (Westbrook Union) Ama Lind (Lakeland College) Kea Holm (Arlen) East Harbourton (Lakeland)",
    "Jo Arlen (Westbrook Union) Ama Lind (Lakeland College) WhatsApp (Strike Chat) Kea Holm (Arlen)",
])
def test_a_place_or_a_brand_among_bracketed_signatories_is_no_person(items):
    people = _people(_SIGNED.format(items))
    assert "Kea Holm" in people and "East Harbourton" not in people and "WhatsApp" not in people


def test_bracketed_items_in_a_sentence_parted_by_commas_are_no_signatories():
    people = _people("Harbourton porters rally\n\nSpeakers at the rally on Monday included Jo Arlen (Westbrook "
                     "Union), Ama Lind (Lakeland College), Mira Tane (Strike Chat) and more.")
    assert "Mira Tane" not in people


@pytest.mark.parametrize("text", [
    "Councillor George (Labour) Holm said the cuts to the depot were wrong.",
    "Union President Jo (Retd) Arlen wrote to the council on Monday about the rota.",
    "Chair Ama (Kenya) Lind opened the meeting of the porters on Monday.",
    "Secretary Ama (Westbrook) Lind spoke on Monday, and Westbrook porters cheered.",
])
def test_a_bracketed_party_place_or_abbreviation_is_no_nickname(text):
    assert not any("(" in name for name in _people("Harbourton porters walk out\n\n" + text))


def test_the_pronoun_after_a_listed_ruler_is_no_numeral():
    people = _people("Harbourton porters walk out\n\nThe march was led by Jo Arlen, Kea Holm and Prince Tane I "
                     "think, the union said.")
    assert "Tane I" not in people
