"""Putting the full-text search indexes back when they are missing or damaged.

``documents_fts`` and ``events_fts`` only mirror the ``documents`` and
``events`` tables, so nothing is lost when they go: a hand-edited database
may have dropped them or their triggers, and a damaged page may have broken
an index. Opening the database for writing recreates what is missing and
rebuilds an index that fails FTS5's own integrity check, so search works
again. The statements repeat the ones the schema steps in ``migrations``
ran: those steps stay as they were written, this is the schema as it is now.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .health import is_damage, time_budget, was_interrupted


@dataclass(frozen=True)
class SearchIndex:
    """One external-content FTS5 table over ``content`` and its three triggers."""

    name: str
    content: str
    columns: tuple[str, ...]
    options: str = ""
    #: The columns whose change re-indexes a row ('' for any change).
    update_of: str = ""

    @property
    def shadow_tables(self) -> dict[str, str]:
        """FTS5's own tables behind the index, by name, with how to create each empty."""
        tables = {
            f"{self.name}_data": "(id INTEGER PRIMARY KEY, block BLOB)",
            f"{self.name}_idx": "(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID",
            f"{self.name}_config": "(k PRIMARY KEY, v) WITHOUT ROWID",
        }
        if "columnsize=0" not in self.options:
            tables[f"{self.name}_docsize"] = "(id INTEGER PRIMARY KEY, sz BLOB)"
        return tables

    @property
    def trigger_names(self) -> tuple[str, str, str]:
        return (f"{self.content}_ai", f"{self.content}_ad", f"{self.content}_au")

    def create_table_sql(self) -> str:
        columns = ", ".join(f'"{c}"' for c in self.columns)
        return (f'CREATE VIRTUAL TABLE "{self.name}" USING FTS5 ({columns}, '
                f'content="{self.content}"{self.options})')

    def trigger_sql(self) -> dict[str, str]:
        names = ", ".join(f'"{c}"' for c in self.columns)
        new = ", ".join(f'new."{c}"' for c in self.columns)
        old = ", ".join(f'old."{c}"' for c in self.columns)
        insert = f'INSERT INTO "{self.name}" (rowid, {names}) VALUES (new.rowid, {new});'
        delete = (f'INSERT INTO "{self.name}" ("{self.name}", rowid, {names}) '
                  f"VALUES ('delete', old.rowid, {old});")
        ai, ad, au = self.trigger_names
        update_of = f" OF {self.update_of}" if self.update_of else ""
        return {
            ai: f'CREATE TRIGGER "{ai}" AFTER INSERT ON "{self.content}" BEGIN {insert} END',
            ad: f'CREATE TRIGGER "{ad}" AFTER DELETE ON "{self.content}" BEGIN {delete} END',
            au: (f'CREATE TRIGGER "{au}" AFTER UPDATE{update_of} ON "{self.content}" '
                 f"BEGIN {delete} {insert} END"),
        }


#: How long FTS5's integrity check of one index may take on open: about 200 ms
#: for the documents of a 100,000-event database; a larger index is trusted.
INTEGRITY_BUDGET_MS = 300
#: The on-disk format FTS5 records in its config table.
_FTS5_FORMAT = 4

SEARCH_INDEXES = (
    SearchIndex("documents_fts", "documents", ("title", "text")),
    SearchIndex("events_fts", "events", ("title", "note"), options=", columnsize=0",
                update_of='"title", "note"'),
)


def _schema_names(conn: sqlite3.Connection, kind: str) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = ?", [kind]).fetchall()
    return {str(row[0]) for row in rows}


def _index_is_sound(conn: sqlite3.Connection, index: SearchIndex, tables: set[str]) -> bool:
    """FTS5's integrity check passes; a dropped table of its own is put back
    empty first (FTS5 cannot even be dropped without it), for 'rebuild' to fill."""
    missing = {name: shape for name, shape in index.shadow_tables.items() if name not in tables}
    for name, shape in missing.items():
        conn.execute(f'CREATE TABLE "{name}" {shape}')
        if name.endswith("_config"):
            conn.execute(f"INSERT INTO \"{name}\" VALUES ('version', {_FTS5_FORMAT})")
        if name.endswith("_data"):
            # The averages (1) and structure (10) records of an empty index, as
            # FTS5 writes them on creation: without them it cannot even load.
            conn.execute(f"INSERT INTO \"{name}\" VALUES (1, x''), (10, x'00000000000000')")
    if missing:
        return False
    try:
        with time_budget(conn, INTEGRITY_BUDGET_MS):
            conn.execute(
                f"INSERT INTO \"{index.name}\" (\"{index.name}\") VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return False
        if was_interrupted(exc):
            return True  # a large index is trusted rather than delaying every open
        raise
    return True


def _restore(conn: sqlite3.Connection, index: SearchIndex, tables: set[str],
             triggers: set[str]) -> str | None:
    """Recreate or rebuild ``index`` if it needs it; what was done, or None."""
    if index.content not in tables:
        return None
    done = None
    if index.name not in tables:
        conn.execute(index.create_table_sql())
        done = f"recreated {index.name}"
    missing = [name for name in index.trigger_names if name not in triggers]
    for name in missing:
        conn.execute(index.trigger_sql()[name])
    if done is None and missing:
        # Rows written while a trigger was gone are missing from the index.
        done = f"restored the triggers of {index.name}"
    if done is None and _index_is_sound(conn, index, tables):
        return None
    conn.execute(f"INSERT INTO \"{index.name}\" (\"{index.name}\") VALUES ('rebuild')")
    return done or f"rebuilt the damaged {index.name}"


def restore_search_indexes(conn: sqlite3.Connection) -> list[str]:
    """Recreate missing search tables and triggers and rebuild damaged indexes.

    Runs in one write transaction; returns what it did (empty when the
    indexes were sound), for the log and the tests.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        tables = _schema_names(conn, "table")
        triggers = _schema_names(conn, "trigger")
        done = [d for index in SEARCH_INDEXES if (d := _restore(conn, index, tables, triggers))]
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if conn.in_transaction:  # an interrupted check may have ended it already
        conn.execute("COMMIT")
    return done
