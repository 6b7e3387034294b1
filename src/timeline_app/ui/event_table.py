"""The event list under the canvas: a table model over the filtered ids.

The model takes the columns the window already holds for the canvas
(``EventColumns``: ids, titles, kinds, organisations) and asks the database
only for what those lack (the date as written, the source) a block of rows
at a time, when the view paints them. At a million events there is no
object per event: the row order is a numpy array, and by date it is the
canvas's own order, so a filter change costs no sort and no fetch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, \
    QElapsedTimer, QTimer, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHeaderView, QMenu, QStyle, QTableView, QWidget,
)

from timeline_app.core.event_columns import EventColumns
from timeline_app.core.filters import EventFilter
from timeline_app.core.row_view import materialised
from timeline_app.ui.date_cell import COMPACT_DATE_ROLE, CompactDateDelegate, cell_text_margin
from timeline_app.ui.date_display import display_date, short_date
from timeline_app.core.store import Store
from timeline_app.ui.plain_text import menu_text, tooltip

COLUMNS = ("Date", "Title", "Kind", "Organisations", "Source")
DATE, TITLE, KIND, ORGANISATIONS, SOURCE = range(len(COLUMNS))
#: The least share of the list's width the Title column keeps.
TITLE_SHARE = 0.4
#: The Date column wants room for a long date and keeps at least a day's
#: (the year is what a reader scans the list for: "17 November 201…" hid it).
_LONG_DATE, _DAY_DATE = "about 28 September 2016", "28 September 2016"
#: The least of all: a date's short form (``date_cell``), "~28 Sep 2016".
_SHORT_DATE = "~28 Sep 2016"
_BLOCK = 256
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Rows are events in the current filter; data comes from the columns
    the canvas uses plus a lazily filled cache of dates and sources."""

    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._columns = EventColumns.empty()
        self._filter = EventFilter()
        self._order = np.arange(0)  # row -> position in the columns
        self._row_of_position: np.ndarray | None = None  # the inverse of _order
        self._cache: dict[int, tuple[str, str, str]] = {}  # event id -> (date, source, short date)
        self._sort = (DATE, Qt.SortOrder.AscendingOrder)

    # ------------------------------------------------------------ feeding
    def set_store(self, store: Store | None) -> None:
        self._store = store
        self.set_columns(EventColumns.empty(), EventFilter())

    def set_columns(self, columns: EventColumns | Mapping[str, Sequence],
                    event_filter: EventFilter) -> None:
        """Show these events (``EventColumns``, or ``Store.timeline_columns``
        output), keeping the sort."""
        self.beginResetModel()
        self._columns = (columns if isinstance(columns, EventColumns)
                         else EventColumns.from_lists(columns))
        self._filter = event_filter
        self._cache.clear()
        self._row_of_position = None
        self._order = self._sorted_order(*self._sort)
        self.endResetModel()

    def invalidate_rows(self, event_ids: Sequence[int] = ()) -> None:
        """Forget cached dates/sources (after an edit) and repaint."""
        for event_id in event_ids or list(self._cache):
            self._cache.pop(event_id, None)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    # ----------------------------------------------------------- lookups
    def event_id(self, row: int) -> int:
        return int(self._columns.ids[self._order[row]])

    def row_of(self, event_id: int) -> int | None:
        position = self._columns.row_of(event_id)
        if position is None:
            return None
        if self._row_of_position is None:
            inverse = np.empty(len(self._order), dtype=np.int64)
            inverse[self._order] = np.arange(len(self._order))
            self._row_of_position = inverse
        return int(self._row_of_position[position])

    # -------------------------------------------------------- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pos = self._order[index.row()]
        if role == EVENT_ID_ROLE:
            return int(self._columns.ids[pos])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), pos, index.column())
        if role == COMPACT_DATE_ROLE and index.column() == DATE:
            return self._lazy(index.row())[2]
        if role == Qt.ItemDataRole.ToolTipRole:  # Qt would read markup in a title as HTML
            return tooltip(self._text(index.row(), pos, index.column()))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        self._row_of_position = None
        self.layoutChanged.emit()

    # ------------------------------------------------------------ helpers
    def _text(self, row: int, pos: int, column: int) -> str:
        if column == TITLE:
            return self._columns.titles[pos]
        if column == KIND:
            return self._columns.kinds[pos]
        if column == ORGANISATIONS:
            return self._columns.orgs[pos] or ""
        date_text, source, _short = self._lazy(row)
        return date_text if column == DATE else source

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        count = len(self._columns)
        if column == DATE:
            positions = np.arange(count)  # the store's time order already
        elif column in (TITLE, KIND, ORGANISATIONS):
            values = materialised(
                self._columns[{TITLE: "titles", KIND: "kinds", ORGANISATIONS: "orgs"}[column]])
            positions = np.array(sorted(range(count), key=lambda i: (values[i] or "").casefold()),
                                 dtype=np.int64)
        else:
            positions = self._positions_by_source()
        if order == Qt.SortOrder.DescendingOrder:
            positions = positions[::-1].copy()
        return positions

    def _positions_by_source(self) -> np.ndarray:
        if self._store is None or not len(self._columns):
            return np.arange(len(self._columns))
        found = (self._columns.row_of(i) for i in self._store.event_ids_by_source(self._filter))
        return np.array([p for p in found if p is not None], dtype=np.int64)

    def _lazy(self, row: int) -> tuple[str, str, str]:
        event_id = self.event_id(row)
        cached = self._cache.get(event_id)
        if cached is None:
            self._fetch_block(row)
            cached = self._cache.get(event_id, ("", "", ""))
        return cached

    def _fetch_block(self, row: int) -> None:
        """Fill the cache for the block of rows around ``row`` in one query."""
        if self._store is None:
            return
        first = (row // _BLOCK) * _BLOCK
        ids = [self.event_id(r) for r in range(first, min(first + _BLOCK, len(self._order)))]
        rows = self._store.event_table_rows(ids)
        for event_id, start, precision, time, doc_title, doc_source, count in rows:
            if doc_title is None and doc_source is None:
                source = "added by hand"
            else:
                source = " — ".join(x for x in (doc_source, doc_title) if x)
            if count > 1:  # an event reported by several documents says how many
                source = f"{count} sources: {source}"
            self._cache[event_id] = (display_date(start, precision, time), source,
                                     short_date(start, precision))


def shrunk_widths(wanted: Mapping[int, int], least: Mapping[int, int],
                  room: float) -> dict[int, int]:
    """Column widths that share ``room``: each column its ``wanted`` width
    scaled down together, none below its ``least``; what a column held at its
    least takes from the room, the others shrink further to leave it."""
    held: dict[int, int] = {}
    while True:
        free = {column: width for column, width in wanted.items() if column not in held}
        left = room - sum(held.values())
        total = sum(free.values())
        scale = min(1.0, left / total) if total > 0 and left > 0 else 0.0
        short = {column: least[column] for column, width in free.items()
                 if width * scale < least[column]}
        if not short:
            return {**held, **{column: int(width * scale) for column, width in free.items()}}
        held.update(short)


class EventTableView(QTableView):
    """The table widget with the behaviour the window wants."""

    #: An organisation's name from the Organisations column: open its profile.
    organisationRequested = Signal(str)

    def __init__(self, model: EventTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(self._double_clicked)
        self.setObjectName("eventTable")
        self.setSortingEnabled(True)
        self.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setItemDelegateForColumn(DATE, CompactDateDelegate(self))
        # Tab leaves the list (to the next pane), as everywhere else; inside a
        # table it stepped cell by cell, selecting the next event every five.
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes whatever the other columns leave, so nothing is
        # pushed off the right edge of a narrow list.
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance("x")
        # The widths the other columns want (the person's own once they drag
        # one); a narrow list shrinks them so the title keeps its share.
        self._wanted = {column: chars * width for column, chars in
                        ((KIND, 9), (ORGANISATIONS, 19), (SOURCE, 16))}
        self._wanted[DATE] = self._cell_width(_LONG_DATE)
        self._fitting = False
        self._pressed = QElapsedTimer()
        # One timer, owned by the list, restarted by each resize inside the
        # double-click window (a queued single shot per resize outlived it).
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self._settle_columns)
        header.sectionResized.connect(self._section_resized)
        header.sortIndicatorChanged.connect(lambda *_: self._fit_columns())  # the arrow moved
        self._fit_columns()
        self.setAccessibleName("Event list")

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self._wanted:
            self._wanted[column] = new

    def _fit_columns(self) -> None:
        """Give the other columns their wanted widths, shrunk together when
        the title would be left less than TITLE_SHARE of the list (at 1024
        pixels with the event pane open it was squeezed to three letters)."""
        available = self.viewport().width()
        room = available * (1 - TITLE_SHARE) if available > 0 else sum(self._wanted.values())
        least = {column: min(width, self._header_width(column))
                 for column, width in self._wanted.items()}
        others = sum(least.values()) - least[DATE]
        for date_text in (_DAY_DATE, _SHORT_DATE):  # not at the cost of a header or the title
            day = min(self._wanted[DATE], max(least[DATE], self._cell_width(date_text)))
            if others + day <= room:
                least[DATE] = day
                break
        self._fitting = True
        try:
            for column, width in shrunk_widths(self._wanted, least, room).items():
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _cell_width(self, text: str) -> int:
        """The width that shows ``text`` whole in a cell (the style's margin each side)."""
        return self.fontMetrics().horizontalAdvance(text) + 2 * cell_text_margin(self) + 2

    def _header_width(self, column: int) -> int:
        """The width that shows ``column``'s header whole (in the bold the
        style may draw it in, with the sort arrow on the sorted column): at
        1024 pixels "Organisations" was clipped at both ends to "rganisation"."""
        header = self.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        need = QFontMetrics(font).horizontalAdvance(COLUMNS[column]) + 2 * margin + 2
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        return max(need, 5 * self.fontMetrics().horizontalAdvance("x"))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._pressed.start()
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # A click that opens the event pane narrows the list at once: hold the
        # columns still until a double-click could have ended, so its second
        # click lands in the cell the first one chose (then fit them).
        interval = QApplication.doubleClickInterval()
        if self._pressed.isValid() and self._pressed.elapsed() < interval:
            self.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
            self._settle_timer.start(interval)
            super().resizeEvent(event)
            return
        super().resizeEvent(event)
        self._fit_columns()

    def _settle_columns(self) -> None:
        self.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

    def event_model(self) -> EventTableModel:
        model = self.model()
        assert isinstance(model, EventTableModel)
        return model

    def _organisation_names(self, index: QModelIndex) -> list[str]:
        if not index.isValid():
            return []
        text = self.model().index(index.row(), ORGANISATIONS).data() or ""
        return [name for name in text.split("; ") if name]

    def _profile_menu(self, names: list[str]) -> QMenu:
        menu = QMenu(self)
        for name in names:
            menu.addAction(f"Profile of “{menu_text(name)}”",
                           lambda n=name: self.organisationRequested.emit(n))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        names = self._organisation_names(self.indexAt(pos))
        if names:
            self._profile_menu(names).exec(self.viewport().mapToGlobal(pos))

    def _double_clicked(self, index: QModelIndex) -> None:
        """A double-click on the Organisations column opens the profile (or asks which)."""
        if index.column() != ORGANISATIONS:
            return
        names = self._organisation_names(index)
        if len(names) == 1:
            self.organisationRequested.emit(names[0])
        elif names:
            self._profile_menu(names).exec(QCursor.pos())

    def selected_event_ids(self) -> list[int]:
        model = self.event_model()
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [model.event_id(r) for r in rows]
