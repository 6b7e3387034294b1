"""The sources of the selected event, listed in the detail pane.

Each row is one report: the date as that source states it, its publisher
and document title, and its evidence sentence. Every piece of it comes from
documents, so it is shown as plain text only (tooltips escaped). The person
can open a source (its document text appears with its evidence highlighted),
split it off into an event of its own, or move it to another event (from the
buttons or the list's context menu). A widget used by the detail pane,
not a pane of its own; ``min_sources_box`` is the filter pane's "attested
by at least N sources".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListView, QMenu, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from timeline_app.core.partial_dates import describe
from timeline_app.ui.plain_text import cut, tooltip

SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def source_text(source: dict[str, Any]) -> str:
    """One source in two lines: date as stated, publisher, title; the evidence."""
    stated = describe(source["start"], source["precision"], source["time"])
    where = " — ".join(x for x in (source.get("document_source"),
                                   source.get("document_title")) if x) or "untitled document"
    how = "  (moved here by you)" if source["attached"] == "user" else ""
    return f"{stated} — {cut(where, 200)}{how}\n“{cut(source['evidence'] or '', 400)}”"


def min_sources_box(parent: QWidget) -> QSpinBox:
    """The filter "attested by at least N sources" (1: every event)."""
    box = QSpinBox(parent)
    box.setObjectName("minSources")
    box.setRange(1, 99)
    box.setPrefix("Attested by at least ")
    box.setSuffix(" sources")
    box.setSpecialValueText("Any number of sources")
    box.setAccessibleName("Attested by at least this many sources")
    return box


class SourceListModel(QAbstractListModel):
    """Rows are the sources of one event, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources: list[dict[str, Any]] = []

    def set_sources(self, sources: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._sources = list(sources)
        self.endResetModel()

    def source(self, row: int) -> dict[str, Any]:
        return self._sources[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._sources)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self._sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return source_text(source)
        if role == Qt.ItemDataRole.ToolTipRole:  # Qt would read markup in a tooltip
            return tooltip(source_text(source))
        if role == SOURCE_ID_ROLE:
            return source["id"]
        return None


class SourceList(QWidget):
    """How many sources attest the event, the list, and Open / Split off / Move."""

    openRequested = Signal(int)  # source id
    splitRequested = Signal(int)  # source id
    moveRequested = Signal(int)  # source id: choose another event for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("sourceSummary")
        self.model = SourceListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("sourceList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAccessibleName("Sources of this event")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMaximumHeight(8 * self.fontMetrics().height())
        self.view.activated.connect(lambda index: self._emit(self.openRequested, index))
        self.open_button = QPushButton("Open Source", self)
        self.open_button.setObjectName("openSource")
        self.open_button.clicked.connect(
            lambda: self._emit(self.openRequested, self.view.currentIndex()))
        self.split_button = QPushButton("Split Off", self)
        self.split_button.setObjectName("splitSource")
        self.split_button.setToolTip("Make the chosen source an event of its own")
        self.split_button.clicked.connect(
            lambda: self._emit(self.splitRequested, self.view.currentIndex()))
        self.move_button = QPushButton("Move to Event…", self)
        self.move_button.setObjectName("moveSource")
        self.move_button.setToolTip("Move the chosen source to another event it reports")
        self.move_button.clicked.connect(
            lambda: self._emit(self.moveRequested, self.view.currentIndex()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.split_button)
        buttons.addStretch(1)
        moving = QHBoxLayout()  # a row of its own, so a narrow pane never clips it
        moving.addWidget(self.move_button)
        moving.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addLayout(moving)

    def show_sources(self, sources: list[dict[str, Any]], date_conflict: bool) -> None:
        """List ``sources`` (``Store.event_sources`` rows); say when their dates disagree."""
        self.model.set_sources(sources)
        count = len(sources)
        text = {0: "No sources (added by hand)", 1: "1 source"}.get(count, f"{count} sources")
        if date_conflict:
            text += " — the sources give different dates"
        self.summary.setText(text)
        if count:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.open_button.setEnabled(count > 0)
        self.split_button.setEnabled(count > 1)
        self.move_button.setEnabled(count > 0)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for button, signal in ((self.open_button, self.openRequested),
                               (self.split_button, self.splitRequested),
                               (self.move_button, self.moveRequested)):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(lambda _=False, s=signal: self._emit(s, index))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _emit(self, signal: Signal, index: QModelIndex) -> None:
        if index.isValid():
            signal.emit(int(index.data(SOURCE_ID_ROLE)))
