"""A text column of picked rows that copies nothing until asked.

Picking half a million rows out of a numpy object array (titles,
organisation names) costs several milliseconds per column at a million
events, because every picked string's reference count is touched. A
filtered ``EventColumns`` has six such columns, yet the canvas and the list
only ever read the few rows on screen. ``RowView`` keeps the whole column
and the picked row numbers instead: reading one row is two lookups, and
the full copy is made only if someone asks for all of it (and then once).
"""

from __future__ import annotations

from typing import Any

import numpy as np


class RowView:
    """``base[rows]`` as a read-only sequence, computed element by element."""

    __slots__ = ("base", "rows", "_copy")

    def __init__(self, base: np.ndarray, rows: np.ndarray) -> None:
        self.base = base
        self.rows = rows
        self._copy: np.ndarray | None = None

    @classmethod
    def of(cls, column: np.ndarray | RowView, rows: np.ndarray) -> RowView:
        """``column``'s ``rows``, as a view on the underlying whole column."""
        if isinstance(column, RowView):
            return cls(column.base, column.rows[rows])
        return cls(column, rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, key: Any) -> Any:
        # One row gives its value; a slice or an index array a real array.
        return self.base[self.rows[key]]

    def __iter__(self):
        return iter(self.materialised())

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        values = self.materialised()
        return values if dtype is None else values.astype(dtype)

    def materialised(self) -> np.ndarray:
        """The picked rows as a real array, copied once and kept."""
        if self._copy is None:
            self._copy = self.base[self.rows]
        return self._copy

    def tolist(self) -> list:
        return self.materialised().tolist()


def materialised(column: np.ndarray | RowView | list) -> np.ndarray | list:
    """``column`` itself, or a real array when it is a view."""
    return column.materialised() if isinstance(column, RowView) else column


__all__ = ["RowView", "materialised"]
