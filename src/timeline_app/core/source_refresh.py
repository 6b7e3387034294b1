"""Rewrite a consolidated event from its sources: shared by the store and the migrations.

The schema-6 upgrade consolidates existing events and so needs this write,
but the migrations cannot import the store (the store imports them); the
store calls it after every split, merge and move. Like the migrations, it
is one of the few places outside ``core/store/`` allowed to hold SQL.
"""

from __future__ import annotations

import json
import sqlite3

from .consolidation import SourceFacts, consolidate_fields
from .consolidation.link_roles import relinked_roles

__all__ = ["refresh_event_from_sources"]

_SOURCE_FACTS = """SELECT id, document_id, title, kind, start, "end", precision, time,
    confidence, main FROM event_sources WHERE event_id = ? ORDER BY id"""
#: Every column ``consolidate_fields`` may set, read before writing them.
_DERIVED_COLUMNS = ("date_conflict", "start", "end", "precision", "time", "t_start", "t_end",
                    "year", "kind", "title", "confidence", "source_count", "field_sources")
_DERIVED = 'SELECT edited_fields, "' + '", "'.join(_DERIVED_COLUMNS) + '" FROM events WHERE id = ?'
_LINKS = (("event_organisations", "organisation_id", "organisation_ids", "organisations"),
          ("event_people", "person_id", "person_ids", "people"))


def refresh_event_from_sources(conn: sqlite3.Connection, event_id: int,
                               relink: bool = False) -> None:
    """Write a shown event's fields as its sources now give them.

    With ``relink`` its organisations and people become exactly its
    sources' (after a source left it); otherwise links are only ever added,
    by the caller. Fields and links the user edited are kept. Lives here because the
    one-time consolidation below needs it and the migrations cannot import
    the store; the store calls it too. An event without sources (added by
    hand) keeps its fields.
    """
    sources = [SourceFacts(*row[:9], bool(row[9]))
               for row in conn.execute(_SOURCE_FACTS, (event_id,))]
    if not sources:
        conn.execute("UPDATE events SET source_count = 0, date_conflict = 0 WHERE id = ?",
                     (event_id,))
        return
    stored = conn.execute(_DERIVED, (event_id,)).fetchone()
    edited = json.loads(stored[0] or "[]")
    # Only changed columns are written: an unchanged title leaves the search index alone.
    columns = {name: value for name, value in consolidate_fields(sources, edited).columns.items()
               if stored[_DERIVED_COLUMNS.index(name) + 1] != value}
    if columns:
        assignments = ", ".join(f'"{name}" = ?' for name in columns)
        conn.execute(f"UPDATE events SET {assignments} WHERE id = ?",
                     [*columns.values(), event_id])
    for link, column, source_column, field in _LINKS:
        if field not in edited and relink:
            _relink(conn, event_id, link, column, source_column, field)


def _relink(conn: sqlite3.Connection, event_id: int, link: str, column: str,
            source_column: str, field: str) -> None:
    """Link the event to exactly its sources' names, keeping roles (``relinked_roles``)."""
    prior = conn.execute(f"SELECT {column}, role, role_by_user FROM {link} WHERE event_id = ?",
                         (event_id,)).fetchall()
    reported = conn.execute(
        f"""SELECT l.{column}, l.role FROM event_sources s JOIN {link} l
            ON l.event_id = s.mention_id WHERE s.event_id = ? AND s.mention_id != ?""",
        (event_id, event_id)).fetchall()
    wanted = [row[0] for row in conn.execute(
        f"""SELECT j.value FROM event_sources s, json_each(s.{source_column}) j
            WHERE s.event_id = ? AND j.value IN (SELECT id FROM {field})""", (event_id,))]
    conn.execute(f"DELETE FROM {link} WHERE event_id = ?", (event_id,))
    conn.executemany(
        f"INSERT INTO {link} (event_id, {column}, role, role_by_user) VALUES (?, ?, ?, ?)",
        [(event_id, *row) for row in relinked_roles(wanted, prior, reported)])
