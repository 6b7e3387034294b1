"""Writing dates the way the person chose in Preferences.

Dates are stored as partial ISO strings and drawn from day numbers; this is
the one place that turns either into words in a chosen style. The ``long``
style is the app's original wording (``partial_dates.describe`` and
``timeline_data.describe_span``), so choosing it changes nothing.
"""

from __future__ import annotations

from datetime import date

from timeline_app.core.partial_dates import MONTHS, describe, parse_iso, span_dates
from timeline_app.core.timeline_data import describe_span

#: Style name -> how 20 February 2017 looks in it (what Preferences offers).
DATE_STYLES: dict[str, str] = {
    "long": "20 February 2017",
    "short": "20 Feb 2017",
    "iso": "2017-02-20",
    "us": "February 20, 2017",
}
DEFAULT_DATE_STYLE = "long"


def _render(year: int, month: int | None, day: int | None, style: str) -> str:
    """One date known to the year, month or day, in ``style``."""
    if style == "iso":
        return "-".join([f"{year:04d}"] + [f"{n:02d}" for n in (month, day) if n is not None])
    if month is None:
        return str(year)
    name = MONTHS[month - 1][:3] if style == "short" else MONTHS[month - 1]
    if day is None:
        return f"{name} {year}"
    return f"{name} {day}, {year}" if style == "us" else f"{day} {name} {year}"


def _qualified(text: str, precision: str) -> str:
    if precision == "approximate":
        return f"about {text}"
    if precision == "unknown":
        return f"not before {text}"
    return text


def format_date(iso: str | None, precision: str, time: str | None = None,
                style: str = DEFAULT_DATE_STYLE) -> str:
    """A stored (partial) ISO date in words: ``20 Feb 2017``, ``2017-02``, ``about 2025``."""
    if style not in DATE_STYLES or style == "long":
        return describe(iso, precision, time)
    if not iso:
        return "undated"
    try:
        year, month, day = parse_iso(iso)
    except ValueError:
        return "undated"
    text = _render(year, month, day if month is not None else None, style)
    if time and day is not None:
        text += f", {time}"
    return _qualified(text, precision)


def format_span(start: float | None, end: float | None, precision: str,
                style: str = DEFAULT_DATE_STYLE) -> str:
    """An event's day span [start, end) in words, as precise as ``precision`` says."""
    if style not in DATE_STYLES or style == "long":
        return describe_span(start, end, precision)
    dates = span_dates(start, end)
    if dates is None:
        return "undated"
    first, last, after = dates
    months = (after.year - first.year) * 12 + after.month - first.month
    month_aligned = first.day == 1 and after.day == 1 and precision != "day"
    if precision == "approximate" and month_aligned and first.month == 1 and months == 36:
        return f"about {first.year + 1}"
    if month_aligned and first.month == 1 and months % 12 == 0:
        parts = [str(first.year), str(last.year)]
    elif month_aligned:
        parts = [_render(d.year, d.month, None, style) for d in (first, last)]
    else:
        parts = [_day(d, style) for d in (first, last)]
    text = parts[0] if parts[0] == parts[1] else f"{parts[0]} – {parts[1]}"
    return _qualified(text, precision)


def _day(value: date, style: str) -> str:
    return _render(value.year, value.month, value.day, style)


__all__ = ["DATE_STYLES", "DEFAULT_DATE_STYLE", "format_date", "format_span"]
