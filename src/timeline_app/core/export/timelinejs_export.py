"""TimelineJS export: the JSON Knight Lab's TimelineJS reads, for the web.

Each dated event becomes a slide: ``start_date`` (and ``end_date`` for a
range) split into year/month/day strings with the parts the source does not
give left out, ``text.headline`` and ``text.text``, ``group`` = kind (one
row per kind in TimelineJS), ``unique_id``. TimelineJS renders headline and
text as HTML, so every piece of document text is escaped: a press release
cannot inject markup into the published page. Undated events cannot be
placed and are counted in the title slide instead.
"""

from __future__ import annotations

import json
from html import escape as _escape
from typing import BinaryIO

from ..filters import EventFilter
from ..partial_dates import describe, parse_iso
from ..store import Store
from .event_rows import events_and_document_titles


def escape(text: str) -> str:
    """Text made safe as HTML content (quotes need no escaping outside attributes)."""
    return _escape(text, quote=False)


def date_parts(iso: str, precision: str, time: str | None = None) -> dict[str, str]:
    """A TimelineJS date object holding only the parts that are known."""
    year, month, day = parse_iso(iso)
    parts = {"year": str(year)}
    if month is not None:
        parts["month"] = str(month)
    if day is not None:
        parts["day"] = str(day)
        if time:
            hour, minute = time.split(":")
            parts["hour"], parts["minute"] = str(int(hour)), str(int(minute))
    if precision == "approximate":
        parts["display_date"] = describe(iso, precision)
    return parts


def _text(event: dict, document_title: str | None) -> str:
    bits = []
    if event["evidence"]:
        bits.append(f"<blockquote>{escape(event['evidence'])}</blockquote>")
    if event["organisations"]:
        bits.append(f"<p>Organisations: {escape('; '.join(event['organisations']))}</p>")
    if event["people"]:
        bits.append(f"<p>People: {escape('; '.join(event['people']))}</p>")
    if document_title:
        bits.append(f"<p>Source: {escape(document_title)}</p>")
    if event["note"]:
        bits.append(f"<p>Note: {escape(event['note'])}</p>")
    return "".join(bits)


def timeline_dict(store: Store, event_filter: EventFilter | None = None) -> dict:
    """The TimelineJS document for the events the filter passes."""
    events, titles = events_and_document_titles(store, event_filter)
    slides = []
    undated = 0
    for event in events:
        if not event["start"] or event["precision"] == "unknown":
            undated += 1
            continue
        slide = {
            "start_date": date_parts(event["start"], event["precision"], event["time"]),
            "text": {
                "headline": escape(event["title"]),
                "text": _text(event, titles.get(event["document_id"])),
            },
            "group": event["kind"],
            "unique_id": f"event-{event['id']}",
        }
        if event["end"]:
            slide["end_date"] = date_parts(event["end"], event["precision"])
        slides.append(slide)
    intro = f"{len(slides)} event{'' if len(slides) == 1 else 's'} from Timeline."
    if undated:
        intro += (" 1 undated event is" if undated == 1
                  else f" {undated} undated events are") + " not shown."
    return {
        "title": {"text": {"headline": "Timeline", "text": f"<p>{escape(intro)}</p>"}},
        "events": slides,
    }


def write_timelinejs(store: Store, event_filter: EventFilter, out: BinaryIO) -> None:
    """Write the TimelineJS JSON (UTF-8) for the events the filter passes."""
    data = timeline_dict(store, event_filter)
    out.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    out.write(b"\n")
