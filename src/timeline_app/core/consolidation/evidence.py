"""How much two reports' words and organisers say about being one event.

Real outlets tell one event in different word forms ("occupied",
"occupying", "occupation"; "protest", "protesters"), so words are compared
by a light stem.

Stems are computed when comparing, never stored: the words kept in
``event_sources`` stay as they are, so stored databases need no upgrade.
"""

from __future__ import annotations

from functools import lru_cache

#: Endings stripped, longest first, when the stem keeps at least ``_MIN_STEM`` letters.
_SUFFIXES = ("ations", "ators", "ation", "ator", "ings", "ing", "ers", "ors", "ies", "ied", "ed", "er",
             "or", "es", "s", "y", "e")
_MIN_STEM = 4
#: Score for sharing an organiser; for naming organisers on both sides, none shared.
SHARED_ORGANISER = 0.5
DISJOINT_ORGANISERS = -0.75


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """``word`` without common endings, at most two ("occupying" → "occup")."""
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                word = word[:-len(suffix)]
                break
        else:
            break
    return word


def stems(words: frozenset[str]) -> frozenset[str]:
    """The stems of a set of content words."""
    return frozenset(stem(w) for w in words)


def word_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared stems as a share of the smaller set (0 when either is empty)."""
    if not a or not b:
        return 0.0
    sa, sb = stems(a), stems(b)
    return len(sa & sb) / min(len(sa), len(sb))


def organiser_score(a: frozenset[int], b: frozenset[int]) -> float:
    """What the two reports' organisers add: sharing one counts for, naming
    different ones counts against."""
    if not a or not b:
        return 0.0
    return SHARED_ORGANISER if a & b else DISJOINT_ORGANISERS
