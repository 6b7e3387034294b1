"""Organisations and people: the lists the window shows and the rows edits change.

Every method takes the entity kind (``EntityKind`` or its string) and finds
the tables from it, so merging, renaming and undo are written once for both.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import sqlite_utils

from .names import normalise_name
from .tables import fetch_row, ids, insert_row, link_pairs, tables_of, unlink_pairs, update_row


class EntityRecords:
    """The store's reads and writes of organisations, people and their links."""

    db: sqlite_utils.Database
    aliases: Callable[[], dict[str, str]]  # from AliasRecords

    # ------------------------------------------------------------- lists
    def organisations(self) -> list[dict]:
        """Organisations with their event counts, most events first.

        A report merged into another event is not counted again: the count is
        of the events the timeline shows, which the filter finds.
        """
        return list(
            self.db.query(
                """SELECT o.id, o.name, o.acronym, o.aliases,
                          (SELECT count(*) FROM event_organisations eo
                           JOIN events e ON e.id = eo.event_id
                           WHERE eo.organisation_id = o.id AND e.consolidated_into IS NULL) AS events
                   FROM organisations o ORDER BY events DESC, o.name"""
            )
        )

    def people(self) -> list[dict]:
        """People with their roles and event counts (merged reports not
        counted again), most events first."""
        return list(
            self.db.query(
                """SELECT p.id, p.name, p.role,
                          (SELECT count(*) FROM event_people ep JOIN events e ON e.id = ep.event_id
                           WHERE ep.person_id = p.id AND e.consolidated_into IS NULL) AS events
                   FROM people p ORDER BY events DESC, p.name"""
            )
        )

    def find_organisation_ids(self, name: str) -> list[int]:
        """Organisations a person may mean by ``name``: name, acronym or alias."""
        key = normalise_name(name)
        canonical = self.aliases().get(key)
        found = []
        for row in self.db.execute("SELECT id, name, acronym, aliases FROM organisations"):
            names = {normalise_name(row[1])}
            if row[2]:
                names.add(normalise_name(row[2]))
            names.update(normalise_name(a) for a in json.loads(row[3] or "[]"))
            if key in names or (canonical and normalise_name(canonical) in names):
                found.append(int(row[0]))
        return found

    # -------------------------------------------------------------- rows
    def entity_row(self, kind: str, entity_id: int) -> dict[str, Any] | None:
        """Every column of one organisation (or person), or None."""
        return fetch_row(self.db, tables_of(kind).table, entity_id)

    def insert_entity_row(self, kind: str, row: dict[str, Any]) -> int:
        """Put a whole organisation (or person) row back, same id."""
        return insert_row(self.db, tables_of(kind).table, row)

    def set_entity_columns(self, kind: str, entity_id: int, values: dict[str, Any]) -> None:
        """Write some columns of one organisation (or person)."""
        update_row(self.db, tables_of(kind).table, entity_id, values)

    def delete_entity_row(self, kind: str, entity_id: int) -> None:
        """Delete one organisation (or person); its links go with it."""
        self.db.execute(f"DELETE FROM {tables_of(kind).table} WHERE id = ?", [entity_id])

    def entity_id_for_key(self, kind: str, key: str) -> int | None:
        """The record whose normalised name is ``key``, or None."""
        row = self.db.execute(f"SELECT id FROM {tables_of(kind).table} WHERE key = ?",
                              [key]).fetchone()
        return int(row[0]) if row else None

    def other_entity_name_for_key(self, kind: str, key: str, entity_id: int) -> str | None:
        """The name of another record than ``entity_id`` with ``key``, or None."""
        row = self.db.execute(f"SELECT name FROM {tables_of(kind).table}"
                              " WHERE key = ? AND id != ?", [key, entity_id]).fetchone()
        return row[0] if row else None

    def add_entity(self, kind: str, name: str) -> int:
        """A new organisation (or person) called ``name``; its id."""
        cursor = self.db.execute(f"INSERT INTO {tables_of(kind).table} (name, key) VALUES (?, ?)",
                                 [name, normalise_name(name)])
        return int(cursor.lastrowid)

    def drop_unused_entities(self, kind: str, entity_ids: Iterable[int]) -> None:
        """Remove those of ``entity_ids`` that no event or document refers to."""
        t = tables_of(kind)
        for entity_id in entity_ids:
            self.db.execute(
                f"""DELETE FROM {t.table} WHERE id = ?
                    AND NOT EXISTS (SELECT 1 FROM {t.event_link} WHERE {t.column} = ?)
                    AND NOT EXISTS (SELECT 1 FROM {t.document_link} WHERE {t.column} = ?)""",
                [entity_id, entity_id, entity_id],
            )

    # ------------------------------------------------------------- links
    def entity_event_ids(self, kind: str, entity_id: int) -> tuple[int, ...]:
        """The events linked to one organisation (or person)."""
        t = tables_of(kind)
        return ids(self.db, f"SELECT event_id FROM {t.event_link} WHERE {t.column} = ?",
                   [entity_id])

    def entity_document_ids(self, kind: str, entity_id: int) -> tuple[int, ...]:
        """The documents that name one organisation (or person)."""
        t = tables_of(kind)
        return ids(self.db, f"SELECT document_id FROM {t.document_link} WHERE {t.column} = ?",
                   [entity_id])

    def link_entity(self, kind: str, entity_id: int, event_ids: Iterable[int] = (),
                    document_ids: Iterable[int] = ()) -> None:
        """Link one organisation (or person) to these events and documents too."""
        t = tables_of(kind)
        link_pairs(self.db, t.event_link, "event_id", t.column,
                   ((e, entity_id) for e in event_ids))
        link_pairs(self.db, t.document_link, "document_id", t.column,
                   ((d, entity_id) for d in document_ids))

    def unlink_entity(self, kind: str, entity_id: int, event_ids: Iterable[int] = (),
                      document_ids: Iterable[int] = ()) -> None:
        """Remove the links of one organisation (or person) to these events and documents."""
        t = tables_of(kind)
        unlink_pairs(self.db, t.event_link, "event_id", t.column,
                     ((e, entity_id) for e in event_ids))
        unlink_pairs(self.db, t.document_link, "document_id", t.column,
                     ((d, entity_id) for d in document_ids))
