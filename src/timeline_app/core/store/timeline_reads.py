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


#: The year of an event that has none, in ``event_index_arrays``.
NO_YEAR = -(10**6)


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

    def matching_event_id_array(self, event_filter: EventFilter | None = None, *,
                                distinct: bool = True) -> np.ndarray:
        """Ids of events passing ``event_filter`` as a sorted int64 array (each once).

        With ``distinct=False`` the ids come unsorted and may repeat (an event
        of two chosen organisations): for a caller that only marks them, this
        saves a sort of every matching id.
        """
        sql, params = matching_ids_query(event_filter or EventFilter())
        ids = id_array(self.db.conn, sql, params)
        return np.unique(ids) if distinct else ids

    def timeline_columns(self, event_filter: EventFilter | None = None) -> dict[str, list]:
        """Columns for the canvas: one list per field, aligned by event, in time order.

        Keys: ids, titles, kinds, starts, ends, precisions, sources (how many
        sources attest each event), lanes_org, orgs, organisers. ``orgs`` joins
        the event's organisation names in name order with "; " ('' when none)
        and ``organisers`` those whose role is organiser; ``lanes_org`` is the
        first organiser, else the first organisation (None when none).
        """
        event_filter = event_filter or EventFilter()
        where, params = shown_where_clause(event_filter)
        link_sql = ("SELECT event_id, organisation_id, role = 'organiser'"
                    " FROM event_organisations")
        link_params: list[object] = []
        if event_filter != EventFilter():
            ids_sql, link_params = matching_ids_query(event_filter)
            link_sql += f" WHERE event_id IN ({ids_sql})"
        return self._timeline_columns_where(where, params, link_sql, link_params)

    def timeline_columns_of(self, event_ids: Sequence[int]) -> dict[str, list]:
        """``timeline_columns`` for just these events (those of them shown),
        in the same order: what an edit of a few events changed."""
        wanted = json.dumps([int(i) for i in event_ids])
        return self._timeline_columns_where(
            "e.id IN (SELECT value FROM json_each(?)) AND e.consolidated_into IS NULL", [wanted],
            "SELECT event_id, organisation_id, role = 'organiser' FROM event_organisations"
            " WHERE event_id IN (SELECT value FROM json_each(?))", [wanted])

    def _timeline_columns_where(self, where: str, params: Sequence[object], link_sql: str,
                                link_params: Sequence[object]) -> dict[str, list]:
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
                return {key: [] for key in (*keys, "lanes_org", "orgs", "organisers")}
            columns: dict[str, list] = {
                key: list(values) for key, values in zip(keys, zip(*rows), strict=True)
            }
            del rows
        columns["lanes_org"], columns["orgs"], columns["organisers"] = self._organisation_columns(
            np.asarray(columns["ids"], dtype=np.int64), link_sql, link_params)
        return columns

    def _organisation_columns(
        self, ids: np.ndarray, link_sql: str, params: Sequence[object]
    ) -> tuple[list[str | None], list[str], list[str]]:
        """Per event (in ``ids`` order): its lane organisation, all its
        organisations joined, and its organisers joined.

        The lane organisation is the first organiser by name when the event
        has one, else its first organisation. The links come as int arrays
        in one query and are grouped with numpy.
        """
        n = len(ids)
        link_events, link_orgs, link_organiser = id_arrays(self.db.conn, link_sql, params, 3)
        # Each link's event as a position in ``ids`` (links of other events dropped).
        link_pos = positions(link_events, ids)
        keep = link_pos >= 0
        link_pos, link_orgs, link_organiser = link_pos[keep], link_orgs[keep], link_organiser[keep]
        if not len(link_pos):
            return [None] * n, [""] * n, [""] * n
        org_ids = np.unique(link_orgs)
        names = dict(self.db.conn.execute(
            "SELECT id, name FROM organisations WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(org_ids.tolist())],
        ))
        # Rank the organisations by name: SQLite's BINARY order is code point order.
        by_name = sorted(org_ids.tolist(), key=lambda org_id: names.get(org_id, ""))
        ranked_names = np.array([names.get(org_id, "") for org_id in by_name], dtype=object)
        link_rank = positions(link_orgs, np.asarray(by_name, dtype=np.int64))
        lanes, joined = _grouped_names(link_pos, link_rank, ranked_names, n)
        chosen = link_organiser.astype(bool)
        if not chosen.any():
            return lanes.tolist(), joined.tolist(), [""] * n
        first_organiser, organisers = _grouped_names(link_pos[chosen], link_rank[chosen],
                                                     ranked_names, n)
        has_organiser = np.bincount(link_pos[chosen], minlength=n) > 0
        lanes[has_organiser] = first_organiser[has_organiser]
        return lanes.tolist(), joined.tolist(), organisers.tolist()


def _grouped_names(link_pos: np.ndarray, link_rank: np.ndarray, ranked_names: np.ndarray,
                   n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per event position: the first linked name by name order (None: none) and
    all of them joined with "; " ('' when none)."""
    first_names = np.full(n, None, dtype=object)
    joined = np.full(n, "", dtype=object)
    if not len(link_pos):
        return first_names, joined
    size = len(ranked_names)
    # Links grouped by event, each event's names in name order.
    order = np.argsort(link_pos * size + link_rank)
    ranks = link_rank[order]
    link_names = ranked_names[ranks]
    counts = np.bincount(link_pos, minlength=n)
    first = np.cumsum(counts) - counts
    has = counts > 0
    first_names[has] = link_names[first[has]]
    joined[has] = first_names[has]
    # Two organisations is the common "several": join each distinct pair once.
    pairs = np.flatnonzero(counts == 2)
    if len(pairs):
        codes = ranks[first[pairs]] * size + ranks[first[pairs] + 1]
        distinct, which = np.unique(codes, return_inverse=True)
        texts = np.array(
            ["; ".join((ranked_names[c // size], ranked_names[c % size]))
             for c in distinct.tolist()], dtype=object)
        joined[pairs] = texts[which]
    more = np.flatnonzero(counts > 2)
    if len(more):
        name_list = link_names.tolist()
        starts = first[more].tolist()
        ends = (first[more] + counts[more]).tolist()
        for i, lo, hi in zip(more.tolist(), starts, ends, strict=True):
            joined[i] = "; ".join(name_list[lo:hi])
    return first_names, joined
