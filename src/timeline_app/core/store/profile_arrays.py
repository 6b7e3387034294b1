"""Every event's year and kind and every event link as numpy arrays, kept per store.

A profile of the largest organisation of a 100,000-event archive counts
and pairs tens of thousands of events. Joined in SQL, that is one b-tree
seek per event for the counts and one more per event for each kind of
partner (about 70 ms of CPU); with these arrays in memory it is a few
numpy operations (a few milliseconds). The arrays are read once, in a
handful of queries, and read again only when the database has changed
since: SQLite's ``data_version`` (another connection committed) or this
connection's ``total_changes`` (an edit through this store).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from .id_arrays import collector_paused, id_arrays
from .tables import ENTITY_TABLES

#: The year stored for an undated event in ``ProfileArrays.years``.
NO_YEAR = -1_000_000


@dataclass(frozen=True)
class ProfileArrays:
    """Events by id (sorted) with their year and kind code, and the event links."""

    event_ids: np.ndarray  # int64, sorted
    years: np.ndarray  # int64, NO_YEAR when undated
    kind_codes: np.ndarray  # int64 index into kind_names
    kind_names: tuple[str, ...]
    #: entity kind -> (event ids, entity ids) of every link
    links: dict[str, tuple[np.ndarray, np.ndarray]]
    document_ids: np.ndarray  # int64, sorted
    #: publication dates as YYYYMMDD ("2017-03" is 20170300), -1 when undated
    document_dates: np.ndarray
    #: entity kind -> (document ids, entity ids) of every document link
    document_links: dict[str, tuple[np.ndarray, np.ndarray]]

    def rows_of(self, event_ids: np.ndarray) -> np.ndarray:
        """Positions of ``event_ids`` in ``self.event_ids`` (unknown ids dropped)."""
        return _rows_of(self.event_ids, event_ids)

    def event_ids_of(self, kind: str, entity_id: int) -> np.ndarray:
        """The events linked to one organisation (or person), sorted (each once:
        the link table's key is the pair)."""
        events, entities = self.links[kind]
        return np.sort(events[entities == entity_id])

    def document_ids_of(self, kind: str, entity_id: int) -> np.ndarray:
        """The documents that name one organisation (or person), sorted, each once."""
        documents, entities = self.document_links[kind]
        return np.sort(documents[entities == entity_id])

    def newest_documents(self, document_ids: np.ndarray, limit: int) -> list[int]:
        """The newest ``limit`` of ``document_ids`` by publication date; undated
        last; equal dates, the latest imported (highest id) first."""
        rows = _rows_of(self.document_ids, document_ids)
        dates, ids = self.document_dates[rows], self.document_ids[rows]
        return ids[np.lexsort((-ids, -dates))[:limit]].tolist()


def value_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ``values`` (ascending) and how often each occurs.

    Ids and codes here span a small range: counting into a table is many
    times faster than ``np.unique``'s hashing or sorting.
    """
    if not len(values):
        return values[:0], values[:0]
    low, high = int(values.min()), int(values.max())
    if high - low > 4 * len(values) + 4096:
        return np.unique(values, return_counts=True)
    counts = np.bincount(values - low)
    present = np.flatnonzero(counts)
    return present + low, counts[present]


def _rows_of(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    if not len(keys):
        return np.zeros(0, dtype=np.int64)
    where = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return where[keys[where] == wanted]


def stamp_of(conn: sqlite3.Connection) -> tuple[int, int]:
    """Differs whenever the database may have changed: another connection
    committed (``data_version``) or this one wrote (``total_changes``)."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes


def read_profile_arrays(conn: sqlite3.Connection) -> ProfileArrays:
    """Read every array in one read transaction (one consistent snapshot).

    Each query scans a covering index or a link table, except the documents'
    dates, which read the first page of each document row.
    """
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")
    try:
        return _read(conn)
    finally:
        if own_transaction and conn.in_transaction:
            conn.execute("COMMIT")


def _read(conn: sqlite3.Connection) -> ProfileArrays:
    with collector_paused():
        ids, years = id_arrays(conn, f"SELECT id, coalesce(year, {NO_YEAR}) FROM events", [], 2)
        order = np.argsort(ids)
        ids, years = ids[order], years[order]
        kinds = tuple(str(r[0]) for r in conn.execute("SELECT DISTINCT kind FROM events"))
        codes = np.zeros(len(ids), dtype=np.int64)
        for code, kind in enumerate(kinds):
            of_kind = id_arrays(conn, "SELECT id FROM events WHERE kind = ?", [kind], 1)[0]
            codes[_rows_of(ids, np.sort(of_kind))] = code
        links = {
            str(kind): tuple(id_arrays(conn, f"SELECT event_id, {t.column} FROM {t.event_link}",
                                       [], 2))
            for kind, t in ENTITY_TABLES.items()
        }
        # The dates as YYYYMMDD numbers, read from each row's first page only
        # (the text after them is not read).
        documents = id_arrays(
            conn, "SELECT id, coalesce(CAST(replace(substr(published || '-00-00', 1, 10),"
            " '-', '') AS INTEGER), -1) FROM documents ORDER BY id", [], 2)
        document_links = {
            str(kind): tuple(id_arrays(
                conn, f"SELECT document_id, {t.column} FROM {t.document_link}", [], 2))
            for kind, t in ENTITY_TABLES.items()
        }
    return ProfileArrays(ids, years, codes, kinds, links,  # type: ignore[arg-type]
                         documents[0], documents[1], document_links)  # type: ignore[arg-type]


class ProfileArraysCache:
    """The store's ``ProfileArrays``, reloaded when the database has changed."""

    def __init__(self) -> None:
        self._arrays: ProfileArrays | None = None
        self._version: tuple[int, int] | None = None

    def get(self, conn: sqlite3.Connection) -> ProfileArrays:
        version = stamp_of(conn)
        if self._arrays is None or version != self._version:
            self._arrays = read_profile_arrays(conn)
            self._version = stamp_of(conn)
        return self._arrays
