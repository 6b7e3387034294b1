"""A page of thousands of bare acronyms each before a word that ends thousands of bodies' names ("DCP Kaa and KAA
Strike began." over and over) asks only the bodies whose words before that word can spell the acronym whether
the acronym names their branch ("NUS Scotland" for "National Union of Students Scotland").

Every body whose name ended with the word was asked, for every acronym: the cost grew with the square of the
page (64 s at 600 KB). The test counts the questions asked, never a time.
"""

from __future__ import annotations

import pytest
from call_records import record_calls

from timeline_app.core.extract import acronym_links, organisations
from timeline_app.core.extract.organisation_names import initials_match
from timeline_app.core.extract.sentences import lines


def _acronym(i: int) -> str:
    return "".join(chr(65 + (i // 26**k) % 26) for k in range(3))


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return record_calls(monkeypatch, acronym_links, "initials_match", measure=str)  # each acronym asked


def test_a_branch_acronym_asks_only_the_bodies_that_could_spell_it(asked: list[str]):
    page = "Strike news\n" + " ".join(f"DCP {_acronym(i).title()} and {_acronym(i)} Strike began." for i in range(1500))
    organisations.find_organisations(page, lines(page))
    assert len(asked) <= 3 * 1500


def test_a_branch_is_still_its_body_s():
    page = "The National Union of Students Scotland met. Later NUS Scotland said it would strike."
    found = organisations.find_organisations(page, lines(page))
    assert [o.name for o in found.organisations] == ["National Union of Students Scotland"]


@pytest.mark.parametrize(("words", "acronym"), [
    ("National Union of Students", "NUS"), ("Cut the Rent", "CTR"), ("UK Student Climate Network", "UKSCN"),
    ("B.C. Teachers and Federation", "BCTF")])
def test_the_spellings_hold_each_acronym_the_words_spell(words: str, acronym: str):
    assert initials_match(acronym, words.split())
    assert acronym.lower() in (acronym_links.spellings(words.split()) or ())
