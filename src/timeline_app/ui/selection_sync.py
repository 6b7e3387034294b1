"""Keeps the canvas, the event list and the detail pane on one selection.

Selecting on the canvas selects the same rows in the list and shows the
first event in the detail pane; selecting rows does the same the other way.
Mirroring a selection into the other pane makes that pane announce it in
turn; ``quiet()`` marks such changes (and reloads) so the echo is ignored
rather than bounced back. This object is the only place that knows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel

if TYPE_CHECKING:  # the panes are handed in; this module never builds one
    from timeline_app.ui.canvas import TimelineCanvas
    from timeline_app.ui.detail_pane import DetailPane
    from timeline_app.ui.event_table import EventTableView


class SelectionSync:
    """The one selection shared by the canvas, the event list and the detail pane."""

    def __init__(self, canvas: TimelineCanvas, table: EventTableView,
                 detail_pane: DetailPane) -> None:
        self._canvas = canvas
        self._table = table
        self._detail_pane = detail_pane
        self._mirroring = False
        self._detail_shown: tuple[list[int], int] = ([], 0)  # first id and count shown
        canvas.selectionChanged.connect(self._canvas_changed)
        table.selectionModel().selectionChanged.connect(self._table_changed)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Selection changes inside are being mirrored (or reloaded): no echo."""
        was, self._mirroring = self._mirroring, True
        try:
            yield
        finally:
            self._mirroring = was

    def selected_ids(self) -> list[int]:
        return self._canvas.selected_ids()

    def select(self, ids: Sequence[int]) -> None:
        """Select ``ids`` everywhere and bring them into view."""
        with self.quiet():
            self._canvas.select_ids(list(ids), ensure_visible=True)
            self._select_table_rows(self._canvas.selected_ids())
        self.show_detail(self._canvas.selected_ids())

    def reloaded(self, refresh_detail: bool = True) -> None:
        """After the panes were handed new events: the list follows what the
        canvas kept selected; the detail pane reloads when asked to or when
        the selection it shows has changed."""
        selected = self._canvas.selected_ids()
        with self.quiet():
            self._select_table_rows(selected)
        if refresh_detail or self._detail_shown != (selected[:1], len(selected)):
            self.show_detail(selected)

    def refresh_detail(self) -> None:
        """Show the selection's first event again (after an edit of it)."""
        self.show_detail(self._canvas.selected_ids())

    def show_detail(self, ids: Sequence[int]) -> None:
        self._detail_shown = (list(ids[:1]), len(ids))
        self._detail_pane.show_event(ids[0] if ids else None, len(ids))

    def _canvas_changed(self, ids: list) -> None:
        if self._mirroring:
            return
        with self.quiet():
            self._select_table_rows(ids)
        self.show_detail(ids)

    def _table_changed(self, *_args: object) -> None:
        if self._mirroring:
            return
        ids = self._table.selected_event_ids()
        with self.quiet():
            self._canvas.select_ids(ids, ensure_visible=True)
        self.show_detail(ids)

    def _select_table_rows(self, ids: Sequence[int]) -> None:
        model = self._table.event_model()
        selection = QItemSelection()
        last_column = model.columnCount() - 1
        first_row: int | None = None
        for event_id in ids:
            row = model.row_of(event_id)
            if row is None:
                continue
            if first_row is None:
                first_row = row
            selection.select(model.index(row, 0), model.index(row, last_column))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self._table.selectionModel().select(selection, flags)
        if first_row is not None:
            self._table.scrollTo(model.index(first_row, 0))


__all__ = ["SelectionSync"]
