"""Roles on the links between events and organisations or people.

Each link carries the part the name plays in the event (``models.ROLES``)
and whether the user chose it (``role_by_user``), so re-extraction leaves a
chosen role alone. The detail pane reads them, an edit sets one, and the
export writes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from ..models import ROLES
from .tables import tables_of

_STRENGTH = {role: i for i, role in enumerate(ROLES)}


def strongest_roles(pairs: Iterable[tuple[int, str]]) -> dict[int, str]:
    """One role per id (two names may be one record): the strongest given."""
    chosen: dict[int, str] = {}
    for entity_id, role in pairs:
        if entity_id not in chosen or _STRENGTH[role] < _STRENGTH[chosen[entity_id]]:
            chosen[entity_id] = role
    return chosen


class LinkRoles:
    """The store's reads and writes of link roles."""

    db: sqlite_utils.Database

    def link_role(self, kind: str, event_id: int, entity_id: int) -> tuple[str, bool] | None:
        """(role, set by the user) of one link, or None when there is no such link."""
        tables = tables_of(kind)
        row = self.db.execute(
            f"SELECT role, role_by_user FROM {tables.event_link}"
            f" WHERE event_id = ? AND {tables.column} = ?", [event_id, entity_id]).fetchone()
        return (row[0], bool(row[1])) if row else None

    def set_link_role(self, kind: str, event_id: int, entity_id: int, role: str,
                      by_user: bool) -> None:
        tables = tables_of(kind)
        self.db.execute(
            f"UPDATE {tables.event_link} SET role = ?, role_by_user = ?"
            f" WHERE event_id = ? AND {tables.column} = ?",
            [role, int(by_user), event_id, entity_id])

    def event_link_roles(self, event_id: int) -> list[dict]:
        """Every name linked to one event with its kind, id, role and edit mark."""
        rows = []
        for kind in ("organisation", "person"):
            tables = tables_of(kind)
            for entity_id, name, role, by_user in self.db.execute(
                f"SELECT t.id, t.name, l.role, l.role_by_user FROM {tables.event_link} l"
                f" JOIN {tables.table} t ON t.id = l.{tables.column}"
                " WHERE l.event_id = ? ORDER BY t.name", [event_id]):
                rows.append({"kind": kind, "id": int(entity_id), "name": name, "role": role,
                             "by_user": bool(by_user)})
        return rows

    def event_roles(self, event_ids: list[int]) -> dict[int, list[dict]]:
        """Roles of the links of ``event_ids``, by event id: {name, kind, role, edited}."""
        selected = "SELECT value FROM json_each(?)"
        params: list[object] = [json.dumps([int(i) for i in event_ids])]
        result: dict[int, list[dict]] = {}
        for kind in ("organisation", "person"):
            tables = tables_of(kind)
            for event_id, name, role, by_user in self.db.conn.execute(
                f"SELECT l.event_id, t.name, l.role, l.role_by_user FROM {tables.event_link} l"
                f" JOIN {tables.table} t ON t.id = l.{tables.column}"
                f" WHERE l.event_id IN ({selected}) ORDER BY t.name", params):
                result.setdefault(event_id, []).append(
                    {"name": name, "kind": kind, "role": role, "edited": bool(by_user)})
        return result

    # ------------------------------------------------ kept across edits and undo
    def entity_link_roles(self, kind: str, entity_id: int) -> tuple[tuple[int, str, bool], ...]:
        """(event id, role, set by the user) of one record's event links that
        carry more than "mentioned" or a user's choice."""
        tables = tables_of(kind)
        return tuple((int(e), r, bool(u)) for e, r, u in self.db.execute(
            f"SELECT event_id, role, role_by_user FROM {tables.event_link}"
            f" WHERE {tables.column} = ? AND (role != 'mentioned' OR role_by_user)", [entity_id]))

    def put_entity_link_roles(self, kind: str, entity_id: int,
                              rows: Iterable[tuple[int, str, bool]]) -> None:
        """Set the roles ``entity_link_roles`` read, on the links that exist."""
        tables = tables_of(kind)
        self.db.conn.executemany(
            f"UPDATE {tables.event_link} SET role = ?, role_by_user = ?"
            f" WHERE event_id = ? AND {tables.column} = ?",
            [(role, int(by_user), event_id, entity_id) for event_id, role, by_user in rows])

    def event_role_rows(self, event_id: int) -> tuple[tuple[str, int, str, bool], ...]:
        """(kind, record id, role, set by the user) of one event's links with a role."""
        return tuple((link["kind"], link["id"], link["role"], link["by_user"])
                     for link in self.event_link_roles(event_id)
                     if link["role"] != "mentioned" or link["by_user"])

    def put_event_role_rows(self, event_id: int,
                            rows: Iterable[tuple[str, int, str, bool]]) -> None:
        """Set the roles ``event_role_rows`` read, on the links that exist."""
        for kind, entity_id, role, by_user in rows:
            self.set_link_role(kind, event_id, entity_id, role, by_user)
