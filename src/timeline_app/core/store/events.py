"""Events as whole rows, and their links, for edits, deletions and undo.

The edit operations in ``core.editing`` decide what changes; these methods
are the statements that change it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from .tables import fetch_row, ids, insert_row, link_pairs, tables_of, update_row


class EventRecords:
    """The store's row-level reads and writes of events and their links."""

    db: sqlite_utils.Database

    def event_row(self, event_id: int) -> dict[str, Any] | None:
        """Every column of one event as stored (JSON columns as text), or None."""
        return fetch_row(self.db, "events", event_id)

    def insert_event_row(self, row: dict[str, Any]) -> int:
        """Insert an event row (same id when ``row`` has one); the event's id."""
        return insert_row(self.db, "events", row)

    def set_event_columns(self, event_id: int, values: dict[str, Any]) -> None:
        """Write some columns of one event (nothing when ``values`` is empty)."""
        update_row(self.db, "events", event_id, values)

    def delete_event_row(self, event_id: int) -> None:
        """Delete one event; its links go with it (foreign keys)."""
        self.db.execute("DELETE FROM events WHERE id = ?", [event_id])

    def event_entity_ids(self, kind: str, event_id: int) -> tuple[int, ...]:
        """The organisations (or people) of one event, in id order."""
        tables = tables_of(kind)
        return ids(self.db, f"SELECT {tables.column} FROM {tables.event_link}"
                            " WHERE event_id = ? ORDER BY 1", [event_id])

    def link_event_entities(self, kind: str, event_id: int, entity_ids: Iterable[int]) -> None:
        """Add links from an event to organisations (or people) not yet linked."""
        tables = tables_of(kind)
        link_pairs(self.db, tables.event_link, "event_id", tables.column,
                   ((event_id, i) for i in entity_ids))

    def replace_event_entities(self, kind: str, event_id: int,
                               entity_ids: Iterable[int]) -> None:
        """Link an event to exactly ``entity_ids`` of ``kind``.

        Links that stay keep their role; only the others are removed.
        """
        tables = tables_of(kind)
        wanted = [int(i) for i in entity_ids]
        self.db.execute(
            f"DELETE FROM {tables.event_link} WHERE event_id = ?"
            f" AND {tables.column} NOT IN (SELECT value FROM json_each(?))",
            [event_id, json.dumps(wanted)])
        self.link_event_entities(kind, event_id, wanted)
