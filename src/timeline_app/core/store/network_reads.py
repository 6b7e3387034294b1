"""The reads behind the network view and the cast over time: who appears in
the events a filter passes, and who appears together.

Organisations and people are read through one list of links, each link an
(event, kind, entity) triple with kind 0 for an organisation and 1 for a
person, so a network of both needs no second pass. Counts come back as
int64 arrays (``id_arrays``), never a Python object per link.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import numpy as np
import sqlite_utils

from ..filters import EventFilter
from .filter_sql import matching_ids_query
from .id_arrays import id_arrays

#: The kind codes in the arrays these reads return.
ORGANISATION_CODE, PERSON_CODE = 0, 1


def _links_cte(event_filter: EventFilter, with_people: bool) -> tuple[str, list[object]]:
    """``matched(id)`` and ``links(event_id, kind, entity)`` for the filter."""
    ids_sql, params = matching_ids_query(event_filter)
    links = ("SELECT event_id, 0, organisation_id FROM event_organisations"
             " WHERE event_id IN (SELECT id FROM matched)")
    if with_people:
        links += (" UNION ALL SELECT event_id, 1, person_id FROM event_people"
                  " WHERE event_id IN (SELECT id FROM matched)")
    return f"WITH matched(id) AS ({ids_sql}), links(event_id, kind, entity) AS ({links})", \
        list(params)


class NetworkReads:
    """Event counts per entity, shared-event counts per pair, counts per year."""

    db: sqlite_utils.Database

    def entity_event_counts(self, event_filter: EventFilter,
                            with_people: bool = False) -> list[np.ndarray]:
        """``[kinds, ids, counts]``: each organisation (and person) named by
        the matching events, with how many of them name it."""
        cte, params = _links_cte(event_filter, with_people)
        sql = (f"{cte} SELECT kind, entity, count(DISTINCT event_id) FROM links"
               " GROUP BY kind, entity")
        return id_arrays(self.db.conn, sql, params, 3)

    def shared_event_counts(self, event_filter: EventFilter,
                            with_people: bool = False) -> list[np.ndarray]:
        """``[kinds_a, ids_a, kinds_b, ids_b, counts]``: each pair of entities
        named together by matching events, with how many events they share.
        Each pair comes once, the (kind, id) of ``a`` below that of ``b``."""
        cte, params = _links_cte(event_filter, with_people)
        sql = (f"{cte} SELECT a.kind, a.entity, b.kind, b.entity, count(DISTINCT a.event_id)"
               " FROM links a JOIN links b ON a.event_id = b.event_id"
               " AND (a.kind < b.kind OR (a.kind = b.kind AND a.entity < b.entity))"
               " GROUP BY a.kind, a.entity, b.kind, b.entity")
        return id_arrays(self.db.conn, sql, params, 5)

    def entity_year_counts(self, event_filter: EventFilter,
                           with_people: bool = False) -> list[np.ndarray]:
        """``[years, kinds, ids, counts]``: per year of a dated matching event,
        each entity it names and in how many of that year's events."""
        cte, params = _links_cte(event_filter, with_people)
        sql = (f"{cte} SELECT e.year, l.kind, l.entity, count(DISTINCT l.event_id)"
               " FROM links l JOIN events e ON e.id = l.event_id"
               " WHERE e.year IS NOT NULL GROUP BY e.year, l.kind, l.entity")
        return id_arrays(self.db.conn, sql, params, 4)

    def entity_names(self, kind_code: int, ids: Iterable[int]) -> dict[int, str]:
        """``{id: name}`` of organisations (kind 0) or people (kind 1)."""
        table = "organisations" if kind_code == ORGANISATION_CODE else "people"
        wanted = json.dumps([int(i) for i in ids])
        return {int(row[0]): str(row[1]) for row in self.db.conn.execute(
            f"SELECT id, name FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
            [wanted])}
