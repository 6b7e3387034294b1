"""What a person types into an event's fields, checked and normalised.

Dates as people write them (``20 February 2017``, ``Feb 2017``), titles,
kinds, times and tags become the stored values, or an ``EditError`` that
says in one sentence what to type instead.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from dateutil import parser as date_parser

from ..models import KINDS, PRECISIONS, TIME_OF_DAY
from ..partial_dates import event_span, parse_iso, stored_span
from .changes import EditError

#: Fields ``update_event`` accepts; the derived day numbers follow from them.
EDITABLE_FIELDS = ("title", "kind", "start", "end", "precision", "time", "note", "tags")
_DATE_FIELDS = {"start", "end", "precision"}
_PRECISION_PARTS = {"day": 3, "month": 2, "year": 1}


def parse_user_date(text: str) -> tuple[str | None, str | None]:
    """A date as a person types it -> (ISO partial date, precision it shows).

    Accepts ISO (``2017``, ``2017-02``, ``2017-02-20``) and written dates
    (``20 February 2017``, ``Feb 2017``, ``20/02/2017`` — numeric dates are
    day-first, as in UK sources). Empty text means undated: (None, None).
    Raises EditError with an example when the text is not a date.
    """
    text = text.strip()
    if not text:
        return None, None
    if re.fullmatch(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", text):
        try:
            year, month, day = parse_iso(text)
        except ValueError as exc:
            raise EditError(f"“{text}” is not a real date.") from exc
        if day is not None:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
        if month is not None:
            return f"{year:04d}-{month:02d}", "month"
        return f"{year:04d}", "year"
    # Parse twice with different defaults: a part that changes with the
    # default was not in the text, which tells us the precision.
    try:
        first = date_parser.parse(text, dayfirst=True, default=datetime(2000, 1, 1))
        second = date_parser.parse(text, dayfirst=True, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError) as exc:
        raise EditError(
            f"“{text}” is not a date Timeline understands; try 2017-02-20, 2017-02 or 2017."
        ) from exc
    if first.year != second.year:
        raise EditError(f"“{text}” has no year; try 2017-02-20, 2017-02 or 2017.")
    if first.month != second.month:
        return f"{first.year:04d}", "year"
    if first.day != second.day:
        return f"{first.year:04d}-{first.month:02d}", "month"
    return first.date().isoformat(), "day"


def cut_to_precision(iso: str | None, precision: str, label: str) -> str | None:
    """Trim an ISO date to what ``precision`` claims; refuse one that says less."""
    if iso is None:
        return None
    try:
        year, month, day = parse_iso(iso)
    except ValueError as exc:
        raise EditError(f"The {label} date “{iso}” is not a date like 2017-02-20.") from exc
    parts = [f"{year:04d}"] + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if day else [])
    wanted = _PRECISION_PARTS.get(precision)
    if wanted is None:
        return "-".join(parts)
    if len(parts) < wanted:
        raise EditError(
            f"The {label} date “{iso}” is less exact than “{precision}”; "
            f"give the {precision} or choose a coarser precision."
        )
    return "-".join(parts[:wanted])


def check_fields(current: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise new field values against the current row."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise EditError(f"These fields cannot be edited: {', '.join(sorted(unknown))}.")
    clean: dict[str, Any] = {}
    if "title" in fields:
        title = " ".join(str(fields["title"] or "").split())
        if not title:
            raise EditError("An event needs a title.")
        clean["title"] = title
    if "kind" in fields:
        if fields["kind"] not in KINDS:
            raise EditError(f"“{fields['kind']}” is not a kind; choose one of {', '.join(KINDS)}.")
        clean["kind"] = fields["kind"]
    if "note" in fields:
        clean["note"] = str(fields["note"] or "")
    if "tags" in fields:
        tags: list[str] = []
        for tag in fields["tags"] or ():
            tag = " ".join(str(tag).split())
            if tag and tag not in tags:
                tags.append(tag)
        clean["tags"] = json.dumps(tags, ensure_ascii=False)
    if "time" in fields:
        time = (fields["time"] or "").strip() or None
        if time is not None:
            match = TIME_OF_DAY.match(time)
            if not match:
                raise EditError(f"“{time}” is not a time of day like 10:30.")
            time = f"{int(match[1]):02d}:{match[2]}"
        clean["time"] = time
    if _DATE_FIELDS & set(fields):
        precision = fields.get("precision", current["precision"])
        if precision not in PRECISIONS:
            raise EditError(
                f"“{precision}” is not a precision; choose one of {', '.join(PRECISIONS)}."
            )
        start = fields["start"] if "start" in fields else current["start"]
        end = fields["end"] if "end" in fields else current["end"]
        start = cut_to_precision(start or None, precision, "start")
        end = cut_to_precision(end or None, precision, "end")
        if end and not start:
            raise EditError("An event with an end date needs a start date too.")
        first_day = event_span(start, None, precision)[0]
        if end and first_day is not None:
            end_first_day = event_span(end, None, precision)[0]
            if end_first_day is not None and end_first_day < first_day:
                raise EditError("The end date comes before the start date.")
        if start is None:
            precision = "unknown"  # no date at all is undated
        t_start, t_end, year = stored_span(start, end, precision)
        clean.update(start=start, end=end, precision=precision,
                     t_start=t_start, t_end=t_end, year=year)
    return clean
