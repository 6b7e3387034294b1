"""The statements that write a shared collection (``core.collection``).

A collection arrives with names rather than ids and with its own ids for
documents and events; ``core.collection`` maps those across and decides what
to skip, and calls these to find, create and link the rows.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from ..partial_dates import stored_span
from .names import normalise_name


class CollectionWrites:
    """The store's writes for importing a collection file."""

    db: sqlite_utils.Database

    def organisation_for_key(self, key: str) -> tuple[int, str, str | None, str | None] | None:
        """(id, name, acronym, aliases JSON) of the organisation with ``key``, or None."""
        row = self.db.execute(
            "SELECT id, name, acronym, aliases FROM organisations WHERE key = ?", [key]
        ).fetchone()
        return (int(row[0]), row[1], row[2], row[3]) if row else None

    def insert_organisation(self, name: str, acronym: str | None, aliases: list[str]) -> int:
        """A new organisation with its acronym and aliases; its id."""
        cursor = self.db.execute(
            "INSERT INTO organisations (name, key, acronym, aliases) VALUES (?, ?, ?, ?)",
            [name, normalise_name(name), acronym, json.dumps(aliases)],
        )
        return int(cursor.lastrowid)

    def set_organisation_acronym_and_aliases(self, organisation_id: int, acronym: str | None,
                                             aliases: list[str]) -> None:
        self.db.execute(
            "UPDATE organisations SET acronym = ?, aliases = ? WHERE id = ?",
            [acronym, json.dumps(aliases), organisation_id],
        )

    def person_for_key(self, key: str) -> tuple[int, str | None] | None:
        """(id, role) of the person with ``key``, or None."""
        row = self.db.execute("SELECT id, role FROM people WHERE key = ?", [key]).fetchone()
        return (int(row[0]), row[1]) if row else None

    def insert_person(self, name: str, role: str | None) -> int:
        cursor = self.db.execute(
            "INSERT INTO people (name, key, role) VALUES (?, ?, ?)",
            [name, normalise_name(name), role],
        )
        return int(cursor.lastrowid)

    def set_person_role(self, person_id: int, role: str | None) -> None:
        self.db.execute("UPDATE people SET role = ? WHERE id = ?", [role, person_id])

    def insert_collection_document(self, doc: dict[str, Any], digest: str) -> int:
        """A checked collection document; without ``imported_at``, now. Its id."""
        cursor = self.db.execute(
            """INSERT INTO documents (content_hash, title, source, path, format, published,
                   published_precision, text, imported_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%S+00:00')))""",
            [digest, doc["title"], doc["source"], doc["path"], doc["format"], doc["published"],
             doc["published_precision"], doc["text"] or "", doc["imported_at"]],
        )
        return int(cursor.lastrowid)

    def loose_event_exists(self, e: dict[str, Any]) -> bool:
        """A document-less event like ``e`` is already here (the same file imported twice)."""
        return self.db.execute(
            'SELECT 1 FROM events WHERE document_id IS NULL AND title = ? AND kind = ?'
            ' AND start IS ? AND "end" IS ? AND precision = ? AND evidence IS ?',
            [e["title"], e["kind"], e["start"], e["end"], e["precision"], e["evidence"]],
        ).fetchone() is not None

    def insert_collection_event(self, e: dict[str, Any], document_id: int | None) -> int:
        """A checked collection event (its day numbers derived here); its id."""
        t_start, t_end, year = stored_span(e["start"], e["end"], e["precision"])
        cursor = self.db.execute(
            """INSERT INTO events (document_id, main, title, kind, start, "end", precision,
                   time, t_start, t_end, year, evidence, evidence_start, evidence_end,
                   confidence, field_confidence, user_edited, note, tags, edited_fields)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [document_id, int(e["main"]), e["title"], e["kind"], e["start"], e["end"],
             e["precision"], e["time"], t_start, t_end, year, e["evidence"],
             e["evidence_start"], e["evidence_end"], e["confidence"],
             json.dumps(e["field_confidence"], sort_keys=True), int(e["user_edited"]),
             e["note"], json.dumps(e["tags"]), json.dumps(e["edited_fields"])],
        )
        return int(cursor.lastrowid)
