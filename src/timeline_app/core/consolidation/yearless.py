"""A day and month without a year: which stored event an undated report means.

A page with no publication date often dates its event by a day and month
alone ("Wednesday, March 14, students across the country walked out"; "Mass
strike day, 30th November"). Extraction cannot place such a date in a year,
so the report is undated, and the undated rules join it only on an organiser
and many words — which the same organisers' other actions share too (the
walkout of 14 March and the one of 20 April, told in the same words by the
same schools; a strike in June and one in November over the same pensions).
The day and month still tell them apart:

- **agreeing** (``yearless_match``): an undated report whose sentence states a
  day and month joins the event of its kind, among those sharing one of its
  organisers, dated that day and month (on that weekday, when the sentence
  names one), scored as if the report were dated that day — but only when
  every such event falls in one year: the same day in two years (an annual
  march) says nothing about which is meant;
- **contradicting** (``contradicts``): an undated report whose sentence states
  days and months none of which falls near an event's date (within a few days;
  a lasting action's window for an occupation or a strike) never joins that
  event by the undated rules — a page announcing the November strike is not
  the June strike it mentions;
- **a named weekday without an organiser in common** (``named_weekday_match``):
  a page whose bodies are its own (a school club's walkout on "Friday, April
  20") shares no organiser with the wire reports of the national action. A
  day, month and weekday fall together only every few years, so the report is
  read on each of those days (``weekday_readings``) and joins the event of its
  kind dated on one of them whose words it mostly shares
  (``NAMED_WEEKDAY_MIN_SHARED`` stems, ``NAMED_WEEKDAY_MIN_OVERLAP`` of the
  smaller set) — when such events fall on one day only.

Only the report's own sentence is read (a page's other dates are its
background). Dates come from the extractor's date finder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ..extract.date_resolution import WEEKDAY_NUMBERS
from ..extract.dates import find_dates
from ..partial_dates import date_to_days, days_around_year, days_to_date, event_span, parse_iso
from .lasting import LASTING_KINDS, LASTING_WINDOW_DAYS
from .evidence import shared_stems, word_overlap
from .matching import APPROXIMATE_SLACK, Candidate, best_match
from .mentions import Mention

_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAY_NUMBERS) + r")\b", re.IGNORECASE)
#: The years a day, month and weekday stated without a year are read in when no
#: organiser narrows the events (the three fall together every five to eleven years).
NAMED_WEEKDAY_YEARS = range(1950, 2051)
#: Stems, and their share of the smaller set, an undated report naming its weekday
#: must share with an event it shares no organiser with (an organiser's other actions
#: are kept apart by the day; this keeps another cause's action that day apart).
NAMED_WEEKDAY_MIN_SHARED = 5
NAMED_WEEKDAY_MIN_OVERLAP = 0.4


class YearlessDay(NamedTuple):
    """A day and month a sentence states without a year, and its weekday if named."""

    month: int
    day: int
    weekday: int | None = None


@lru_cache(maxsize=4096)  # a stored page's sentence is read again by each later report
def yearless_days(evidence: str | None) -> tuple[YearlessDay, ...]:
    """The days and months ``evidence`` states without a year (not relative phrases)."""
    if not evidence:
        return ()
    found = []
    for mention in find_dates(evidence):
        if (mention.year is None and mention.month is not None and mention.day is not None
                and mention.relative is None):
            named = _WEEKDAY.search(mention.text)
            weekday = None if named is None else WEEKDAY_NUMBERS[named.group(1).lower()]
            found.append(YearlessDay(mention.month, mention.day, weekday))
    return tuple(dict.fromkeys(found))


def _readings(stated: YearlessDay, year: int) -> list[float]:
    """The day numbers ``stated`` may be in the years around ``year`` (its weekday kept)."""
    return [date_to_days(day) for day in days_around_year(stated.month, stated.day, year)
            if stated.weekday is None or day.weekday() == stated.weekday]


def _start_day(candidate: Candidate) -> date | None:
    if candidate.precision != "day" or not candidate.start:
        return None
    try:
        year, month, day = parse_iso(candidate.start)
    except ValueError:
        return None
    return None if month is None or day is None else date(year, month, day)


def contradicts(days: tuple[YearlessDay, ...], candidate: Candidate) -> bool:
    """Whether none of the stated ``days`` can be ``candidate``'s date (``date_contradicts``)."""
    return date_contradicts(days, candidate.kind, candidate.start, candidate.end,
                            candidate.precision)


