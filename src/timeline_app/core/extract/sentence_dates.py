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

from .date_mentions import DateMention
from .day_counts import is_the_counts_day

__all__ = ["best_date_per_sentence"]


class _Resolved(Protocol):
    mention: DateMention


class _Scored(Protocol):
    index: int
    score: float
    resolved: _Resolved


def best_date_per_sentence(candidates: Iterable[_Scored], main: _Scored | None) -> set[int]:
    """``id()`` of the candidate kept for each sentence (candidates in text order); in the main event's
    sentence none when the best is the day the main event's count runs to ("for a third day on Tuesday")."""
    best: dict[int, _Scored] = {}
    for candidate in candidates:
        if candidate is main:
            continue
        kept = best.get(candidate.index)
        if kept is None or candidate.score > kept.score:
            best[candidate.index] = candidate
    if main is not None and main.index in best and \
            is_the_counts_day(main.resolved.mention, best[main.index].resolved.mention):
        del best[main.index]
    return {id(candidate) for candidate in best.values()}
