"""The reads behind the network view and the cast over time: who appears in
the events a filter passes, and who appears together.

Organisations and people come back side by side, told apart by a kind code
(0 organisation, 1 person). The filter's matching ids are a CTE read once;
the empty filter skips it and groups the link tables directly (their
primary keys make each (event, entity) link unique, so ``count(*)`` counts
events). Counts come back as int64 arrays (``id_arrays``), never a Python
object per link.
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


#: (kind code, link table, its entity column) for organisations and people.
_LINKS = ((ORGANISATION_CODE, "event_organisations", "organisation_id"),
          (PERSON_CODE, "event_people", "person_id"))


def _matched(event_filter: EventFilter) -> tuple[str, str, list[object]]:
    """A ``WITH matched(id)`` prefix, the condition on a link's ``event_id``
    and the parameters; both empty for the empty filter (every event), so
    the common case reads the link tables alone."""
    if event_filter == EventFilter():
        return "", "", []
    ids_sql, params = matching_ids_query(event_filter)
    return f"WITH matched(id) AS ({ids_sql}) ", "event_id IN (SELECT id FROM matched)", \
        list(params)


def _kinds(with_people: bool) -> tuple[tuple[int, str, str], ...]:
    return _LINKS if with_people else _LINKS[:1]


class NetworkReads:
    """Event counts per entity, shared-event counts per pair, counts per year."""

    db: sqlite_utils.Database

    def entity_event_counts(self, event_filter: EventFilter,
                            with_people: bool = False) -> list[np.ndarray]:
        """``[kinds, ids, counts]``: each organisation (and person) named by
        the matching events, with how many of them name it."""
        prefix, condition, params = _matched(event_filter)
        where = f" WHERE {condition}" if condition else ""
        parts = [f"SELECT {code}, {column}, count(*) FROM {table}{where} GROUP BY {column}"
                 for code, table, column in _kinds(with_people)]
        return id_arrays(self.db.conn, prefix + " UNION ALL ".join(parts),
                         params, 3)

    def shared_event_counts(self, event_filter: EventFilter,
                            with_people: bool = False) -> list[np.ndarray]:
        """``[kinds_a, ids_a, kinds_b, ids_b, counts]``: each pair of entities
        named together by matching events, with how many events they share.
        Each pair comes once, the (kind, id) of ``a`` below that of ``b``."""
        prefix, condition, params = _matched(event_filter)
        kinds = _kinds(with_people)
        parts = []
        # Link tables pair with themselves (a below b) and organisations with people.
        for i, (code_a, table_a, column_a) in enumerate(kinds):
            for code_b, table_b, column_b in kinds[i:]:
                conditions = [f"a.{condition}"] if condition else []
                if table_a == table_b:
                    conditions.append(f"a.{column_a} < b.{column_b}")
                where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
                parts.append(
                    f"SELECT {code_a}, a.{column_a}, {code_b}, b.{column_b}, count(*)"
                    f" FROM {table_a} a JOIN {table_b} b ON b.event_id = a.event_id{where}"
                    f" GROUP BY a.{column_a}, b.{column_b}")
        return id_arrays(self.db.conn, prefix + " UNION ALL ".join(parts),
                         params, 5)

    def entity_year_counts(self, event_filter: EventFilter,
                           with_people: bool = False) -> list[np.ndarray]:
        """``[years, kinds, ids, counts]``: per year of a dated matching event,
        each entity it names and in how many of that year's events."""
        prefix, condition, params = _matched(event_filter)
        extra = f" AND l.{condition}" if condition else ""
        parts = [f"SELECT e.year, {code}, l.{column}, count(*)"
                 f" FROM {table} l JOIN events e ON e.id = l.event_id"
                 f" WHERE e.year IS NOT NULL{extra} GROUP BY e.year, l.{column}"
                 for code, table, column in _kinds(with_people)]
        return id_arrays(self.db.conn, prefix + " UNION ALL ".join(parts),
                         params, 4)

    def entity_names(self, kind_code: int, ids: Iterable[int]) -> dict[int, str]:
        """``{id: name}`` of organisations (kind 0) or people (kind 1)."""
        table = "organisations" if kind_code == ORGANISATION_CODE else "people"
        wanted = json.dumps([int(i) for i in ids])
        return {int(row[0]): str(row[1]) for row in self.db.conn.execute(
            f"SELECT id, name FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
            [wanted])}
