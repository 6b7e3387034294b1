"""The reads behind an organisation's or person's profile.

A profile of the largest organisation of a 100,000-event archive covers
tens of thousands of events, so every read here aggregates in SQL (counts
per year, kind and role; partners ranked by shared events) and returns a
few hundred rows at most. The link tables gain a ``role`` column in a later
schema; each read groups by it when this database has it and works with
plain links when it does not (checked once per store with PRAGMA).
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import sqlite_utils

from ..models import EntityKind
from .profile_arrays import (
    NO_YEAR, ProfileArrays, ProfileArraysCache, stamp_of, value_counts,
)
from .tables import tables_of

#: (year or None, kind, role or None, number of events)
CountRow = tuple[int | None, str, str | None, int]
#: (id, name, number of shared events)
PartnerRow = tuple[int, str, int]


class ProfileReads:
    """Counts, partners, documents and titles of one organisation or person."""

    db: sqlite_utils.Database

    def link_has_column(self, table: str, column: str) -> bool:
        """Whether ``table`` has ``column`` in this database (asked once per store)."""
        cache: dict[str, frozenset[str]] = self.__dict__.setdefault("_link_columns", {})
        if table not in cache:
            cache[table] = frozenset(
                str(row[1]) for row in self.db.execute(f'PRAGMA table_info("{table}")'))
        return column in cache[table]

    def forget_link_columns(self) -> None:
        """Ask PRAGMA again next time (after a migration added columns)."""
        self.__dict__.pop("_link_columns", None)

    def entity_name_row(self, kind: str, entity_id: int) -> dict[str, Any] | None:
        """Name, and acronym and aliases or role, of one organisation or person."""
        t = tables_of(kind)
        if t.table == "organisations":
            sql = "SELECT id, name, acronym, aliases, NULL AS role FROM organisations WHERE id = ?"
        else:
            sql = "SELECT id, name, NULL AS acronym, '[]' AS aliases, role FROM people WHERE id = ?"
        rows = list(self.db.query(sql, [entity_id]))
        return rows[0] if rows else None

    def alias_names_for(self, kind: str, canonical: str) -> list[str]:
        """The user's aliases (normalised spellings) that mean ``canonical``."""
        return [str(r[0]) for r in self.db.execute(
            "SELECT alias FROM aliases WHERE entity = ? AND canonical = ? ORDER BY alias",
            [str(kind), canonical])]

    def _profile_arrays_cache(self) -> ProfileArraysCache:
        return self.__dict__.setdefault("_profile_arrays", ProfileArraysCache())

    def profile_arrays(self) -> ProfileArrays:
        """Every event's year and kind and every link, as arrays (kept while unchanged)."""
        return self._profile_arrays_cache().get(self.db.conn)

    def profile_arrays_stamp(self) -> tuple[int, int]:
        """Differs whenever the database may have changed since it was last taken."""
        return stamp_of(self.db.conn)

    def profile_counts(self, kind: str, entity_id: int) -> list[CountRow]:
        """The entity's events counted per (year, kind, role), undated year None."""
        t = tables_of(kind)
        arrays = self.profile_arrays()
        if self.link_has_column(t.event_link, "role"):
            by_role = [(role, np.fromstring(ids or "", dtype=np.int64, sep=","))
                       for role, ids in self.db.execute(
                           f"SELECT role, group_concat(event_id) FROM {t.event_link}"
                           f" WHERE {t.column} = ? GROUP BY 1", [entity_id])]
        else:
            by_role = [(None, arrays.event_ids_of(str(EntityKind(kind)), entity_id))]
        counts: list[CountRow] = []
        width = max(len(arrays.kind_names), 1)
        for role, event_ids in by_role:
            rows = arrays.rows_of(np.sort(event_ids))
            years, kinds = arrays.years[rows], arrays.kind_codes[rows]
            dated = years != NO_YEAR
            # Undated events count under a year just before the first, then go back to None.
            first = int(years[dated].min()) if dated.any() else 0
            years = np.where(dated, years, first - 1)
            codes, totals = value_counts((years - first + 1) * width + kinds)
            for code, count in zip(codes.tolist(), totals.tolist(), strict=True):
                year, kind_code = divmod(code, width)
                counts.append((None if year == 0 else first + year - 1,
                               arrays.kind_names[kind_code], role, count))
        return counts

    def profile_partners(self, kind: str, entity_id: int, partner_kind: str,
                         limit: int = 50) -> list[PartnerRow]:
        """Organisations (or people) sharing events with the entity, most shared first."""
        arrays = self.profile_arrays()
        link_events, link_entities = arrays.links[str(EntityKind(kind))]
        mine = link_events[link_entities == entity_id]
        their_events, their_ids = arrays.links[str(EntityKind(partner_kind))]
        if not len(mine) or not len(their_events):
            return []
        # Event ids are nearly dense: a table of "is mine" beats sorting for isin.
        is_mine = np.zeros(int(max(mine.max(), their_events.max())) + 1, dtype=bool)
        is_mine[mine] = True
        shared = their_ids[is_mine[their_events]]
        if tables_of(kind).table == tables_of(partner_kind).table:
            shared = shared[shared != entity_id]
        if not len(shared):
            return []
        partner_ids, counts = value_counts(shared)
        top = np.lexsort((partner_ids, -counts))[:limit]
        chosen = partner_ids[top].tolist()
        names = dict(self.db.execute(
            f"SELECT id, name FROM {tables_of(partner_kind).table}"
            " WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(chosen)]))
        ranked = [(int(i), str(names.get(i, "")), int(c))
                  for i, c in zip(chosen, counts[top].tolist(), strict=True)]
        ranked.sort(key=lambda p: (-p[2], p[1].casefold()))
        return ranked

    def profile_documents(self, kind: str, entity_id: int,
                          limit: int = 200) -> tuple[int, list[dict[str, Any]]]:
        """How many documents name the entity, and the newest ``limit`` of them.

        Newest by publication date ("2017-03" before any day of March 2017);
        undated ones last, the latest imported first.
        """
        arrays = self.profile_arrays()
        wanted = arrays.document_ids_of(str(EntityKind(kind)), entity_id)
        chosen = arrays.newest_documents(wanted, limit)
        columns = ("id", "title", "source", "published", "published_precision", "imported_at")
        found = {row[0]: dict(zip(columns, row, strict=True)) for row in self.db.execute(
            f"SELECT {', '.join(columns)} FROM documents"
            " WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(chosen)])}
        return len(wanted), [found[i] for i in chosen if i in found]

    def person_titles(self, person_id: int) -> list[tuple[str, int | None, int | None]]:
        """The roles or titles a person is given, each with its first and last year.

        Per link where the people links hold a ``title`` column, else the
        person's one recorded role over the years of their events.
        """
        if self.link_has_column("event_people", "title"):
            rows = self.db.execute(
                "SELECT l.title, min(e.year), max(e.year) FROM event_people l"
                " JOIN events e ON e.id = l.event_id"
                " WHERE l.person_id = ? AND coalesce(l.title, '') != ''"
                " GROUP BY 1 ORDER BY min(e.year) IS NULL, min(e.year), 1", [person_id])
            found = [(str(r[0]), r[1], r[2]) for r in rows]
            if found:
                return found
        row = self.db.execute(
            "SELECT p.role, min(e.year), max(e.year) FROM people p"
            " LEFT JOIN event_people l ON l.person_id = p.id"
            " LEFT JOIN events e ON e.id = l.event_id WHERE p.id = ?", [person_id]).fetchone()
        if row is None or not row[0]:
            return []
        return [(str(row[0]), row[1], row[2])]
