"""Where a person's surname stands alone later in a document.

``people`` attaches later mentions by surname ("Rajaai added") to the person
first named in full; finding those places is plain substring search, kept here
so the people module has room for its rules.
"""

from __future__ import annotations

import re

#: A capitalised word right after: the surname is part of a longer name there.
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


def _is_word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def surname_hits(text: str, surnames: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, surname) for each surname standing as a whole word and
    not followed by another capitalised word, found as a regex alternation
    of the surnames in this order would find them (leftmost first, earlier
    surname first at the same place, no overlaps) but with plain substring
    search instead of compiling a new pattern for every document."""
    found: list[tuple[int, int, int, str]] = []
    for order, surname in enumerate(surnames):
        at = text.find(surname)
        while at != -1:
            end = at + len(surname)
            if not _is_word_char(text, at - 1) and not _is_word_char(text, end) and not _CAPITALISED_NEXT.match(text, end):
                found.append((at, order, end, surname))
            at = text.find(surname, at + 1)
    found.sort()
    hits: list[tuple[int, int, str]] = []
    reached = -1
    for at, _, end, surname in found:
        if at >= reached:
            hits.append((at, end, surname))
            reached = end
    return hits


__all__ = ["surname_hits"]
