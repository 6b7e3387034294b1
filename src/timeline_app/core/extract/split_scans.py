"""Whole-text scans split by the character their matches start with.

A pattern that starts with a character class (``[.!?…]``, ``\\d``, ``[12]``)
makes the engine test that class at every character of the text; a pattern
that starts with one literal character lets it jump from one occurrence of
that character to the next, many times faster. So a scan is written as a
few patterns, one per starting character (the rare ones run only when
their character is in the text at all), and their matches are merged.

The merge equals one ``finditer`` of the combined pattern whenever a match
of one pattern can never overlap a match of another (a sentence end holds
one stop; a year is a whole run of four digits): each caller's comment says
why that holds for its patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["split_scan"]


def split_scan(text: str, scans: Sequence[tuple[str, re.Pattern[str]]], group: int | str = 0) -> list[tuple[int, int]]:
    """(start, end) of ``group`` in every match of the ``scans``, in text
    order. Each scan is ``(gate, pattern)``: the pattern runs only when one
    of the characters of ``gate`` is in ``text`` (an empty gate: always)."""
    found: list[tuple[int, int]] = []
    for gate, pattern in scans:
        if not gate or any(char in text for char in gate):
            found.extend(match.span(group) for match in pattern.finditer(text))
    if len(scans) > 1:
        found.sort()
    return found
