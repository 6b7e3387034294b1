"""Where a person's surname stands alone later in a document.

``people`` attaches later mentions by surname ("Rajaai added") to the person
first named in full; finding those places is plain substring search, kept here
so the people module has room for its rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document_memo import remembered
from .prefilter import finds

#: A capitalised word right after: the surname is part of a longer name there.
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_WORD = re.compile(r"\w+")
# Up to this many surnames are searched one by one with ``str.find``; more
# read the index of capitalised words, whose pass over every word of the
# text costs as much as a few hundred finds.
_FEW = 24


def _is_word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def surname_hits(text: str, surnames: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, surname) for each surname standing as a whole word and
    not followed by another capitalised word, found as a regex alternation
    of the surnames in this order would find them (leftmost first, earlier
    surname first at the same place, no overlaps) but with plain substring
    search instead of compiling a new pattern for every document."""
    found: list[tuple[int, int, int, str]] = []
    few = len(surnames) <= _FEW
    for order, surname in enumerate(surnames):
        for at in whole_word_starts(text, surname) if few else _whole_words(text, surname):
            end = at + len(surname)
            if not _CAPITALISED_NEXT.match(text, end):
                found.append((at, order, end, surname))
    found.sort()
    hits: list[tuple[int, int, str]] = []
    reached = -1
    for at, _, end, surname in found:
        if at >= reached:
            hits.append((at, end, surname))
            reached = end
    return hits


def _whole_words(text: str, word: str) -> list[int]:
    """Where ``word`` stands with no word character either side. A
    capitalised word of word characters only is looked up in the list of
    the text's capitalised words, made once per document: searching the
    text once per surname was its length times the number of people."""
    if word[:1].isupper() and _WORD.fullmatch(word):
        return remembered(_capitalised_words, text).get(word, [])
    return list(whole_word_starts(text, word))


def whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Each start of ``word`` in ``text`` with no word character either side, in order."""
    return (at for at in finds(text, word)
            if not _is_word_char(text, at - 1) and not _is_word_char(text, at + len(word)))


def _capitalised_words(text: str) -> dict[str, list[int]]:
    """Starts of each whole word (a run of ``\\w``, exactly the characters
    ``_is_word_char`` accepts) that opens with a capital, by the word."""
    found: dict[str, list[int]] = {}
    for match in _WORD.finditer(text):
        if match.group()[:1].isupper():
            found.setdefault(match.group(), []).append(match.start())
    return found


__all__ = ["surname_hits", "whole_word_starts"]
