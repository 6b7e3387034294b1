"""The reads behind the canvas and the filters: every matching event at once.

These run on every filter change at up to 100,000 events, so they read
columns rather than row objects and group links with numpy (see
``id_arrays``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
import sqlite_utils

from ..filters import EventFilter
from .filter_sql import matching_ids_query, shown_where_clause
from .id_arrays import collector_paused, id_array, id_arrays, positions


class TimelineReads:
    """Matching event ids and the canvas's columns."""

    db: sqlite_utils.Database

    def matching_event_ids(self, event_filter: EventFilter | None = None) -> list[int]:
        """Ids of events passing ``event_filter``, in time order (undated last).

        A caller that holds events in time order already (the window) should
        use ``matching_event_id_array``, which skips the sort.
        """
        where, params = shown_where_clause(event_filter or EventFilter())
        rows = self.db.conn.execute(
            f"SELECT e.id FROM events e WHERE {where}"
            " ORDER BY e.t_start IS NULL, e.t_start, e.id",
            params,
        )
        return [row[0] for row in rows]

    def matching_event_id_array(self, event_filter: EventFilter | None = None) -> np.ndarray:
        """Ids of events passing ``event_filter`` as a sorted int64 array (each once)."""
        sql, params = matching_ids_query(event_filter or EventFilter())
        return np.unique(id_array(self.db.conn, sql, params))

    def timeline_columns(self, event_filter: EventFilter | None = None) -> dict[str, list]:
        """Columns for the canvas: one list per field, aligned by event, in time order.

        Keys: ids, titles, kinds, starts, ends, precisions, sources (how many
        sources attest each event), lanes_org, orgs.
        ``orgs`` joins the event's organisation names in name order with
        "; " ('' when none); ``lanes_org`` is the first of them (None when none).
        """
        event_filter = event_filter or EventFilter()
        where, params = shown_where_clause(event_filter)
        keys = ("ids", "titles", "kinds", "starts", "ends", "precisions", "sources")
        with collector_paused():
            # SQLite sorts: the row objects are then made in time order, and
            # the canvas, which walks them in that order, reads memory in sequence.
            rows = self.db.conn.execute(
                f"SELECT e.id, e.title, e.kind, e.t_start, e.t_end, e.precision, e.source_count"
                f" FROM events e WHERE {where} ORDER BY e.t_start IS NULL, e.t_start, e.id",
                params,
            ).fetchall()
            if not rows:
                return {key: [] for key in (*keys, "lanes_org", "orgs")}
            columns: dict[str, list] = {
                key: list(values) for key, values in zip(keys, zip(*rows), strict=True)
            }
            del rows
        link_sql = "SELECT event_id, organisation_id FROM event_organisations"
        link_params: list[object] = []
        if event_filter != EventFilter():
            ids_sql, link_params = matching_ids_query(event_filter)
            link_sql += f" WHERE event_id IN ({ids_sql})"
        columns["lanes_org"], columns["orgs"] = self._organisation_columns(
            np.asarray(columns["ids"], dtype=np.int64), link_sql, link_params)
        return columns

    def _organisation_columns(
        self, ids: np.ndarray, link_sql: str, params: Sequence[object]
    ) -> tuple[list[str | None], list[str]]:
        """Per event (in ``ids`` order): its first organisation name and all joined.

        The links come as two int arrays in one query and are grouped with
        numpy; only events with several organisations cost a Python join.
        """
        n = len(ids)
        lanes = np.full(n, None, dtype=object)
        joined = np.full(n, "", dtype=object)
        link_events, link_orgs = id_arrays(self.db.conn, link_sql, params, 2)
        # Each link's event as a position in ``ids`` (links of other events dropped).
        link_pos = positions(link_events, ids)
        keep = link_pos >= 0
        link_pos, link_orgs = link_pos[keep], link_orgs[keep]
        if not len(link_pos):
            return lanes.tolist(), joined.tolist()
        org_ids = np.unique(link_orgs)
        names = dict(self.db.conn.execute(
            "SELECT id, name FROM organisations WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(org_ids.tolist())],
        ))
        # Rank the organisations by name: SQLite's BINARY order is code point order.
        by_name = sorted(org_ids.tolist(), key=lambda org_id: names.get(org_id, ""))
        ranked_names = np.array([names.get(org_id, "") for org_id in by_name], dtype=object)
        link_rank = positions(link_orgs, np.asarray(by_name, dtype=np.int64))
        # Links grouped by event, each event's names in name order.
        order = np.argsort(link_pos * len(by_name) + link_rank)
        ranks = link_rank[order]
        link_names = ranked_names[ranks]
        counts = np.bincount(link_pos, minlength=n)
        first = np.cumsum(counts) - counts
        has = counts > 0
        lanes[has] = link_names[first[has]]
        joined[has] = lanes[has]
        # Two organisations is the common "several": join each distinct pair once.
        pairs = np.flatnonzero(counts == 2)
        if len(pairs):
            codes = ranks[first[pairs]] * len(by_name) + ranks[first[pairs] + 1]
            distinct, which = np.unique(codes, return_inverse=True)
            texts = np.array(
                ["; ".join((ranked_names[c // len(by_name)], ranked_names[c % len(by_name)]))
                 for c in distinct.tolist()], dtype=object)
            joined[pairs] = texts[which]
        more = np.flatnonzero(counts > 2)
        if len(more):
            name_list = link_names.tolist()
            starts = first[more].tolist()
            ends = (first[more] + counts[more]).tolist()
            for i, lo, hi in zip(more.tolist(), starts, ends, strict=True):
                joined[i] = "; ".join(name_list[lo:hi])
        return lanes.tolist(), joined.tolist()
