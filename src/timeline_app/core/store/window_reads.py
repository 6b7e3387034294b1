"""The reads the panes and exports make a few rows at a time.

Full event rows with their names (the detail pane, the event list's
visible rows, exports), one event with its document, a document's events,
the event list's sort by source, and the filter pane's counts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from ..filters import EventFilter
from .filter_sql import shown_where_clause
from .tables import fetch_row

#: (id, start, precision, time, document title, document source, source count) of one event
TableRow = tuple[int, str | None, str, str | None, str | None, str | None, int]


class WindowReads:
    """Event rows, the detail pane's reads and the list's and filters' helpers."""

    db: sqlite_utils.Database

    def events(
        self, ids: Sequence[int] | None = None, event_filter: EventFilter | None = None
    ) -> list[dict]:
        """Full event rows with organisation and people names, in time order.

        Either a few ``ids`` (the detail pane, the table's visible rows) or a
        filter (exports), never both.
        """
        if ids is not None:
            # One JSON parameter rather than "IN (?, ?, …)": no limit on how many.
            selected = "SELECT value FROM json_each(?)"
            params: list[object] = [json.dumps([int(i) for i in ids])]
        else:
            where, params = shown_where_clause(event_filter or EventFilter())
            selected = f"SELECT e.id FROM events e WHERE {where}"
        rows = list(
            self.db.query(
                f"SELECT e.* FROM events e WHERE e.id IN ({selected})"
                " ORDER BY e.t_start IS NULL, e.t_start, e.id",
                params,
            )
        )
        if not rows:
            return rows
        orgs = self._names_by_event("event_organisations", "organisations", "organisation_id",
                                    selected, params)
        people = self._names_by_event("event_people", "people", "person_id", selected, params)
        for row in rows:
            row["organisations"] = orgs.get(row["id"], [])
            row["people"] = people.get(row["id"], [])
            row["tags"] = json.loads(row.get("tags") or "[]")
            row["field_confidence"] = json.loads(row.get("field_confidence") or "{}")
            row["edited_fields"] = json.loads(row.get("edited_fields") or "[]")
        return rows

    def _names_by_event(self, link: str, table: str, column: str, selected: str,
                        params: Sequence[object]) -> dict[int, list[str]]:
        """Names linked to the events ``selected`` (a SELECT of event ids) picks."""
        result: dict[int, list[str]] = {}
        for event_id, name in self.db.conn.execute(
            f"SELECT l.event_id, t.name FROM {link} l JOIN {table} t ON t.id = l.{column}"
            f" WHERE l.event_id IN ({selected}) ORDER BY t.name",
            params,
        ):
            result.setdefault(event_id, []).append(name)
        return result

    # -------------------------------------------------------- detail pane
    def event_detail(self, event_id: int) -> dict[str, Any] | None:
        """One event with its names (with ids, for links) and its document, or None."""
        row = fetch_row(self.db, "events", event_id)
        if row is None:
            return None
        row["tags"] = json.loads(row.get("tags") or "[]")
        row["edited_fields"] = json.loads(row.get("edited_fields") or "[]")
        row["organisations"] = [
            (int(r[0]), r[1]) for r in self.db.execute(
                "SELECT o.id, o.name FROM event_organisations eo JOIN organisations o"
                " ON o.id = eo.organisation_id WHERE eo.event_id = ? ORDER BY o.name", [event_id])
        ]
        row["people"] = [
            (int(r[0]), r[1]) for r in self.db.execute(
                "SELECT p.id, p.name FROM event_people ep JOIN people p ON p.id = ep.person_id"
                " WHERE ep.event_id = ? ORDER BY p.name", [event_id])
        ]
        row["document"] = None
        if row["document_id"] is not None:
            row["document"] = fetch_row(self.db, "documents", row["document_id"])
        return row

    def document_events(self, document_id: int) -> list[dict[str, Any]]:
        """The events of one document in time order (id, title, start, precision, time).

        A report joined into another event stands for that event (its id), so
        choosing it selects what the timeline shows."""
        return list(self.db.query(
            "SELECT coalesce(consolidated_into, id) AS id, title, start, precision, time"
            " FROM events WHERE document_id = ? ORDER BY t_start IS NULL, t_start, id",
            [document_id]))

    # --------------------------------------------------- list and filters
    def event_ids_by_source(self, event_filter: EventFilter) -> list[int]:
        """Ids of the events passing ``event_filter``, by document title (no case),
        then time: the event list's Source column order."""
        where, params = shown_where_clause(event_filter)
        rows = self.db.execute(
            f"""SELECT e.id FROM events e LEFT JOIN documents d ON d.id = e.document_id
                WHERE {where} ORDER BY coalesce(d.title, '') COLLATE NOCASE, e.t_start, e.id""",
            params,
        )
        return [r[0] for r in rows]

    def event_table_rows(self, ids: Sequence[int]) -> list[TableRow]:
        """The event list's lazily read columns for a block of visible rows
        (a few hundred ids at most: one parameter each)."""
        return self.db.execute(
            f"""SELECT e.id, e.start, e.precision, e.time, d.title, d.source, e.source_count
                FROM events e LEFT JOIN documents d ON d.id = e.document_id
                WHERE e.id IN ({','.join('?' * len(ids))})""",
            list(ids),
        ).fetchall()

    def event_counts_by_year(self) -> dict[int, int]:
        """How many events each year has (dated events only)."""
        return {int(y): int(n) for y, n in self.db.execute(
            "SELECT year, count(*) FROM events WHERE year IS NOT NULL AND consolidated_into IS NULL"
            " GROUP BY year")}

    def event_counts_by_kind(self) -> dict[str, int]:
        """How many events each kind has."""
        return {k: int(n) for k, n in self.db.execute(
            "SELECT kind, count(*) FROM events WHERE consolidated_into IS NULL GROUP BY kind")}

    def best_search_hit(self, ids: Sequence[int]) -> int | None:
        """Of ``ids`` (a few hundred at most), a document's main event first,
        then the earliest; None when none of them exists."""
        if not ids:
            return None
        row = self.db.execute(
            f"SELECT id FROM events WHERE id IN ({','.join('?' * len(ids))})"
            " ORDER BY main DESC, t_start IS NULL, t_start, id LIMIT 1", list(ids)).fetchone()
        return int(row[0]) if row else None
