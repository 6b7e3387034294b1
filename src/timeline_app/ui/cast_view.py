"""The cast over time as a table: a row per year with how many organisations
were active, how many appeared for the first time, and who they were.

A plain ``QAbstractTableModel`` over ``core.cast.CastYear`` values; names
come from documents and are returned as display text only (plain text in a
table cell), the tooltip escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.core.cast import CastMember, CastYear
from timeline_app.ui.plain_text import cut, tooltip

COLUMNS = ("Year", "Active", "New", "New actors", "Most active")
_NEW_SHOWN = 12  # names listed in the cell; the tooltip lists them all
_NAME_CHARS = 60

Index = QModelIndex | QPersistentModelIndex


def _names(members: Sequence[CastMember], limit: int) -> str:
    shown = [cut(m.name, _NAME_CHARS) for m in members[:limit]]
    more = len(members) - len(shown)
    return "; ".join(shown) + (f" and {more} more" if more > 0 else "")


class CastTableModel(QAbstractTableModel):
    """One row per year, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years: list[CastYear] = []

    def set_cast(self, years: Sequence[CastYear]) -> None:
        self.beginResetModel()
        self.years = list(years)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.years)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        year, column = self.years[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(year.year), str(len(year.active)), str(len(year.new)),
                    _names(year.new, _NEW_SHOWN), _names(year.active, 3))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4):
            members = year.new if column == 3 else year.active
            return tooltip("\n".join(f"{m.name} ({m.events})" for m in members)) or None
        if role == Qt.ItemDataRole.FontRole and column == 2 and year.new:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CastTableView(QTableView):
    """The table, read-only; the new actors first, the most active in the last column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cast_model = CastTableModel(self)
        self.setModel(self.cast_model)
        self.setObjectName("castTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 420)
        header.setStretchLastSection(True)
