"""Which tables hold each entity kind, and whole-row reads and writes.

Edits and their undo copy whole rows out and put them back with the same
ids; these helpers do that for any table, so each concern's module names
only what it means (an event row, a person row).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..models import EntityKind


@dataclass(frozen=True)
class EntityTables:
    """Where one entity kind lives: its table and its two link tables."""

    table: str
    event_link: str
    document_link: str
    column: str  # the link tables' column naming the entity


ENTITY_TABLES: dict[EntityKind, EntityTables] = {
    EntityKind.ORGANISATION: EntityTables(
        "organisations", "event_organisations", "document_organisations", "organisation_id"),
    EntityKind.PERSON: EntityTables("people", "event_people", "document_people", "person_id"),
}


def tables_of(kind: str) -> EntityTables:
    """The tables of ``kind`` (an EntityKind or its string)."""
    return ENTITY_TABLES[EntityKind(kind)]


def fetch_row(db: sqlite_utils.Database, table: str, row_id: int) -> dict[str, Any] | None:
    """Every column of one row, or None when there is no such row."""
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    return rows[0] if rows else None


def insert_row(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> int:
    """Insert ``row`` (column -> value) into ``table``; the new row's id."""
    columns = list(row)
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    cursor = db.execute(f"INSERT INTO {table} ({quoted}) VALUES ({marks})",
                        [row[c] for c in columns])
    return int(cursor.lastrowid)


def update_row(db: sqlite_utils.Database, table: str, row_id: int,
               values: dict[str, Any]) -> None:
    """Set some columns of one row (nothing when ``values`` is empty)."""
    if not values:
        return
    assignments = ", ".join(f'"{c}" = ?' for c in values)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), row_id])


def ids(db: sqlite_utils.Database, sql: str, params: Sequence[object]) -> tuple[int, ...]:
    """The first column of ``sql`` as ints."""
    return tuple(int(r[0]) for r in db.execute(sql, list(params)))


def link_pairs(db: sqlite_utils.Database, table: str, left: str, right: str,
               pairs: Iterable[tuple[int, int]]) -> None:
    """Add (left, right) links that are not there yet."""
    db.conn.executemany(f"INSERT OR IGNORE INTO {table} ({left}, {right}) VALUES (?, ?)",
                        list(pairs))


def unlink_pairs(db: sqlite_utils.Database, table: str, left: str, right: str,
                 pairs: Iterable[tuple[int, int]]) -> None:
    """Remove (left, right) links."""
    db.conn.executemany(f"DELETE FROM {table} WHERE {left} = ? AND {right} = ?", list(pairs))
