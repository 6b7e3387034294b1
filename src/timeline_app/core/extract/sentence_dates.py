"""One event per sentence: the date the sentence's act carries.

A sentence with two dates ("The sit-ins first began in 2012 ... since the
1989 movement was crushed") used to give two events with the same title,
one of them dated by the background year: the reader saw "The sit-ins
first began in 2012" dated 1989. The secondary event of a sentence takes
the date that scores best as an event's date (more precise, nearer the
page, with the sentence's action words), the earliest on a tie: the act a
sentence opens with comes first more often than the background it recalls.
The main event's sentence is left alone (its title is the headline's).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

__all__ = ["best_date_per_sentence"]


class _Scored(Protocol):
    index: int
    score: float


def best_date_per_sentence(candidates: Iterable[_Scored], main: _Scored | None) -> set[int]:
    """``id()`` of the candidate kept for each sentence (candidates in text order)."""
    best: dict[int, _Scored] = {}
    for candidate in candidates:
        if candidate is main:
            continue
        kept = best.get(candidate.index)
        if kept is None or candidate.score > kept.score:
            best[candidate.index] = candidate
    return {id(candidate) for candidate in best.values()}
