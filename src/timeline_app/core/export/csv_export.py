"""CSV export: one row per event, for spreadsheets.

The columns are the JSON export's event fields, in the same order, plus the
title of the document each event came from (a spreadsheet has no way to
look the id up). Lists (organisations, people, tags, edited fields) are
joined with "; "; ``roles`` lists the names with a role beyond "mentioned"
as "name: role".

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
from typing import BinaryIO

from ..filters import EventFilter
from ..store import Store
from .event_rows import events_and_document_titles

COLUMNS: tuple[str, ...] = (
    "id", "document_id", "document_title", "main", "title", "kind", "start", "end",
    "precision", "time", "organisations", "people", "roles", "evidence", "evidence_start",
    "evidence_end", "confidence", "user_edited", "edited_fields", "note", "tags",
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


def _row(event: dict, document_titles: dict[int, str | None],
         roles: list[dict]) -> list[object]:
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
    ]


def write_csv(store: Store, event_filter: EventFilter, out: BinaryIO) -> None:
    """Write the events the filter passes as UTF-8 (with BOM) CSV."""
    events, titles = events_and_document_titles(store, event_filter)
    roles = store.event_roles([e["id"] for e in events])
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for event in events:
            writer.writerow(_row(event, titles, roles.get(event["id"], [])))
        text.flush()
    finally:
        text.detach()  # the caller owns ``out``; closing the wrapper would close it
