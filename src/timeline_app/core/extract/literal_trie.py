"""A list of words as a regex alternation the engine can try quickly.

A plain alternation ``September|SEPTEMBER|February|...`` is tried branch by
branch at every position whose character could start one of them, so a
whole-text scan pays for every branch at every capital letter. Grouping the
branches by their first characters (``S(?:eptember|EPTEMBER)|F...``) lets one
character decide which few branches remain. The order in which branches are
tried is kept wherever it can matter (two branches that start with different
characters can never both match at one place), so ``finditer`` finds exactly
what the plain alternation finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["alternation", "word_alternation"]


def alternation(words: Sequence[str]) -> str:
    """A regex (no group of its own) matching what ``"|".join(map(re.escape, words))``
    matches, first branch first, with shared leading characters factored out."""
    if not words or not all(words):
        raise ValueError("an alternation needs words, none of them empty")
    return _factored(words)


def _factored(words: Sequence[str], after_first: str = "") -> str:
    """The factored alternation; ``after_first``, a look-around, stands after each branch's first character."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in groups.items():
        head = re.escape(first) + after_first
        if len(rests) == 1:
            branches.append(head + re.escape(rests[0]))
        elif "" in rests[:-1]:
            # the bare prefix is tried before a longer word: keep that order flat
            branches.append(head + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")")
        elif rests[-1] == "":
            branches.append(head + "(?:" + _factored(rests[:-1]) + ")?")
        else:
            branches.append(head + "(?:" + _factored(rests) + ")")
    return "|".join(branches)


def word_alternation(words: Sequence[str]) -> str:
    """A regex (no group of its own) matching what ``\\b(?:`` + ``alternation(words)`` + ``)`` matches, for
    words that each open with a word character. A leading ``\\b`` gives the engine no first character to skip
    to, so it tries every position of the text; here each branch opens with its first character and checks the
    boundary before it by a look-behind, so a search goes from one such character to the next. Not for a pattern
    compiled with ``re.ASCII``: there a non-ASCII first letter ("Ékea") is no word character, so ``\\b`` before
    it is another test than the look-behind."""
    if not words:
        raise ValueError("a bounded alternation needs words")  # ("(?:)" would match the empty string everywhere)
    if not all(word and (word[0].isalnum() or word[0] == "_") for word in words):
        raise ValueError("a bounded alternation needs words that open with a word character")
    return "(?:" + _factored(words, r"(?<!\w.)") + ")"
