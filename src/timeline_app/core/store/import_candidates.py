"""The stored events an imported mention may join, held in memory during an import.

Asking SQL for a mention's candidates took three statements (the events near
its date, their sources' words, their organisers): at 100,000 stored events
most of what consolidation added to an import. While an import batch holds
the write lock nothing else changes the events, so this mirror reads the
matchable events of a stretch of ``CHUNK_DAYS`` days once, on first use,
with their words, documents and organisers, and ``add_document`` tells it
what it writes. It lives and dies with the import's other in-memory lookups
(``import_writes._Lookups``): dropped when another connection committed, when
this one wrote elsewhere and when a document failed.

``near`` picks exactly the rows the SQL of
``EventSourceRecords.consolidation_candidates`` picks (the same conditions,
in Python), so an import matches the same events either way. Memory is
bounded: past ``MAX_EVENTS`` mirrored events the mirror starts again empty.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Collection, Iterable

from ..consolidation import Candidate, kinds_compatible
from ..consolidation.matching import (
    APPROXIMATE_SLACK, LOOK_BEHIND_DAYS, MATCHABLE_PRECISIONS, dates_agree, widened,
)
from ..models import KINDS

#: Days of event starts read in one statement (about a quarter).
CHUNK_DAYS = 91
#: Events mirrored at most (some tens of megabytes) before the mirror empties.
MAX_EVENTS = 200_000
#: How far before a mention a day or approximate event may start and still be
#: read by the candidate query (its "near" part).
_NEAR_BEHIND = APPROXIMATE_SLACK + 1

_KIND_MARKS = ",".join("?" * len(KINDS))
_PRECISION_MARKS = ",".join("?" * len(MATCHABLE_PRECISIONS))
_LOAD_EVENTS = f"""SELECT id, kind, start, "end", precision, t_start, t_end FROM events
    WHERE kind IN ({_KIND_MARKS}) AND t_start >= ? AND t_start < ? AND t_end IS NOT NULL
      AND consolidated_into IS NULL AND precision IN ({_PRECISION_MARKS})"""
_LOAD_SOURCES = """SELECT event_id, document_id, words FROM event_sources
    WHERE event_id IN (SELECT value FROM json_each(?))"""
_LOAD_ORGANISATIONS = """SELECT event_id, organisation_id FROM event_organisations
    WHERE event_id IN (SELECT value FROM json_each(?))"""
_ONE_EVENT = """SELECT id, kind, start, "end", precision, t_start, t_end FROM events
    WHERE id = ? AND consolidated_into IS NULL"""


class _Entry:
    """One matchable stored event with what matching compares."""

    __slots__ = ("event_id", "kind", "start", "end", "precision", "t_start", "t_end",
                 "words", "organisation_ids", "document_ids")

    def __init__(self, row: tuple) -> None:
        (self.event_id, self.kind, self.start, self.end, self.precision,
         self.t_start, self.t_end) = row
        self.words: set[str] = set()
        self.organisation_ids: set[int] = set()
        self.document_ids: set[int] = set()

    def candidate(self) -> Candidate:
        return Candidate(self.event_id, self.kind, self.start, self.end, self.precision,
                         frozenset(self.words), frozenset(self.organisation_ids),
                         frozenset(self.document_ids), self.t_start, self.t_end)


def _qualifies(row: tuple) -> bool:
    """Whether an events row (``_LOAD_EVENTS`` columns) is one the query could find."""
    return (row[1] in KINDS and row[4] in MATCHABLE_PRECISIONS
            and row[5] is not None and row[6] is not None)


class ImportCandidates:
    """Matchable, shown events by the day they start, read a chunk at a time."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._by_id: dict[int, _Entry] = {}
        #: day -> events starting that day; month-precision ones apart, since
        #: the query looks further back for them
        self._days: dict[int, list[_Entry]] = {}
        self._months: dict[int, list[_Entry]] = {}
        self._chunks: set[int] = set()
        self._kinds: dict[str, frozenset[str]] = {}

    # ------------------------------------------------------------- reading
    def near(self, kind: str, t_start: float, t_end: float,
             organisation_ids: Collection[int] | None = None) -> list[Candidate]:
        """What ``consolidation_candidates`` returns for these arguments (in id order)."""
        self._load(t_start - LOOK_BEHIND_DAYS, t_end + APPROXIMATE_SLACK)
        kinds = self._compatible(kind)
        shared = None if organisation_ids is None else set(organisation_ids)
        found: list[_Entry] = []
        for buckets, low in ((self._days, t_start - _NEAR_BEHIND),
                             (self._months, t_start - LOOK_BEHIND_DAYS)):
            for day in range(math.floor(low), math.floor(t_end + APPROXIMATE_SLACK) + 1):
                for entry in buckets.get(day, ()):
                    if entry.kind in kinds and _found_by_query(entry, t_start, t_end) and (
                            shared is None or not shared.isdisjoint(entry.organisation_ids)):
                        found.append(entry)
        return [entry.candidate() for entry in sorted(found, key=lambda e: e.event_id)]

    def _compatible(self, kind: str) -> frozenset[str]:
        kinds = self._kinds.get(kind)
        if kinds is None:
            kinds = frozenset(k for k in KINDS if kinds_compatible(kind, k)) or frozenset({kind})
            self._kinds[kind] = kinds
        return kinds

    def _load(self, low: float, high: float) -> None:
        """Read the chunks of days [low, high] not mirrored yet."""
        wanted = [c for c in range(math.floor(low / CHUNK_DAYS), math.floor(high / CHUNK_DAYS) + 1)
                  if c not in self._chunks]
        if not wanted:
            return
        if len(self._by_id) > MAX_EVENTS:
            self._clear()
        for chunk in wanted:
            self._chunks.add(chunk)
            rows = self._conn.execute(_LOAD_EVENTS, [
                *KINDS, chunk * CHUNK_DAYS, (chunk + 1) * CHUNK_DAYS,
                *sorted(MATCHABLE_PRECISIONS)]).fetchall()
            self._add_with_details([_Entry(row) for row in rows])

    def _add_with_details(self, entries: list[_Entry]) -> None:
        """File ``entries`` with their sources' words and documents and their organisers."""
        if not entries:
            return
        by_id = {entry.event_id: entry for entry in entries}
        ids = json.dumps(list(by_id))
        for event_id, document_id, words in self._conn.execute(_LOAD_SOURCES, [ids]):
            entry = by_id[event_id]
            entry.words.update(words.split())
            if document_id is not None:
                entry.document_ids.add(document_id)
        for event_id, organisation_id in self._conn.execute(_LOAD_ORGANISATIONS, [ids]):
            by_id[event_id].organisation_ids.add(organisation_id)
        for entry in entries:
            self._file(entry)

    def _clear(self) -> None:
        self._by_id.clear()
        self._days.clear()
        self._months.clear()
        self._chunks.clear()

    # ------------------------------------------------------------- writing
    def _loaded(self, t_start: float) -> bool:
        return math.floor(t_start / CHUNK_DAYS) in self._chunks

    def _file(self, entry: _Entry) -> None:
        self._by_id[entry.event_id] = entry
        buckets = self._months if entry.precision == "month" else self._days
        buckets.setdefault(math.floor(entry.t_start), []).append(entry)

    def _unfile(self, entry: _Entry) -> None:
        del self._by_id[entry.event_id]
        buckets = self._months if entry.precision == "month" else self._days
        buckets[math.floor(entry.t_start)].remove(entry)

    def added(self, row: tuple, words: Iterable[str], organisation_ids: Iterable[int],
              document_id: int) -> None:
        """A new shown event was written: ``row`` in ``_LOAD_EVENTS`` columns."""
        if not _qualifies(row) or not self._loaded(row[5]):
            return  # not matchable, or read with its chunk when that is first needed
        entry = _Entry(row)
        entry.words.update(words)
        entry.organisation_ids.update(organisation_ids)
        entry.document_ids.add(document_id)
        self._file(entry)

    def joined(self, event_id: int, words: Iterable[str], organisation_ids: Iterable[int],
               document_id: int) -> None:
        """A mention joined ``event_id`` and its fields were derived again."""
        old = self._by_id.get(event_id)
        if old is not None:
            self._unfile(old)
        row = self._conn.execute(_ONE_EVENT, [event_id]).fetchone()
        if row is None or not _qualifies(row) or not self._loaded(row[5]):
            return
        entry = _Entry(row)
        if old is None:  # not mirrored before: its words and organisers from the store
            self._add_with_details([entry])
            return
        entry.words, entry.organisation_ids = old.words, old.organisation_ids
        entry.document_ids = old.document_ids
        entry.words.update(words)
        entry.organisation_ids.update(organisation_ids)
        entry.document_ids.add(document_id)
        self._file(entry)


def _found_by_query(entry: _Entry, t_start: float, t_end: float) -> bool:
    """The candidate query's conditions on dates, then the dates agreeing."""
    t0, t1, precision = entry.t_start, entry.t_end, entry.precision
    near_from = t_start - _NEAR_BEHIND
    near = (near_from <= t0 < t_end + APPROXIMATE_SLACK and t1 > t_start - APPROXIMATE_SLACK
            and (precision == "approximate" or (t0 < t_end and t1 > t_start)))
    earlier = (precision == "month" and t_start - LOOK_BEHIND_DAYS <= t0 < near_from
               and t1 > t_start)
    return (near or earlier) and dates_agree((t_start, t_end), widened(t0, t1, precision))


__all__ = ["CHUNK_DAYS", "ImportCandidates", "MAX_EVENTS"]
