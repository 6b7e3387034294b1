"""iCalendar export: one all-day VEVENT per dated event, for calendar apps.

Built with the ``icalendar`` library, which does RFC 5545's escaping and
line folding. Dates are only as exact as the source: an event known to the
day is a one-day all-day event; one known only to the month or year covers
that whole month or year (approximate ones likewise), and the description
says how exactly the date is known. Undated events have no place in a
calendar and are left out. Times of day go in the description rather than
the start, because the sources never say which time zone they mean.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import BinaryIO

from icalendar import Calendar, Event

from ... import __version__
from ..filters import EventFilter
from ..partial_dates import date_to_days, days_to_date, describe, event_span
from ..store import Store
from .event_rows import events_and_document_titles

PRODUCT_ID = f"-//Timeline//timeline-app {__version__}//EN"

_PRECISION_NOTE = {
    "day": "Date known to the day.",
    "month": "Date known only to the month; shown across the whole month.",
    "year": "Date known only to the year; shown across the whole year.",
    "approximate": "Date approximate; shown across the period the source names.",
}


def event_uid(event_id: int) -> str:
    """A UID that stays the same each time this database is exported, so a
    calendar app updates events on re-import instead of duplicating them."""
    return f"event-{event_id}@timeline-app"


def all_day_span(start: str, end: str | None) -> tuple[date, int] | None:
    """First day and how many days the event's dates cover."""
    # "day" precision: the span of what the ISO string itself holds, without
    # the widening "about 2025" gets on the canvas.
    first, last = event_span(start, end, "day")
    if first is None or last is None:
        return None
    return days_to_date(first), int(last - first)


_LAST_DAY = date_to_days(date.max)


def _add_span(entry: Event, first: date, days: int) -> None:
    """DTSTART and DTEND, or DURATION when the day after the end is past 9999."""
    entry.add("dtstart", first)
    if date_to_days(first) + days > _LAST_DAY:
        entry.add("duration", timedelta(days=days))
    else:
        entry.add("dtend", first + timedelta(days=days))


def _description(event: dict, document_title: str | None) -> str:
    lines = [describe(event["start"], event["precision"], event["time"])
             + (f" to {describe(event['end'], event['precision'])}" if event["end"] else ""),
             _PRECISION_NOTE.get(event["precision"], "")]
    if event["organisations"]:
        lines.append("Organisations: " + "; ".join(event["organisations"]))
    if event["people"]:
        lines.append("People: " + "; ".join(event["people"]))
    if event["evidence"]:
        lines.append(f"Evidence: {event['evidence']}")
    if document_title:
        lines.append(f"Source: {document_title}")
    if event["note"]:
        lines.append(f"Note: {event['note']}")
    if event["tags"]:
        lines.append("Tags: " + "; ".join(event["tags"]))
    return "\n".join(line for line in lines if line)


def build_calendar(store: Store, event_filter: EventFilter | None = None) -> Calendar:
    """The calendar for the events the filter passes (dated ones only)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Timeline")
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    events, titles = events_and_document_titles(store, event_filter)
    for event in events:
        if not event["start"] or event["precision"] == "unknown":
            continue  # undated, or only "not before": nothing to put on a day
        span = all_day_span(event["start"], event["end"])
        if span is None:
            continue
        entry = Event()
        entry.add("uid", event_uid(event["id"]))
        entry.add("dtstamp", stamp)
        _add_span(entry, *span)
        entry.add("summary", event["title"])
        entry.add("description", _description(event, titles.get(event["document_id"])))
        entry.add("categories", [event["kind"]])
        calendar.add_component(entry)
    return calendar


def write_ics(store: Store, event_filter: EventFilter, out: BinaryIO) -> None:
    """Write the dated events the filter passes as an iCalendar (.ics) file."""
    out.write(build_calendar(store, event_filter).to_ical())
