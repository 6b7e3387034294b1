"""Dates that are only partly known: ``2017-02-20``, ``2017-02``, ``2017``.

Events carry an ISO string cut to what the source says plus a precision.
For sorting, filtering and drawing we also need numbers: the span of days the
date may cover, as days since 1970-01-01 (start inclusive, end exclusive).
"""

from __future__ import annotations

import calendar
import functools
import math
from datetime import date, timedelta

_EPOCH = date(1970, 1, 1).toordinal()

#: English month names, January first (for labels and descriptions).
MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _ordinal(year: int, month: int, day: int) -> float:
    return float(date(year, month, day).toordinal() - _EPOCH)


def parse_iso(iso: str) -> tuple[int, int | None, int | None]:
    """Split ``YYYY[-MM[-DD]]`` into numbers; raises ValueError on anything else."""
    parts = iso.strip().split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not an ISO date: {iso!r}")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month out of range: {iso!r}")
    if day is not None:
        date(year, month or 1, day)  # validates the day for that month
    if not 1 <= year <= 9999:
        raise ValueError(f"year out of range: {iso!r}")
    return year, month, day


@functools.lru_cache(maxsize=8192)
def span_days(iso: str | None, precision: str = "day") -> tuple[float | None, float | None]:
    """The half-open span of days ``iso`` may mean, or (None, None) if undated.

    The span follows what the string holds (``2017-02`` covers February);
    ``approximate`` widens a year to a year either side, because "about 2025"
    honestly means 2024-2026. Remembered for the last few thousand dates: an
    import asks for the same mention's span several times (to store it, to
    match it, to look for pages), and an archive's dates repeat.
    """
    if not iso:
        return None, None
    try:
        year, month, day = parse_iso(iso)
    except ValueError:
        return None, None
    if day is not None and month is not None:
        start = _ordinal(year, month, day)
        end = start + 1
    elif month is not None:
        start = _ordinal(year, month, 1)
        end = start + calendar.monthrange(year, month)[1]
    else:
        start = _ordinal(year, 1, 1)
        end = _ordinal(year + 1, 1, 1) if year < 9999 else start + 365
    if precision == "approximate" and day is None and month is None:
        start = _ordinal(max(year - 1, 1), 1, 1)
        end = _ordinal(min(year + 2, 9999), 1, 1)
    return start, end


@functools.lru_cache(maxsize=8192)
def event_span(
    start: str | None, end: str | None, precision: str
) -> tuple[float | None, float | None]:
    """Day span of an event from its start and optional end strings
    (remembered: an import, consolidation and the editors ask for the same
    few dates again and again)."""
    s0, s1 = span_days(start, precision)
    if end:
        _e0, e1 = span_days(end, precision)
        if e1 is not None and s0 is not None and e1 > s0:
            s1 = e1
    return s0, s1


def year_of(iso: str | None) -> int | None:
    """The year an ISO date falls in, or None."""
    if not iso:
        return None
    try:
        return parse_iso(iso)[0]
    except ValueError:
        return None


@functools.lru_cache(maxsize=8192)
def stored_span(
    start: str | None, end: str | None, precision: str
) -> tuple[float | None, float | None, int | None]:
    """``(t_start, t_end, year)`` as the events table stores them.

    "Not before 2022" (precision ``unknown``) is a bound, not a date: such an
    event goes on the Undated shelf and matches no year range.
    """
    if precision == "unknown":
        return None, None, None
    t_start, t_end = event_span(start, end, precision)
    return t_start, t_end, year_of(start)


def describe(iso: str | None, precision: str, time: str | None = None) -> str:
    """How a person reads the date: ``20 February 2017``, ``February 2017``,
    ``2016``, ``about 2025``, ``undated``."""
    if not iso or precision == "unknown" and not iso:
        return "undated"
    try:
        year, month, day = parse_iso(iso)
    except ValueError:
        return "undated"
    if day is not None and month is not None:
        text = f"{day} {MONTHS[month - 1]} {year}"
        if time:
            text += f", {time}"
    elif month is not None:
        text = f"{MONTHS[month - 1]} {year}"
    else:
        text = str(year)
    if precision == "approximate":
        return f"about {text}"
    if precision == "unknown":
        return f"not before {text}"
    return text


def days_to_date(days: float) -> date:
    """Inverse of the day numbers used above (for axis labels and tests)."""
    return date.fromordinal(int(days) + _EPOCH)


def span_dates(start: float | None, end: float | None) -> tuple[date, date, date] | None:
    """(first day, last day, day after) of the day span [start, end), or None
    when undated; an empty or missing end means the one day ``start``."""
    if start is None or not math.isfinite(start):
        return None
    if end is None or not math.isfinite(end) or end <= start:
        end = start + 1
    after = days_to_date(math.ceil(end))
    return days_to_date(math.floor(start)), after - timedelta(days=1), after


def date_to_days(value: date) -> float:
    """Day number of a calendar date."""
    return float(value.toordinal() - _EPOCH)


def days_around_year(month: int, day: int, year: int) -> list[date]:
    """A day and month stated without a year, as the real days it may be in the
    year before ``year``, ``year`` itself and the year after (29 February only
    where there is one)."""
    found = []
    for near in (year - 1, year, year + 1):
        try:
            found.append(date(near, month, day))
        except ValueError:
            continue
    return found
