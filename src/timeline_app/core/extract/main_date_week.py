"""The day that narrows a main event dated only by its week.

"Teachers will strike again next week" over "a one-day national strike next
Wednesday": the headline's week is the same event as the lede's day, and a
reader dates it by the day. So when the main date is a week counted from
the page's date ("next week", "last week") and a sentence just after it
names a day inside that same week, the day dates the event instead -
provided that sentence shares a kind cue with the week's ("strike ... next
week" and "a one-day national strike next Tuesday"): "talks on Tuesday"
after "will strike next week" is another event's day. A sentence naming two days of that week with a clause
break between them (";", or "and" before a kind cue of its own, with or without a comma) lists the week's several
acts ("a strike for Thursday; a mass meeting for Tuesday", "a meeting on Tuesday and strike on Thursday"): the week
stays. Two days joined otherwise are one act's span ("will run from Wednesday to Friday", "begin on Wednesday and
last until Friday"), dated by the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import Protocol, TypeVar

from .date_resolution import ResolvedDate
from .kinds import cue_matches
from .sentences import Span

__all__ = ["day_in_the_week"]

#: How many sentences after the week's sentence may name its day.
_NEAR_SENTENCES = 2


class Scored(Protocol):
    resolved: ResolvedDate
    sentence: Span
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
    near = [c for c in candidates if c.resolved.precision == "day" and
            main.index < c.index <= main.index + _NEAR_SENTENCES and
            monday <= date.fromisoformat(c.resolved.iso) < monday + timedelta(days=7)]
    days: dict[int, list[C]] = {}
    for candidate in near:
        days.setdefault(candidate.index, []).append(candidate)
    listing = {index for index, its_days in days.items() if _several_acts(its_days)}  # (each sentence read once)
    for candidate in near:
        if candidate.index in listing:
            continue  # "a strike for Thursday; a mass meeting for Tuesday": the week's several acts
        if not kinds.intersection(kind for kind, weight in sentence_cues[candidate.index].items() if weight > 0):
            continue  # another event's day: "talks on Tuesday" after "will strike next week"
        if eligible(candidate):
            return candidate
    return main


# What parts one act's clause from another's between two days of a sentence: a ";", or "and" ("while", "but"),
# with or without a comma, when the clause after it names a kind of its own ("on Thursday, and cleaners strike
# on Wednesday", "a meeting on Tuesday and strike on Thursday"; not "begin on Wednesday and last until Friday").
_CLAUSE_BREAK = re.compile(r"(;)|(?:,[ \t]*|\b)(?:and|while|but|whilst)\b", re.IGNORECASE)


def _several_acts(days: Sequence[Scored]) -> bool:
    """Whether ``days``, one sentence's days of the week, are the days of several acts, each in its own clause."""
    ordered = sorted(days, key=lambda day: day.resolved.mention.start)
    for before, after in zip(ordered, ordered[1:]):
        if before.resolved.iso == after.resolved.iso:
            continue
        start = after.sentence.start
        between = after.sentence.text[before.resolved.mention.end - start:after.resolved.mention.start - start]
        found = _CLAUSE_BREAK.search(between)
        if found and (found.group(1) or any(weight > 0 for _, _, weight in cue_matches(between[found.end():]))):
            return True
    return False
