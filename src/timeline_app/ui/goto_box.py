"""The "go to" box (Ctrl+K): type a few letters, press Enter, be there.

A small popup with a line edit over a result list. Each keystroke asks
``core.goto`` (names matched in memory, titles through the search index:
milliseconds at 100,000 events); the arrow keys move through the results
while the typing stays in the line edit; Enter emits the chosen result and
closes. The window decides what "going" means for each kind of result.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLineEdit, QListView, QVBoxLayout, \
    QWidget

from timeline_app.core.goto import GoToResult, NameIndex, go_to
from timeline_app.core.store import Store
from timeline_app.ui.plain_text import cut, one_line, tooltip

_Index = QModelIndex | QPersistentModelIndex
_KIND_WORDS = {"organisation": "Organisation", "person": "Person", "event": "Event",
               "document": "Document"}


class GoToModel(QAbstractListModel):
    """The results for what is typed, best first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results: list[GoToResult] = []

    def set_results(self, results: list[GoToResult]) -> None:
        self.beginResetModel()
        self.results = results
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.results)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{one_line(result.label, 160)}   —   {one_line(result.detail, 120)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{result.label}\n{result.detail}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_KIND_WORDS.get(result.kind, '')}: {cut(result.label, 200)}"
        return None


class _QueryEdit(QLineEdit):
    """The line edit; Up, Down, Page Up and Page Down move the result list."""

    def __init__(self, box: GoToBox) -> None:
        super().__init__(box)
        self._box = box

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5}.get(Qt.Key(event.key()))
        if step is not None:
            self._box.move_current(step)
            return
        super().keyPressEvent(event)


class GoToBox(QDialog):
    """The popup: a query line and its results; ``chosen`` carries a GoToResult."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToBox")
        self.setWindowTitle("Go to")
        self.setWindowFlags(Qt.WindowType.Popup)
        self._store: Store | None = None
        self._names: NameIndex | None = None
        self._names_stamp: tuple[int, int] | None = None  # the database when they were read
        self.query = _QueryEdit(self)
        self.query.setObjectName("goToQuery")
        self.query.setPlaceholderText("Go to an organisation, person, event or document…")
        self.query.setAccessibleName("Go to")
        self.query.textChanged.connect(self._search)
        self.query.returnPressed.connect(self.accept_current)
        self.model = GoToModel(self)
        self.results = QListView(self)
        self.results.setObjectName("goToResults")
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps what it is
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.clicked.connect(lambda index: self._choose(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.resize(560, 320)

    def open_for(self, store: Store) -> None:
        """Show the box over ``store``'s current names, empty and focused."""
        stamp = store.profile_arrays_stamp()
        if store is not self._store or self._names is None or stamp != self._names_stamp:
            self._store, self._names, self._names_stamp = store, NameIndex.build(store), stamp
        self.query.clear()
        self.model.set_results([])
        parent = self.parentWidget()
        if parent is not None:
            top_left = parent.mapToGlobal(parent.rect().topLeft())
            self.move(top_left.x() + (parent.width() - self.width()) // 2, top_left.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()

    def _search(self, text: str) -> None:
        if self._store is None:
            return
        self.model.set_results(go_to(self._store, text, self._names))
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))

    def move_current(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            row = self.results.currentIndex().row()
            self.results.setCurrentIndex(self.model.index(max(0, min(count - 1, row + step))))

    def accept_current(self) -> None:
        row = self.results.currentIndex().row()
        self._choose(row if row >= 0 else 0)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.model.results):
            result = self.model.results[row]
            self.hide()
            self.chosen.emit(result)


__all__ = ["GoToBox", "GoToModel"]
