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

__all__ = ["alternation"]


def alternation(words: Sequence[str]) -> str:
    """A regex (no group of its own) matching what ``"|".join(map(re.escape, words))``
    matches, first branch first, with shared leading characters factored out."""
    if not words or not all(words):
        raise ValueError("an alternation needs words, none of them empty")
    return _factored(words)


def _factored(words: Sequence[str]) -> str:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in groups.items():
        if len(rests) == 1:
            branches.append(re.escape(first + rests[0]))
        elif "" in rests[:-1]:
            # the bare prefix is tried before a longer word: keep that order flat
            branches.append(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")")
        elif rests[-1] == "":
            branches.append(re.escape(first) + "(?:" + _factored(rests[:-1]) + ")?")
        else:
            branches.append(re.escape(first) + "(?:" + _factored(rests) + ")")
    return "|".join(branches)
