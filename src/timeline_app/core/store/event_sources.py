"""The sources of consolidated events and the user's decisions about them.

An event holds one row in ``event_sources`` per report of it (document,
evidence, date as that document states it); ``consolidation_decisions``
holds the user's splits, merges and moves keyed by stable source keys.
These are the statements; ``core.consolidation`` decides, and
``consolidating_writes`` applies it while importing.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

import sqlite_utils

from ..consolidation import Candidate, kinds_compatible
from ..consolidation.matching import (
    APPROXIMATE_SLACK, LOOK_BEHIND_DAYS, MATCHABLE_PRECISIONS, source_word_sets,
)
from ..source_refresh import refresh_event_from_sources
from ..models import KINDS
from .tables import fetch_row, insert_row

#: The columns of a source row, in the order rows are inserted.
SOURCE_COLUMNS = ("id", "event_id", "mention_id", "document_id", "source_key", "title", "kind", "start",
                  "end", "precision", "time", "evidence", "evidence_start", "evidence_end",
                  "confidence", "main", "organisation_ids", "person_ids", "added_at",
                  "attached", "words")
_INSERT_SOURCE = (
    "INSERT INTO event_sources (" + ", ".join(f'"{c}"' for c in SOURCE_COLUMNS)
    + ") VALUES (" + ", ".join("?" * len(SOURCE_COLUMNS)) + ")"
)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _id_set(joined: str | None) -> frozenset[int]:
    return frozenset(int(i) for i in joined.split(",")) if joined else frozenset()


#: A candidate event's columns with its sources' words and documents and its organisers.
_CANDIDATE_COLUMNS = """e.id, kind, start, "end", precision, t_start, t_end,
        (SELECT group_concat(s.words, '|') FROM event_sources s WHERE s.event_id = e.id),
        (SELECT group_concat(s.document_id) FROM event_sources s WHERE s.event_id = e.id),
        (SELECT group_concat(l.organisation_id) FROM event_organisations l
          WHERE l.event_id = e.id),
        (SELECT group_concat(l.organisation_id) FROM event_organisations l
          WHERE l.event_id = e.id AND l.role != 'mentioned')"""
#: Shown events of one kind linked to one of some organisations, whatever their date.
_UNDATED_QUERY = f"""SELECT {_CANDIDATE_COLUMNS} FROM events e
    WHERE e.id IN (SELECT event_id FROM event_organisations
                   WHERE organisation_id IN (SELECT value FROM json_each(:orgs)))
      AND kind = :kind AND consolidated_into IS NULL"""


def _candidates(rows: Iterable[Sequence[Any]]) -> list[Candidate]:
    return [Candidate(r[0], r[1], r[2], r[3], r[4], frozenset((r[7] or "").replace("|", " ").split()),
                      _id_set(r[9]), _id_set(r[8]), r[5], r[6], _id_set(r[10]),
                      source_word_sets((r[7] or "").split("|")))
            for r in rows]


@functools.lru_cache(maxsize=32)
def _candidate_query(kinds: int, shared: bool) -> str:
    """One statement for a mention's candidates with their sources' words and
    documents and their organisers (``consolidation_candidates``).

    Near: events starting within the span (with slack), by the span index.
    Earlier: months starting before it, by the small month-only index. Both
    keep only events whose dates agree with the span (``matching.dates_agree``
    on ``matching.widened`` spans) before the correlated reads run.
    """
    marks = ",".join(f":k{i}" for i in range(kinds))
    precisions = ",".join(f"'{p}'" for p in sorted(MATCHABLE_PRECISIONS))
    agree = (f"(CASE WHEN precision = 'approximate' AND t_end - t_start <= 1"
             f" THEN t_start - {APPROXIMATE_SLACK!r} < :m1 AND :m0 < t_end + {APPROXIMATE_SLACK!r}"
             f" ELSE t_start < :m1 AND :m0 < t_end END)")
    other = ("AND EXISTS (SELECT 1 FROM event_organisations l WHERE l.event_id = e.id"
             " AND l.organisation_id IN (SELECT value FROM json_each(:orgs)))") if shared else ""
    columns = _CANDIDATE_COLUMNS
    return f"""SELECT {columns} FROM events e
        WHERE kind IN ({marks}) AND t_start >= :near_from AND t_start < :near_to
          AND t_end > :low_end AND (precision = 'approximate' OR (t_start < :m1 AND t_end > :m0))
          AND consolidated_into IS NULL AND precision IN ({precisions}) AND {agree} {other}
        UNION ALL
        SELECT {columns} FROM events e
        WHERE kind IN ({marks}) AND precision = 'month' AND t_start >= :behind
          AND t_start < :near_from AND t_end > :m0 AND consolidated_into IS NULL
          AND {agree} {other}"""


class EventSourceRecords:
    """The store's reads and writes of event sources and consolidation decisions."""

    db: sqlite_utils.Database

    # ----------------------------------------------------------- matching
    def consolidation_candidates(self, kind: str, t_start: float, t_end: float,
                                 organisation_ids: Sequence[int] | None = None, *,
                                 named_by: Sequence[int] = ()) -> list[Candidate]:
        """Stored events a mention of ``kind`` spanning these days may join.

        One statement (``_candidate_query``): range reads per compatible kind,
        ``idx_events_kind_span`` for events starting within the span (plus
        slack), the month-only ``idx_events_month`` for months that began
        before it; only events whose dates agree with the span have their
        sources' words and documents and their organisers read. With
        ``organisation_ids``, only events linked to one of them (a probe of
        the link table's key per row). In no particular order. A mention of
        kind "other" reads events of the named kinds only when linked to one
        of ``named_by`` (its organisers): it joins them only on a shared one.
        """
        if kind != "other":
            kinds = [k for k in KINDS if kinds_compatible(kind, k)] or [kind]
            return self._candidates_near(kinds, t_start, t_end, organisation_ids)
        found = self._candidates_near(["other"], t_start, t_end, organisation_ids)
        if named_by:
            found += self._candidates_near([k for k in KINDS if k != "other"],
                                           t_start, t_end, named_by)
        return found

    def _candidates_near(self, kinds: Sequence[str], t_start: float, t_end: float,
                         organisation_ids: Sequence[int] | None) -> list[Candidate]:
        params: dict[str, object] = {f"k{i}": k for i, k in enumerate(kinds)}
        params.update(m0=t_start, m1=t_end, near_from=t_start - APPROXIMATE_SLACK - 1,
                      near_to=t_end + APPROXIMATE_SLACK, behind=t_start - LOOK_BEHIND_DAYS,
                      low_end=t_start - APPROXIMATE_SLACK,
                      orgs=json.dumps(sorted(organisation_ids or ())))
        return _candidates(self.db.conn.execute(
            _candidate_query(len(kinds), organisation_ids is not None), params))

    def undated_candidates(self, kind: str, organisation_ids: Sequence[int]) -> list[Candidate]:
        """Shown events of ``kind`` linked to one of ``organisation_ids``, any date
        (for a report without a usable date, ``consolidation.undated``)."""
        return _candidates(self.db.conn.execute(
            _UNDATED_QUERY, {"kind": kind, "orgs": json.dumps(sorted(organisation_ids))}))

    def decisions_about(self, key: str) -> list[tuple[str, str, str | None]]:
        """The user's decisions naming source ``key``, newest first: (action, key, other)."""
        return [tuple(r) for r in self.db.conn.execute(
            "SELECT action, source_key, other_key FROM consolidation_decisions"
            " WHERE source_key = ? OR other_key = ? ORDER BY id DESC", [key, key])]

    def event_id_for_source_key(self, key: str) -> int | None:
        """The event holding a source with ``key`` (the oldest such source), or None."""
        row = self.db.conn.execute(
            "SELECT event_id FROM event_sources WHERE source_key = ? ORDER BY id LIMIT 1",
            [key]).fetchone()
        return None if row is None else int(row[0])

    def next_source_id(self) -> int:
        return int(self.db.conn.execute(
            "SELECT coalesce(max(id), 0) FROM event_sources").fetchone()[0]) + 1

    def insert_source_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Insert sources given as tuples in ``SOURCE_COLUMNS`` order."""
        if rows:
            self.db.conn.executemany(_INSERT_SOURCE, rows)

    def refresh_event_fields(self, event_id: int, relink: bool = False) -> None:
        """Re-derive an event's fields (with ``relink`` its names too) from its
        sources; what the user edited is kept."""
        refresh_event_from_sources(self.db.conn, event_id, relink)

    # ------------------------------------------------------ rows and edits
    def event_sources(self, event_id: int) -> list[dict[str, Any]]:
        """An event's sources, oldest first, with their document's title,
        publisher (source) and publication date."""
        rows = list(self.db.query(
            """SELECT s.*, d.title AS document_title, d.source AS document_source,
                      d.published AS document_published, d.content_hash AS content_hash
               FROM event_sources s LEFT JOIN documents d ON d.id = s.document_id
               WHERE s.event_id = ? ORDER BY s.id""", [event_id]))
        for row in rows:
            row["organisation_ids"] = json.loads(row["organisation_ids"] or "[]")
            row["person_ids"] = json.loads(row["person_ids"] or "[]")
        return rows

    def sources_of_events(self, event_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
        """``event_sources`` for many events at once (exports)."""
        result: dict[int, list[dict[str, Any]]] = {}
        for row in self.db.query(
            """SELECT s.* FROM event_sources s
               WHERE s.event_id IN (SELECT value FROM json_each(?)) ORDER BY s.id""",
            [json.dumps(sorted(set(event_ids)))],
        ):
            row["organisation_ids"] = json.loads(row["organisation_ids"] or "[]")
            row["person_ids"] = json.loads(row["person_ids"] or "[]")
            result.setdefault(row["event_id"], []).append(row)
        return result

    def source_row(self, source_id: int) -> dict[str, Any] | None:
        """Every column of one source as stored, or None."""
        return fetch_row(self.db, "event_sources", source_id)

    def set_source_event(self, source_id: int, event_id: int, attached: str) -> None:
        """Move one source to another event, saying how it got there; its
        mention row is hidden behind that event unless it is the event."""
        self.db.execute("UPDATE event_sources SET event_id = ?, attached = ? WHERE id = ?",
                        [event_id, attached, source_id])
        self.db.execute(
            "UPDATE events SET consolidated_into = nullif(?, id)"
            " WHERE id = (SELECT mention_id FROM event_sources WHERE id = ?)",
            [event_id, source_id])

    def add_source_row(self, row: dict[str, Any]) -> int:
        """Insert one source given as column -> value; its id."""
        return insert_row(self.db, "event_sources", row)

    def source_id_for_key(self, key: str) -> int | None:
        """The oldest source with ``key``, or None."""
        row = self.db.conn.execute(
            "SELECT id FROM event_sources WHERE source_key = ? ORDER BY id LIMIT 1",
            [key]).fetchone()
        return None if row is None else int(row[0])

    def has_decision(self, action: str, key: str, other_key: str | None) -> bool:
        return self.db.conn.execute(
            "SELECT 1 FROM consolidation_decisions WHERE action = ? AND source_key = ?"
            " AND other_key IS ?", [action, key, other_key]).fetchone() is not None

    def put_source_row(self, row: dict[str, Any]) -> None:
        """Write a whole source row back as it was (undo), replacing what is there."""
        self.db.execute("DELETE FROM event_sources WHERE id = ?", [row["id"]])
        insert_row(self.db, "event_sources", row)

    def source_ids_of_document(self, document_id: int) -> tuple[int, ...]:
        return tuple(int(r[0]) for r in self.db.execute(
            "SELECT id FROM event_sources WHERE document_id = ? ORDER BY id", [document_id]))

    def add_decision(self, action: str, key: str, other_key: str | None,
                     made_at: str | None = None) -> int:
        """Record a split, merge or move; its id (undo removes it)."""
        cursor = self.db.execute(
            "INSERT INTO consolidation_decisions (action, source_key, other_key, made_at)"
            " VALUES (?, ?, ?, ?)", [action, key, other_key, made_at or now_iso()])
        return int(cursor.lastrowid)

    def delete_decision(self, decision_id: int) -> None:
        self.db.execute("DELETE FROM consolidation_decisions WHERE id = ?", [decision_id])

    def all_entity_names(self, kind: str) -> dict[int, str]:
        """Every organisation's (or person's) name by id."""
        table = "organisations" if kind == "organisation" else "people"
        return dict(self.db.execute(f"SELECT id, name FROM {table}").fetchall())

    def decisions(self) -> list[dict[str, Any]]:
        """Every decision, oldest first (exports)."""
        return list(self.db.query(
            "SELECT action, source_key, other_key, made_at FROM consolidation_decisions"
            " ORDER BY id"))
