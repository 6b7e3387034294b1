"""The import dialog's table of results, one row per file, with no dead ends.

A reason is shown whole: the Details column wraps and the row grows to fit,
the tooltip holds the same text, and Ctrl+C (or the context menu) copies the
selected rows as plain text. A row whose file became a document remembers
that document, so a double-click (or Enter) asks to show its events.
Every cell is untrusted text (file names, reasons quoting them): cells and
tooltips are plain, never rich text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from timeline_app.core.models import FileResult
from timeline_app.ui.plain_text import cut, tooltip

_STATUS_TEXT = {"imported": "Imported", "duplicate": "Duplicate", "failed": "Failed"}
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Up to this many rows are wrapped again when the table changes width.
_REWRAP_LIMIT = 2000


def result_details(result: FileResult) -> str:
    """The Details cell: events found, "already there", or why the file failed."""
    if result.status == "imported":
        return f"{result.events} event{'s' if result.events != 1 else ''}"
    if result.status == "duplicate":
        return "already in the database"
    return result.reason or "could not be imported"


class ImportResultsTable(QTableWidget):
    """Result, file and details for each file tried; rows wrap to show reasons whole."""

    #: The person asked to see the events of this document (its id).
    documentRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("importResults")
        self.setHorizontalHeaderLabels(["Result", "File", "Details"])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long paths keep both ends
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(1, 280)
        self._rewrap = QTimer(self)  # once the stretched column has its new width
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(0)
        self._rewrap.timeout.connect(self.resizeRowsToContents)
        self.cellDoubleClicked.connect(lambda row, _column: self.request_document(row))
        self.copy_action = QAction("&Copy", self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def add_result(self, result: FileResult) -> None:
        """Append the row for one file and keep it in view."""
        row = self.rowCount()
        self.insertRow(row)
        cells = (_STATUS_TEXT.get(result.status, result.status), result.path,
                 result_details(result))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(cut(text))
            item.setToolTip(tooltip(text))  # file names and reasons are untrusted
            if result.document_id is not None:
                item.setData(DOCUMENT_ROLE, int(result.document_id))
            self.setItem(row, column, item)
        self.resizeRowToContents(row)
        self.scrollToBottom()

    def document_id(self, row: int) -> int | None:
        """The document a row's file became (None for failures and collections)."""
        item = self.item(row, 0)
        value = item.data(DOCUMENT_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def current_document_id(self) -> int | None:
        return self.document_id(self.currentRow()) if self.currentRow() >= 0 else None

    def request_document(self, row: int) -> None:
        if (document_id := self.document_id(row)) is not None:
            self.documentRequested.emit(document_id)

    def selected_text(self) -> str:
        """The selected rows as tab-separated lines, in table order."""
        rows = sorted({index.row() for index in self.selectedIndexes()})
        return "\n".join("\t".join(self.item(r, c).text() for c in range(self.columnCount()))
                         for r in rows)

    def copy_selection(self) -> None:
        if text := self.selected_text():
            QGuiApplication.clipboard().setText(text)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):  # whole rows, not one cell
            self.copy_selection()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.request_document(self.currentRow())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Wrapped rows need their heights again at the new width (after the
        # stretched column has taken it); a huge run keeps the heights it has.
        if self.rowCount() <= _REWRAP_LIMIT:
            self._rewrap.start()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        row = self.rowAt(pos.y())
        show = menu.addAction("Show Events", lambda: self.request_document(row))
        show.setEnabled(row >= 0 and self.document_id(row) is not None)
        menu.exec(self.viewport().mapToGlobal(pos))


__all__ = ["DOCUMENT_ROLE", "ImportResultsTable", "result_details"]