def date_contradicts(days: tuple[YearlessDay, ...], kind: str, start: str | None,
                     end: str | None, precision: str) -> bool:
    """Whether none of the stated ``days`` can be the date of an event of ``kind``:
    no reading of them falls within a few days of its span (a lasting action's
    window for an occupation or a strike). False when nothing is stated or the
    event has no day or month."""
    if not days or precision not in ("day", "approximate", "month"):
        return False
    t0, t1 = event_span(start, end, precision)
    if t0 is None or t1 is None:
        return False
    slack = LASTING_WINDOW_DAYS if kind in LASTING_KINDS else APPROXIMATE_SLACK
    year = days_to_date(t0).year
    return not any(t0 - slack <= reading < t1 + slack
                   for stated in days for reading in _readings(stated, year))


def _agrees(stated: YearlessDay, day: date) -> bool:
    return ((stated.month, stated.day) == (day.month, day.day)
            and (stated.weekday is None or stated.weekday == day.weekday()))


def yearless_match(mention: Mention, days: tuple[YearlessDay, ...],
                   candidates: Iterable[Candidate]) -> int | None:
    """The event of the undated ``mention``'s kind dated on one of its stated
    ``days`` (``candidates`` share one of its organisers), scored as a report of
    that day (``matching.best_match``); None when such events fall on several
    days (the same day of two years), or none fits."""
    if not days or mention.kind == "other":
        return None
    agreeing: dict[date, list[Candidate]] = {}
    for candidate in candidates:
        day = _start_day(candidate)
        if (day is not None and candidate.kind == mention.kind
                and mention.document_id not in candidate.document_ids
                and any(_agrees(stated, day) for stated in days)):
            agreeing.setdefault(day, []).append(candidate)
    if len(agreeing) != 1:
        return None
    (day, pool), = agreeing.items()
    t0 = date_to_days(day)
    dated = replace(mention, start=day.isoformat(), precision="day", t_start=t0, t_end=t0 + 1)
    return best_match(dated, pool)


def names_a_weekday(evidence: str | None) -> bool:
    """Whether ``evidence`` names a weekday at all (the cheap test before its dates are read)."""
    return bool(evidence) and _WEEKDAY.search(evidence) is not None


def weekday_readings(days: tuple[YearlessDay, ...]) -> list[float]:
    """The day numbers, over ``NAMED_WEEKDAY_YEARS``, on which a stated day and
    month fall on the weekday named with them (days stated without a weekday: none)."""
    found = set()
    for stated in days:
        if stated.weekday is None:
            continue
        for year in NAMED_WEEKDAY_YEARS:
            try:
                day = date(year, stated.month, stated.day)
            except ValueError:
                continue
            if day.weekday() == stated.weekday:
                found.add(date_to_days(day))
    return sorted(found)


def named_weekday_match(mention: Mention, days: tuple[YearlessDay, ...],
                        candidates: Iterable[Candidate]) -> int | None:
    """The event an undated ``mention`` stating a day, month and weekday tells
    without the help of an organiser (it names none, or none of its organisers'
    events matched; an organiser in common is not asked for): ``candidates`` are the events dated on its
    ``weekday_readings``; those sharing most of its words are asked, as
    ``yearless_match`` asks (one day only, scored as a report of that day)."""
    named = tuple(stated for stated in days if stated.weekday is not None)
    pool = [c for c in candidates
            if shared_stems(mention.words, c.words) >= NAMED_WEEKDAY_MIN_SHARED
            and word_overlap(mention.words, c.words) >= NAMED_WEEKDAY_MIN_OVERLAP]
    return yearless_match(mention, named, pool) if named and pool else None


__all__ = ["YearlessDay", "contradicts", "date_contradicts", "named_weekday_match",
           "names_a_weekday", "weekday_readings", "yearless_days", "yearless_match"]
