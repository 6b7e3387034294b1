"""CSV export: one row per event, for spreadsheets.

The columns are the JSON export's event fields, in the same order, plus the
title of the document each event came from (a spreadsheet has no way to
look the id up). Lists (organisations, people, tags, edited fields) are
joined with "; "; ``roles`` lists the names with a role beyond "mentioned"
as "name: role".
joined with "; ". An event joined from several reports is one row: its
``sources`` cell lists each as "document id: date as stated", and
``field_sources`` says which of them (0 = first) gave the date, kind and title.

Choices a spreadsheet user notices, documented in docs/export.md:
- UTF-8 with a byte-order mark, so Excel reads curly quotes and accents
  instead of guessing a Windows code page; LibreOffice and Python's
  ``utf-8-sig`` accept it too.
- RFC 4180 quoting (csv.QUOTE_MINIMAL, CRLF row ends): evidence sentences
  with commas, quotes or line breaks stay in one cell.
- A text cell that begins with = + - @ or a tab would be run as a formula
  by spreadsheets; such cells get a leading apostrophe, the usual guard,
  because document text comes from anywhere on the web.
"""

from __future__ import annotations

import csv
import io
import json
from typing import BinaryIO

from ..filters import EventFilter
from ..store import Store
from .event_rows import events_and_document_titles

COLUMNS: tuple[str, ...] = (
    "id", "document_id", "document_title", "main", "title", "kind", "start", "end",
    "precision", "time", "organisations", "people", "roles", "evidence", "evidence_start",
    "evidence_end", "confidence", "user_edited", "edited_fields", "note", "tags",
    "source_count", "date_conflict", "sources", "field_sources",
)
LIST_SEPARATOR = "; "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_text(value: str | None) -> str:
    """Text for a cell, defused if a spreadsheet would read it as a formula."""
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _flag(value: object) -> str:
    return "true" if value else "false"


def _roles_cell(roles: list[dict]) -> str:
    return LIST_SEPARATOR.join(f"{r['name']}: {r['role']}" for r in roles
                               if r["role"] != "mentioned")


def _source_cells(sources: list[dict], field_sources: str | None) -> list[object]:
    """The sources as "document id: date as stated" joined, and which gave each field."""
    position = {s["id"]: i for i, s in enumerate(sources)}
    stated = LIST_SEPARATOR.join(
        f"{s['document_id'] if s['document_id'] is not None else '-'}: {s['start'] or 'undated'}"
        for s in sources)
    fields = json.loads(field_sources or "{}")
    given = LIST_SEPARATOR.join(f"{name}: {position[i]}" for name, i in sorted(fields.items())
                                if i in position)
    return [stated, given]


def _row(event: dict, document_titles: dict[int, str | None],
         roles: list[dict], sources: list[dict]) -> list[object]:
    return [
        event["id"],
        event["document_id"] if event["document_id"] is not None else "",
        _safe_text(document_titles.get(event["document_id"])),
        _flag(event["main"]),
        _safe_text(event["title"]),
        event["kind"],
        event["start"] or "",
        event["end"] or "",
        event["precision"],
        event["time"] or "",
        _safe_text(LIST_SEPARATOR.join(event["organisations"])),
        _safe_text(LIST_SEPARATOR.join(event["people"])),
        _safe_text(_roles_cell(roles)),
        _safe_text(event["evidence"]),
        "" if event["evidence_start"] is None else event["evidence_start"],
        "" if event["evidence_end"] is None else event["evidence_end"],
        event["confidence"],
        _flag(event["user_edited"]),
        LIST_SEPARATOR.join(event["edited_fields"]),
        _safe_text(event["note"]),
        _safe_text(LIST_SEPARATOR.join(event["tags"])),
        event["source_count"],
        _flag(event["date_conflict"]),
        *_source_cells(sources, event["field_sources"]),
    ]


def write_csv(store: Store, event_filter: EventFilter, out: BinaryIO) -> None:
    """Write the events the filter passes as UTF-8 (with BOM) CSV."""
    events, titles = events_and_document_titles(store, event_filter)
    roles = store.event_roles([e["id"] for e in events])
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        sources = store.sources_of_events(e["id"] for e in events)
        for event in events:
            writer.writerow(_row(event, titles, roles.get(event["id"], []),
                                 sources.get(event["id"], [])))
        text.flush()
    finally:
        text.detach()  # the caller owns ``out``; closing the wrapper would close it
