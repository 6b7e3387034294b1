"""The Network pane: who worked with whom, and the cast over time, for what
the filters show.

Two tabs over the window's current filter: the network (organisations, and
people when asked, joined by the events they share) and the cast over time
(per year, who was active and who was new). The pane is given the store and
the filter by the window and does its work only while it is shown; a hidden
pane just remembers that it is out of date. The network (or the cast) is
read and laid out on a worker thread (``ui.tasks``) with a read-only
connection of its own, borrowed from ``core.reader_stores`` and kept for the
next redraw (opening one runs SQLite's quick_check, which grows with the file);
``release_connections`` closes them with the window. At 100,000 events the
grouped counts alone take a second. A result finished for a filter that has
since changed is dropped.

Clicking a node emits ``entityChosen`` (the window filters the timeline to
it) and ``profile_requested`` (for the profile view).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QTabWidget, QVBoxLayout,
    QWidget,
)

from timeline_app.core.cast import cast_over_time
from timeline_app.core.filters import EventFilter
from timeline_app.core.network import Network, build_network
from timeline_app.core.network_layout import layout_network, positions_by_key
from timeline_app.core.reader_stores import ReaderStores
from timeline_app.core.store import Store
from timeline_app.ui.cast_view import CastTableView
from timeline_app.ui.network_canvas import NetworkCanvas
from timeline_app.ui.network_image import network_caption, save_network_image
from timeline_app.ui.plain_text import message_box, one_line, plain_label
from timeline_app.ui.tasks import Task, TaskRunner

#: The largest nodes the view lays out; the status line says when more exist.
MAX_NODES = 2000


class NetworkPane(QWidget):
    """The network and the cast over time of the window's current filter."""

    entityChosen = Signal(str, int)  # kind ("organisation"/"person"), id: filter to it
    profile_requested = Signal(str, int)  # kind, id: open its profile

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkPane")
        self.runner = runner
        self.store: Store | None = None
        #: Read-only connections for the worker threads, kept between redraws.
        self.readers: ReaderStores | None = None
        self.event_filter = EventFilter()
        self.active = False
        self._stale = True
        self._cast_stale = True
        self._generation = 0
        self._positions: dict[str, tuple[float, float]] = {}
        self.canvas = NetworkCanvas(self)
        self.cast_table = CastTableView(self)
        self.people_box = QCheckBox("Include &people", self)
        self.people_box.toggled.connect(lambda _on: self._mark_stale())
        self.status = plain_label("", self)
        self.status.setObjectName("networkStatus")
        fit = QPushButton("&Fit", self)
        fit.clicked.connect(self.canvas.fit)
        self.save_button = QPushButton("Save &Image…", self)
        self.save_button.clicked.connect(self.choose_image_file)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.canvas, "Network")
        self.tabs.addTab(self.cast_table, "Cast over time")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_if_needed())
        row = QHBoxLayout()
        row.addWidget(self.people_box)
        row.addWidget(self.status, 1)
        row.addWidget(fit)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        self.canvas.nodeClicked.connect(self._node_clicked)

    # ---------------------------------------------------------------- inputs
    def show_filter(self, store: Store, event_filter: EventFilter) -> None:
        """What the timeline now shows; redrawn now if the pane is shown, else later."""
        if store is not self.store:
            self._positions = {}
            self.release_connections()
            if store.path != ":memory:":
                self.readers = ReaderStores(store.path)
        self.store, self.event_filter = store, event_filter
        self._mark_stale()

    def set_active(self, active: bool) -> None:
        """Whether the pane is on screen (work is done only then)."""
        self.active = active
        self._refresh_if_needed()

    def release_connections(self) -> None:
        """Close the worker connections (the window is closing or changes database)."""
        if self.readers is not None:
            self.readers.close()
            self.readers = None

    def _mark_stale(self) -> None:
        self._stale = True
        self._cast_stale = True
        self._refresh_if_needed()

    # ------------------------------------------------------------- computing
    def _refresh_if_needed(self) -> None:
        if not self.active or self.store is None:
            return
        # Read on this thread: the work below runs on another.
        event_filter, with_people = self.event_filter, self.people_box.isChecked()
        if self.tabs.currentWidget() is self.cast_table:
            if self._cast_stale:
                self._cast_stale = False
                self._start(lambda store: cast_over_time(store, event_filter, with_people),
                            self.cast_table.cast_model.set_cast, "Counting")
        elif self._stale:
            self._stale = False
            previous = dict(self._positions)

            def read_and_lay_out(store: Store) -> tuple[Network, np.ndarray]:
                network = build_network(store, event_filter, with_people, max_nodes=MAX_NODES)
                return network, layout_network(network, previous)

            self._start(read_and_lay_out, lambda result: self._show(*result), "Laying out")

    def _start(self, work: Callable[[Store], Any], show: Callable[[Any], None],
               doing: str) -> None:
        """Run ``work(store)`` on a worker thread with a borrowed read-only
        connection (an in-memory database, which only this connection sees, on
        this thread), then ``show`` its result unless the filter has changed since."""
        assert self.store is not None
        self._generation += 1
        generation, readers = self._generation, self.readers
        self.status.setText(f"{doing}…")

        def done(result: Any) -> None:
            if generation == self._generation:
                show(result)
                self.status.setText(self.describe())

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(one_line(f"Could not draw the network: {exc}"))

        if self.store.path == ":memory:":
            result = work(self.store)
            self.runner.run(lambda _task: result, on_done=done, on_error=failed)
            return
        if readers is None:
            return  # connections released: the window is closing

        def in_background(_task: Task) -> Any:
            with readers.borrowed() as store:
                return work(store)

        self.runner.run(in_background, on_done=done, on_error=failed)

    def _show(self, network: Network, positions: np.ndarray) -> None:
        self._positions = positions_by_key(network, positions)
        self.canvas.set_network(network, positions)

    def describe(self) -> str:
        """The status line: how many nodes and connections (or years) are shown."""
        if self.tabs.currentWidget() is self.cast_table:
            years = len(self.cast_table.cast_model.years)
            return f"{years} year{'s' if years != 1 else ''} with named organisations"
        network = self.canvas.network
        text = (f"{network.node_count:,} organisation"
                f"{'s' if network.node_count != 1 else ''}"
                f"{' and people' if self.people_box.isChecked() else ''}, "
                f"{network.edge_count:,} connection{'s' if network.edge_count != 1 else ''}")
        if network.total_nodes:
            text += f" (the {network.node_count:,} largest of {network.total_nodes:,})"
        return text

    # --------------------------------------------------------------- actions
    def _node_clicked(self, kind: str, entity_id: int) -> None:
        self.entityChosen.emit(kind, entity_id)
        self.profile_requested.emit(kind, entity_id)

    def choose_image_file(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, "Save the network as a picture", str(Path.home() / "network.png"),
            "PNG picture (*.png);;SVG drawing (*.svg)")
        if path:
            self.save_image(path)

    def save_image(self, path: str | Path) -> bool:
        """Write the view as PNG or SVG (by suffix); a failure is shown, not raised."""
        try:
            save_network_image(self.canvas, path,
                               network_caption(self.canvas, self.event_filter.describe()))
        except OSError as exc:
            box = message_box(QMessageBox.Icon.Warning, "Cannot save the picture",
                              f"{path}: {exc.strerror or exc}", parent=self)
            box.open()
            return False
        return True
