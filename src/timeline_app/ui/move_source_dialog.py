"""The chooser behind "Move to Event…": which event a source really reports.

Lists the events near the source's own event (``core.move_targets``: same
kind first, then the nearest in time), or every event when "Any date" is
ticked; typing narrows the list by title, kind or date. Titles come from
documents, so every cell is plain text (tooltips escaped). The dialog only
chooses: ``chosen`` carries the event id, and the window makes the
undoable move.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLineEdit,
    QTableView, QVBoxLayout, QWidget,
)

from timeline_app.core.event_columns import EventColumns
from timeline_app.core.move_targets import NEAR_DAYS, move_targets
from timeline_app.ui.date_display import display_span
from timeline_app.ui.plain_text import cut, plain_label, tooltip

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_HEADERS = ("Date", "Kind", "Title", "Sources")


class MoveTargetModel(QAbstractTableModel):
    """Rows are candidate events: date, kind, title and how many sources."""

    def __init__(self, columns: EventColumns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[int] = []  # rows of ``columns``

    def show_events(self, event_ids: list[int]) -> None:
        self.beginResetModel()
        self._rows = [r for r in (self._columns.row_of(i) for i in event_ids) if r is not None]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None

    def _cell(self, row: int, column: int) -> str:
        c = self._columns
        if column == 0:
            start, end = c.starts[row], c.ends[row]
            return "undated" if start != start else display_span(start, end, c.precisions[row])
        if column == 1:
            return str(c.kinds[row])
        if column == 2:
            return cut(c.titles[row], 300)
        return str(int(c.sources[row]))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # Qt would read markup in a tooltip
            return tooltip(self._cell(row, index.column()))
        if role == EVENT_ID_ROLE:
            return int(self._columns.ids[row])
        return None


class MoveSourceDialog(QDialog):
    """Pick the event a source moves to; ``chosen`` says which when accepted."""

    chosen = Signal(int)  # event id

    def __init__(self, columns: EventColumns, event_id: int, source_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Move Source to Event")
        self._columns, self._event_id = columns, event_id
        self.model = MoveTargetModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setObjectName("moveSearch")
        self.search.setPlaceholderText("Type to narrow by title, kind or date")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._narrow)
        self.any_date = QCheckBox(f"Any date (not only within {NEAR_DAYS} days)", self)
        self.any_date.setObjectName("anyDate")
        self.any_date.toggled.connect(self._fill)
        self.view = QTableView(self)
        self.view.setObjectName("moveTargets")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName("Events the source can move to")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _index: self._accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.move_button = self.buttons.addButton(
            "Move Here", QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setObjectName("moveHere")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(f"Move the source “{cut(source_title, 200)}” to:", self))
        layout.addWidget(self.search)
        layout.addWidget(self.any_date)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self._fill()

    def chosen_event_id(self) -> int | None:
        """The event of the selected row, or None."""
        rows = self.view.selectionModel().selectedRows()
        return int(rows[0].data(EVENT_ID_ROLE)) if rows else None

    def _fill(self) -> None:
        near = None if self.any_date.isChecked() else NEAR_DAYS
        self.model.show_events(move_targets(self._columns, self._event_id, near))
        self._update_button()

    def _narrow(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_button()

    def _update_button(self) -> None:
        self.move_button.setEnabled(self.chosen_event_id() is not None)

    def _accept(self) -> None:
        event_id = self.chosen_event_id()
        if event_id is not None:
            self.chosen.emit(event_id)
            self.accept()
