"""Documents: counting, finding by content, whole rows for delete and undo.

The window never needs a document's full text in bulk, so ``documents``
leaves it out; only the JSON export asks for it, by id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from ..models import EntityKind
from .tables import fetch_row, ids, insert_row, link_pairs, tables_of


class DocumentRecords:
    """The store's reads and writes of the documents table and its links."""

    db: sqlite_utils.Database

    def document_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def event_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM events").fetchone()[0])

    def is_empty(self) -> bool:
        """True for a database with nothing in it yet (the first start)."""
        return (
            self.db.execute(
                "SELECT EXISTS(SELECT 1 FROM documents) OR EXISTS(SELECT 1 FROM events)"
            ).fetchone()[0]
            == 0
        )

    def document_id_for_hash(self, content_hash: str) -> int | None:
        row = self.db.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return int(row[0]) if row else None

    def documents(self, ids: Sequence[int] | None = None) -> list[dict]:
        """Document rows (without the full text) in id order."""
        sql = ("SELECT id, title, source, path, format, published, published_precision,"
               " imported_at FROM documents")
        rows = self.db.query(sql + " ORDER BY id")
        if ids is None:
            return list(rows)
        # A set lookup rather than "IN (?, ?, …)": exports may name more
        # documents than SQLite allows parameters.
        wanted = set(ids)
        return [row for row in rows if row["id"] in wanted]

    def document_texts_and_names(self, ids: Iterable[int]) -> dict[int, dict]:
        """Per wanted document: its full ``text`` and the ``organisations``
        and ``people`` it names (each in name order)."""
        wanted = json.dumps(sorted(ids))
        # json_each keeps any number of ids inside one bound parameter.
        extras: dict[int, dict] = {
            doc_id: {"text": text, "organisations": [], "people": []}
            for doc_id, text in self.db.execute(
                "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))"
                " ORDER BY id", [wanted])
        }
        for key, kind in (("organisations", EntityKind.ORGANISATION),
                          ("people", EntityKind.PERSON)):
            tables = tables_of(kind)
            for doc_id, name in self.db.execute(
                f"SELECT l.document_id, t.name FROM {tables.document_link} l"
                f" JOIN {tables.table} t ON t.id = l.{tables.column}"
                " WHERE l.document_id IN (SELECT value FROM json_each(?)) ORDER BY t.name",
                [wanted],
            ):
                extras[doc_id][key].append(name)
        return extras

    # ------------------------------------------------- delete and put back
    def document_row(self, document_id: int) -> dict[str, Any] | None:
        """Every column of one document (text included), or None."""
        return fetch_row(self.db, "documents", document_id)

    def insert_document_row(self, row: dict[str, Any]) -> int:
        """Put a whole document row back (same id when ``row`` has one)."""
        return insert_row(self.db, "documents", row)

    def delete_document_row(self, document_id: int) -> None:
        """Delete a document; its events and links go with it (foreign keys)."""
        self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])

    def document_event_ids(self, document_id: int) -> tuple[int, ...]:
        """The ids of a document's events, in id order."""
        return ids(self.db, "SELECT id FROM events WHERE document_id = ? ORDER BY id",
                   [document_id])

    def document_shown_event_ids(self, document_id: int) -> tuple[int, ...]:
        """The events a person sees for a document: each of its reports' own
        event, or the event that report was joined into; once each, in order."""
        return ids(self.db, "SELECT coalesce(consolidated_into, id) AS shown FROM events"
                            " WHERE document_id = ? GROUP BY shown ORDER BY min(id)",
                   [document_id])

    def document_entity_ids(self, kind: str, document_id: int) -> tuple[int, ...]:
        """The organisations (or people) a document names."""
        tables = tables_of(kind)
        return ids(self.db, f"SELECT {tables.column} FROM {tables.document_link}"
                            " WHERE document_id = ?", [document_id])

    def link_document_entities(self, kind: str, document_id: int,
                               entity_ids: Iterable[int]) -> None:
        """Add links from a document to organisations (or people) not yet linked."""
        tables = tables_of(kind)
        link_pairs(self.db, tables.document_link, "document_id", tables.column,
                   ((document_id, i) for i in entity_ids))
