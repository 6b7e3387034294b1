"""Reading every row that can still be read from a damaged table.

A damaged page stops an ordinary ``SELECT`` at the first row it cannot
read. ``salvage_rows`` reads in key order and, when a read fails, looks for
the first key from which reading works again (doubling the step, then
halving back), so one bad page costs only the rows on it. Rows past a
damaged interior page are then looked for through the table's indexes,
which are separate b-trees that often survive, and fetched one by one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

_SMALLEST_KEY = -(2**63)
_LARGEST_KEY = 2**63 - 1


@dataclass
class SalvageLosses:
    """What a table's salvage could not read."""

    #: Key ranges (first, last) that could not be read, end points included.
    skipped: list[tuple[int, int]] = field(default_factory=list)
    #: Rows known to exist (an index or the page still names them) but unreadable.
    unreadable: int = 0


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of ``table`` as the damaged file's schema names them ([] if none)."""
    try:
        return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({_quote(table)})")]
    except sqlite3.DatabaseError:
        return []


def key_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """``["rowid"]``, or a WITHOUT ROWID table's primary key columns."""
    try:
        conn.execute(f"SELECT rowid FROM {_quote(table)} LIMIT 0")
        return ["rowid"]
    except sqlite3.OperationalError:
        rows = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
        return [str(r[1]) for r in sorted(rows, key=lambda r: r[5]) if r[5]]


class _TableReader:
    """Reads one table in key order from a given first key, tolerating damage."""

    def __init__(self, conn: sqlite3.Connection, table: str, columns: list[str]) -> None:
        self.conn = conn
        self.table = _quote(table)
        self.keys = key_columns(conn, table)
        self.select = ", ".join([*(_quote(k) if k != "rowid" else k for k in self.keys),
                                 *map(_quote, columns)])
        self.first_key = self.keys[0] if self.keys[0] == "rowid" else _quote(self.keys[0])
        self.order = ", ".join(k if k == "rowid" else _quote(k) for k in self.keys)

    def rows_from(self, start: int, limit: str = "") -> sqlite3.Cursor:
        return self.conn.execute(
            f"SELECT {self.select} FROM {self.table} WHERE {self.first_key} >= ?"
            f" ORDER BY {self.order}{limit}", [start])

    def readable_from(self, start: int) -> bool:
        try:
            self.rows_from(start, " LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            return False
        return True

    def next_readable_start(self, failed: int) -> int | None:
        """The smallest key after ``failed`` from which reading works, or None."""
        step, good = 1, None
        while failed + step <= _LARGEST_KEY:
            if self.readable_from(failed + step):
                good = failed + step
                break
            step *= 2
        if good is None:
            return None
        bad = failed + step // 2 if step > 1 else failed
        while good - bad > 1:
            middle = (good + bad) // 2
            if self.readable_from(middle):
                good = middle
            else:
                bad = middle
        return good

    def row_for(self, key: tuple) -> tuple | None:
        where = " AND ".join(f"{k if k == 'rowid' else _quote(k)} = ?" for k in self.keys)
        try:
            return self.conn.execute(
                f"SELECT {self.select} FROM {self.table} WHERE {where}", list(key)).fetchone()
        except sqlite3.DatabaseError:
            return None

    def keys_in(self, first: int, last: int) -> set[tuple]:
        """Keys in a skipped range that the page or an index still names."""
        found: set[tuple] = set()
        keys = ", ".join(k if k == "rowid" else _quote(k) for k in self.keys)
        sources = [""] + [f" INDEXED BY {_quote(name)}" for name in self._indexes()]
        for source in sources:
            try:
                cursor = self.conn.execute(
                    f"SELECT {keys} FROM {self.table}{source}"
                    f" WHERE {self.first_key} BETWEEN ? AND ?", [first, last])
                for row in cursor:
                    found.add(tuple(row))
            except sqlite3.DatabaseError:
                continue
        return found

    def _indexes(self) -> list[str]:
        try:
            return [str(r[1]) for r in self.conn.execute(f"PRAGMA index_list({self.table})")]
        except sqlite3.DatabaseError:
            return []


def salvage_rows(conn: sqlite3.Connection, table: str, columns: list[str],
                 losses: SalvageLosses) -> Iterator[tuple]:
    """Every readable row of ``table`` as (key columns..., ``columns``...).

    What could not be read is added to ``losses``. Rows come in key order,
    except those found afterwards through an index.
    """
    reader = _TableReader(conn, table, columns)
    start, last = _SMALLEST_KEY, None
    while True:
        try:
            for row in reader.rows_from(start):
                last = row[0]
                yield tuple(row)
            break
        except sqlite3.DatabaseError:
            failed = start if last is None or last < start else last + 1
            resume = reader.next_readable_start(failed)
            losses.skipped.append((failed, _LARGEST_KEY if resume is None else resume - 1))
            if resume is None:
                break
            start = resume
    for first, end in list(losses.skipped):
        for key in sorted(reader.keys_in(first, end)):
            row = reader.row_for(key)
            if row is None:
                losses.unreadable += 1
            else:
                yield tuple(row)


def insert_salvaged(conn: sqlite3.Connection, table: str, columns: list[str],
                    values: tuple) -> bool:
    """Insert one salvaged row into the new database; False when its
    constraints refuse it (a damaged value, a duplicate)."""
    names = ", ".join(map(_quote, columns))
    marks = ", ".join("?" for _ in columns)
    try:
        conn.execute(f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})", list(values))
    except sqlite3.IntegrityError:
        return False
    return True


def schema_table_names(conn: sqlite3.Connection) -> set[str]:
    """The tables a database's schema names; raises sqlite3.DatabaseError when
    even the schema (page 1) cannot be read."""
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def stored_user_version(conn: sqlite3.Connection) -> int | None:
    """The schema version the damaged file records, or None when unreadable."""
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return None
