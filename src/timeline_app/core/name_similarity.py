"""Which of several names most resembles a given one.

The merge dialog starts on the most similar name, so Enter on an unchanged
dialog proposes the likely duplicate ("NUS UK" → "National Union of
Students") rather than whatever sorts first. Two cheap signals, no
dependencies: the characters the names share (difflib's ratio), and whether
one name's initials spell the other's first word (an acronym).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

_WORD = re.compile(r"\w+", re.UNICODE)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le"})
#: Below this, no name is similar enough to be proposed.
MIN_SIMILARITY = 0.5


def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD.findall(name.casefold()) if w not in _SMALL_WORDS)


def _is_acronym_of(short: str, long: str) -> bool:
    words = _WORD.findall(short.casefold())
    initials = _initials(long)
    return bool(words) and len(words[0]) >= 2 and len(initials) >= 2 and (
        initials == words[0] or initials.startswith(words[0]))


def similarity(a: str, b: str) -> float:
    """How alike two names are, from 0 (nothing shared) to 1 (the same name)."""
    left, right = " ".join(_WORD.findall(a.casefold())), " ".join(_WORD.findall(b.casefold()))
    if not left or not right:
        return 0.0
    score = difflib.SequenceMatcher(None, left, right, autojunk=False).ratio()
    if _is_acronym_of(a, b) or _is_acronym_of(b, a):
        score = max(score, 0.9)
    return score


def most_similar(name: str, candidates: Sequence[str]) -> int | None:
    """The index of the candidate most like ``name`` (the first on a tie), or
    None when none reaches ``MIN_SIMILARITY``."""
    best, best_score = None, MIN_SIMILARITY
    for index, candidate in enumerate(candidates):
        score = similarity(name, candidate)
        if score > best_score or (best is None and score >= best_score):
            best, best_score = index, score
    return best


__all__ = ["MIN_SIMILARITY", "most_similar", "similarity"]
