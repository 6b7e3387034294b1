"""The day that narrows a main event dated only by its week.

"Teachers will strike again next week" over "a one-day national strike next
Wednesday": the headline's week is the same event as the lede's day, and a
reader dates it by the day. So when the main date is a week counted from
the page's date ("next week", "last week") and a sentence just after it
names a day inside that same week, the day dates the event instead -
provided that sentence shares a kind cue with the week's ("strike ... next
week" and "a one-day national strike next Tuesday"): "talks on Tuesday"
after "will strike next week" is another event's day.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import Protocol, TypeVar

from .date_resolution import ResolvedDate

__all__ = ["day_in_the_week"]

#: How many sentences after the week's sentence may name its day.
_NEAR_SENTENCES = 2


class Scored(Protocol):
    resolved: ResolvedDate
    index: int
    score: float


C = TypeVar("C", bound=Scored)


def _is_a_week(resolved: ResolvedDate) -> bool:
    relative = resolved.mention.relative
    return bool(relative) and resolved.precision == "approximate" and relative.split()[-1] == "week"


def day_in_the_week(main: C, candidates: Sequence[C], eligible: Callable[[C], bool],
                    sentence_cues: Sequence[Mapping[str, float]]) -> C:
    """The candidate naming a day in ``main``'s week (counted from the page's
    date) within a couple of sentences after it, in a sentence sharing a kind
    cue with ``main``'s (``sentence_cues``: kind weights per sentence index),
    else ``main``."""
    if not _is_a_week(main.resolved):
        return main
    week_day = date.fromisoformat(main.resolved.iso)
    monday = week_day - timedelta(days=week_day.weekday())
    kinds = {kind for kind, weight in sentence_cues[main.index].items() if weight > 0}
    for candidate in candidates:
        resolved = candidate.resolved
        if resolved.precision != "day" or not main.index < candidate.index <= main.index + _NEAR_SENTENCES:
            continue
        if not kinds.intersection(kind for kind, weight in sentence_cues[candidate.index].items() if weight > 0):
            continue  # another event's day: "talks on Tuesday" after "will strike next week"
        if monday <= date.fromisoformat(resolved.iso) < monday + timedelta(days=7) and eligible(candidate):
            return candidate
    return main
