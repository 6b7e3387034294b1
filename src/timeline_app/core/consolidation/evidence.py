"""How much two reports' words and organisers say about being one event.

Real outlets tell one event in different word forms ("occupied",
"occupying", "occupation"; "protest", "protesters"), so words are compared
by a light stem. They also name different bodies: a local paper the local
students' union and its colleges, a campaign blog the national campaign.
Organisers named on both sides with none in common count against a match,
but only weakly when the reports already agree on the exact day and the
kind, share many words, and both name many bodies (a page listing many names participants
and hosts, and their difference says little about the day's action), and not
at all when one side names its bodies only in passing (no organiser, supporter
or target role: a wire report's credits, the school a local paper visited).

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
#: Disjoint organisers of reports of one day, kind and words when both sides list many.
DISJOINT_MANY_SAME_DAY = -0.25
#: Organisers named by one side up to this many are its organisers; more is a list.
FEW_ORGANISERS = 2


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


@lru_cache(maxsize=4096)  # a stored event's words are compared with many mentions
def stems(words: frozenset[str]) -> frozenset[str]:
    """The stems of a set of content words."""
    return frozenset(stem(w) for w in words)


def word_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared stems as a share of the smaller set (0 when either is empty)."""
    if not a or not b:
        return 0.0
    sa, sb = stems(a), stems(b)
    return len(sa & sb) / min(len(sa), len(sb))


def shared_stems(a: frozenset[str], b: frozenset[str]) -> int:
    """How many stems two sets of content words have in common."""
    return len(stems(a) & stems(b))


def organiser_score(a: frozenset[int], b: frozenset[int], same_story: bool,
                    a_acting: frozenset[int] | None = None,
                    b_acting: frozenset[int] | None = None) -> float:
    """What the two reports' organisers add: sharing one counts for, naming
    different ones counts against, weakly when ``same_story`` (same day and
    kind, many words shared) and both sides list many — and not at all when
    either side only mentions its bodies (``a_acting``/``b_acting``: those it
    names as organiser, supporter or target; a wire report's credits, a school
    a local paper visited, say nothing of who acted)."""
    if not a or not b:
        return 0.0
    if a & b:
        return SHARED_ORGANISER
    if a_acting is not None and b_acting is not None and not (a_acting and b_acting):
        return 0.0
    if same_story and min(len(a), len(b)) > FEW_ORGANISERS:
        return DISJOINT_MANY_SAME_DAY
    return DISJOINT_ORGANISERS
