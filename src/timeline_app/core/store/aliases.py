"""The user's alias list: which name future imports should use for another.

Merges and renames point old names at the surviving one; undo puts the
list of one entity kind back exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from ..models import EntityKind
from .names import normalise_name

AliasRow = tuple[str, str, str]  # (alias key, entity kind, canonical name)


class AliasRecords:
    """The store's reads and writes of the aliases table."""

    db: sqlite_utils.Database

    def aliases(self) -> dict[str, str]:
        """The user's alias list as extraction wants it: alias -> canonical."""
        return dict(self.db.conn.execute("SELECT alias, canonical FROM aliases"))

    def set_alias(self, alias: str, canonical: str,
                  entity: str = EntityKind.ORGANISATION) -> None:
        """Remember that ``alias`` means ``canonical`` in future imports."""
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO aliases (alias, entity, canonical) VALUES (?, ?, ?)",
                [normalise_name(alias), str(entity), canonical],
            )

    def add_alias_unless_known(self, alias: str, entity: str, canonical: str) -> None:
        """Like ``set_alias``, but an alias already on the list keeps its meaning."""
        self.db.execute(
            "INSERT OR IGNORE INTO aliases (alias, entity, canonical) VALUES (?, ?, ?)",
            [normalise_name(alias), str(entity), canonical],
        )

    def all_alias_rows(self) -> list[AliasRow]:
        """Every alias as (alias, entity, canonical), by entity then alias."""
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            "SELECT alias, entity, canonical FROM aliases ORDER BY entity, alias")]

    def alias_rows(self, kind: str) -> tuple[AliasRow, ...]:
        """The aliases of one entity kind, by alias: what undo puts back."""
        return tuple(
            (r[0], r[1], r[2]) for r in self.db.execute(
                "SELECT alias, entity, canonical FROM aliases WHERE entity = ? ORDER BY alias",
                [str(kind)])
        )

    def replace_alias_rows(self, kind: str, rows: Iterable[AliasRow]) -> None:
        """Make the aliases of one entity kind exactly ``rows``."""
        self.db.execute("DELETE FROM aliases WHERE entity = ?", [str(kind)])
        self.db.conn.executemany(
            "INSERT INTO aliases (alias, entity, canonical) VALUES (?, ?, ?)", list(rows))

    def repoint_aliases(self, kind: str, old_canonical: str, new_canonical: str) -> None:
        """Aliases that meant ``old_canonical`` mean ``new_canonical`` now."""
        self.db.execute(
            "UPDATE aliases SET canonical = ? WHERE entity = ? AND canonical = ?",
            [new_canonical, str(kind), old_canonical])

    def forget_alias(self, kind: str, name: str) -> None:
        """Drop the alias ``name`` (normalised) of one entity kind, if any."""
        self.db.execute("DELETE FROM aliases WHERE entity = ? AND alias = ?",
                        [str(kind), normalise_name(name)])
