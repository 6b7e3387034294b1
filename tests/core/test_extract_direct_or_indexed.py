"""The first few questions about a document's acronyms and surnames are
answered by plain substring search, the later ones from an index of the
document's words made once: both ways must find exactly what the pattern
each question is written as finds, or a later acronym or surname of a long
page would be read differently from an early one."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import capital_index
from timeline_app.core.extract.document_memo import new_document
from timeline_app.core.extract.surname_hits import surname_hits

_PIECES = ["NUS", "nus", "ACCR", "Accr", "NUS-", "-NUS", "&NUS", "(NUS)", "(ACCR)", "nus.", "nus.uk", ".nus",
           "nus/", "@nus", "_nus", "nus_", "Popa", "popa", "Popa's", "Rajaai", "Rajaai-Smith", "Éva", "Éva2",
           " ", "  ", "\t", ".", ",", "(", ")", "/", "@", "&", "-", "_", "é", "2", "the", "in", "Hall"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_ACRONYMS = ["NUS", "ACCR", "A", "NU"]
_LOWER = ["nus", "popa", "accr", "uk"]
_SURNAMES = ["Popa", "Rajaai", "Éva", "Smith", "Hall", "Popa's"]


def _both_ways(question, text: str, word: str) -> list[object]:
    """The answer asked first in a new document, and asked again once
    enough other questions came before it that the index answers."""
    new_document()
    direct = question(text, word)
    for _ in range(capital_index._DIRECT + 1):
        question(text, word)
    return [direct, question(text, word)]


@settings(max_examples=500, deadline=None)
@given(text=_TEXTS, word=st.sampled_from(_ACRONYMS))
def test_an_acronym_is_found_where_its_pattern_finds_it_either_way(text, word):
    alone = [m.start() for m in re.finditer(rf"(?<![\w&-]){re.escape(word)}(?![\w&-])", text)]
    bracketed = [m.start() for m in re.finditer(rf"\({re.escape(word)}\)", text)]
    assert _both_ways(capital_index.word_starts, text, word) == [alone, alone]
    assert _both_ways(capital_index.bracket_starts, text, word) == [bracketed, bracketed]


@settings(max_examples=500, deadline=None)
@given(text=_TEXTS, word=st.sampled_from(_LOWER))
def test_a_word_in_lower_case_is_seen_where_its_pattern_sees_it_either_way(text, word):
    used = re.search(rf"(?<![\w&./@-]){re.escape(word)}(?![\w&/@-]|\.\w)", text) is not None
    assert _both_ways(capital_index.uses_in_lower_case, text, word) == [used, used]


def _by_pattern(text: str, surnames: list[str]) -> list[tuple[int, int, str]]:
    alternation = re.compile("|".join(rf"(?<!\w){re.escape(s)}(?!\w)(?![ \t]+[A-Z][a-z])" for s in surnames))
    return [(m.start(), m.end(), m.group()) for m in alternation.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(text=_TEXTS, surnames=st.lists(st.sampled_from(_SURNAMES), min_size=1, max_size=4, unique=True))
def test_a_surname_is_found_alike_among_few_or_many_surnames(text, surnames):
    new_document()
    expected = _by_pattern(text, surnames)
    # Filler surnames absent from the text push the search onto the index.
    many = surnames + [f"Absent{chr(65 + i)}x" for i in range(40)]
    assert surname_hits(text, surnames) == expected
    new_document()
    assert surname_hits(text, many) == expected
