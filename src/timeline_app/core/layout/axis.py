"""The adaptive time axis: which ticks to draw and which labels fit.

The scale (hours to millennia) is chosen from the zoom and the width of one
label character, so labels never overlap; ``place_labels`` then decides
which labels to show and keeps the period under way pinned at the left edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from timeline_app.core.layout.view_range import FIRST_DAY, LAST_DAY
from timeline_app.core.partial_dates import MONTHS, date_to_days, days_to_date

_MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
_MONDAY_1970 = 4  # 1970-01-05 was a Monday; 1970-01-01 was a Thursday


@dataclass(frozen=True)
class Tick:
    """One axis tick at day number ``day`` with its ``label``."""

    day: float
    label: str


@dataclass(frozen=True)
class AxisTicks:
    """Ticks for one view: ``minor`` is the fine tier (e.g. months), ``major``
    the context tier above it (e.g. years); ``major`` starts with the period
    that contains the left edge, so its label can stay pinned on screen."""

    unit: str  # "hour" | "day" | "week" | "month" | "year"
    step: int
    minor: list[Tick]
    major: list[Tick]


#: Candidate tick scales, finest first: unit, step, shortest spacing in days,
#: characters in the longest label.
_SCALES: tuple[tuple[str, int, float, int], ...] = (
    ("hour", 1, 1 / 24, 5), ("hour", 3, 3 / 24, 5), ("hour", 6, 6 / 24, 5),
    ("hour", 12, 12 / 24, 5),
    ("day", 1, 1.0, 2), ("day", 2, 2.0, 2),
    ("week", 1, 7.0, 6),
    ("month", 1, 28.0, 3), ("month", 3, 89.0, 3), ("month", 6, 181.0, 3),
    ("year", 1, 365.0, 4), ("year", 2, 730.0, 4), ("year", 5, 1826.0, 4),
    ("year", 10, 3652.0, 4), ("year", 20, 7305.0, 4), ("year", 50, 18262.0, 4),
    ("year", 100, 36524.0, 4), ("year", 200, 73048.0, 4), ("year", 500, 182621.0, 4),
    ("year", 1000, 365242.0, 4),
)


def choose_scale(days_per_px: float, char_px: float, padding_px: float = 12.0) -> tuple[str, int]:
    """The finest tick scale whose labels fit between neighbouring ticks."""
    for unit, step, spacing_days, chars in _SCALES:
        if spacing_days / days_per_px >= chars * char_px + padding_px:
            return unit, step
    return _SCALES[-1][0], _SCALES[-1][1]


def axis_ticks(start: float, end: float, width_px: float, char_px: float = 7.0) -> AxisTicks:
    """Ticks and labels for the view [start, end) drawn ``width_px`` wide.

    ``char_px`` is the width of one label character (a digit) in the axis
    font; the scale is chosen so that labels never overlap.
    """
    start = max(start, FIRST_DAY)
    end = min(end, LAST_DAY)
    days_per_px = (end - start) / max(width_px, 1.0)
    unit, step = choose_scale(days_per_px, char_px)
    if unit == "hour":
        minor = _hour_ticks(start, end, step)
        major = _day_ticks(start, end, 1, long_label=True, include_before=True)
    elif unit == "day":
        minor = _day_ticks(start, end, step)
        major = _month_ticks(start, end, 1, long_label=True, include_before=True)
    elif unit == "week":
        minor = _week_ticks(start, end)
        major = _month_ticks(start, end, 1, long_label=True, include_before=True)
    elif unit == "month":
        minor = _month_ticks(start, end, step)
        major = _year_ticks(start, end, 1, include_before=True)
    else:
        minor = _year_ticks(start, end, step)
        major = _decade_ticks(start, end, include_before=True) if step < 10 else []
    return AxisTicks(unit, step, minor, major)


def _hour_ticks(start: float, end: float, step: int) -> list[Tick]:
    first = math.ceil(start * 24 / step) * step
    ticks = []
    hour = first
    while hour / 24 < end:
        ticks.append(Tick(hour / 24, f"{hour % 24:02d}:00"))
        hour += step
    return ticks


def _day_ticks(start: float, end: float, step: int, long_label: bool = False,
               include_before: bool = False) -> list[Tick]:
    day = math.floor(start) if include_before else math.ceil(start)
    day = day - (day % step)
    if not include_before and day < start:
        day += step
    ticks = []
    while day < end:
        d = days_to_date(day)
        if long_label:
            label = f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTH_ABBR[d.month - 1]} {d.year}"
        else:
            label = str(d.day)
        ticks.append(Tick(float(day), label))
        day += step
    return ticks


def _week_ticks(start: float, end: float) -> list[Tick]:
    day = math.ceil(start)
    day += (-(day - _MONDAY_1970)) % 7
    ticks = []
    while day < end:
        d = days_to_date(day)
        ticks.append(Tick(float(day), f"{d.day} {_MONTH_ABBR[d.month - 1]}"))
        day += 7
    return ticks


def _month_ticks(start: float, end: float, step: int, long_label: bool = False,
                 include_before: bool = False) -> list[Tick]:
    d = days_to_date(math.floor(start))
    month_index = d.year * 12 + (d.month - 1)
    month_index -= month_index % step
    ticks = []
    while True:
        year, month = divmod(month_index, 12)
        if year > 9998:
            break
        day = date_to_days(date(year, month + 1, 1))
        if day >= end:
            break
        if day >= start or include_before:
            label = f"{MONTHS[month]} {year}" if long_label else _MONTH_ABBR[month]
            ticks.append(Tick(day, label))
        month_index += step
    return ticks


def _year_ticks(start: float, end: float, step: int, include_before: bool = False) -> list[Tick]:
    year = days_to_date(math.floor(start)).year
    year -= year % step
    ticks = []
    while year <= 9998:
        day = date_to_days(date(max(year, 1), 1, 1))
        if day >= end:
            break
        if day >= start or include_before:
            ticks.append(Tick(day, str(year)))
        year += step
    return ticks


def _decade_ticks(start: float, end: float, include_before: bool = False) -> list[Tick]:
    return [Tick(t.day, f"{t.label}s") for t in _year_ticks(start, end, 10, include_before)]


def place_labels(xs: list[float], widths: list[float], view_width: float,
                 pin_first: bool = True, gap: float = 8.0) -> list[float | None]:
    """Left x for each label so none overlap, or None for labels to hide.

    With ``pin_first`` the label of the period already under way at the left
    edge stays on screen (pinned at x=4) until the next label pushes it out,
    the way a map keeps a street name visible. A label that would run past
    the right edge is hidden like one that would overlap its neighbour: half
    a label ("202" for 2023) reads as another number.
    """
    placed: list[float | None] = [None] * len(xs)
    right_edge = -math.inf
    for i, (x, w) in enumerate(zip(xs, widths)):
        left = x + 4
        if pin_first and left < 4:
            left = 4.0
            nxt = xs[i + 1] + 4 if i + 1 < len(xs) else math.inf
            left = min(left, nxt - gap - w)  # slide off as the next one arrives
        if left + w < 0 or left + w > view_width:
            continue
        if left < right_edge + gap:
            continue
        placed[i] = left
        right_edge = left + w
    return placed

