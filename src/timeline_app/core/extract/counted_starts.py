"""The first day of an act whose count reaches the chosen day.

"Students today decided to strike harder" over "the strike, which entered
its third day": the lede's day is a later day of the act whose days the
page counts, and the labels date an act by its first day. A counted day
("its third day") is resolved to the act's first day already; when the day
chosen as the main date is exactly the day that count runs to (N - 1 days
after the first), in a sentence sharing a kind cue with the count's, both
name one act, and its first day dates it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import TypeVar

from .day_counts import is_counted_day
from .main_date_week import Scored

__all__ = ["first_day_counted"]

C = TypeVar("C", bound=Scored)


def _count(relative: str | None) -> int | None:
    """N of a counted day's ``relative`` ("day 3", "day 3 friday")."""
    if not is_counted_day(relative):
        return None
    number = relative.split()[1]  # type: ignore[union-attr]
    return int(number) if number.isdigit() else None


def first_day_counted(main: C, candidates: Sequence[C], eligible: Callable[[C], bool],
                      sentence_cues: Sequence[Mapping[str, float]]) -> C:
    """The counted day whose count runs to ``main``'s day, in a sentence
    sharing a kind cue with ``main``'s, else ``main``."""
    if main.resolved.precision != "day" or _count(main.resolved.mention.relative) is not None:
        return main
    day = date.fromisoformat(main.resolved.iso)
    kinds = {kind for kind, weight in sentence_cues[main.index].items() if weight > 0}
    for candidate in candidates:
        count = _count(candidate.resolved.mention.relative)
        if count is None or candidate.resolved.precision != "day" or \
                date.fromisoformat(candidate.resolved.iso) + timedelta(days=count - 1) != day:
            continue
        if kinds.intersection(kind for kind, weight in sentence_cues[candidate.index].items() if weight > 0) and \
                eligible(candidate):
            return candidate
    return main
