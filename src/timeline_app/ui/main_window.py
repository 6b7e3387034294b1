"""The main window: the timeline in the middle, filters on the left, the
selected event on the right, the event list below; menus, toolbar, status.

Data flows one way. The filter pane emits an ``EventFilter``; the window
picks the matching rows from ``EventColumns`` (every event, loaded once) and
hands the same columns to the canvas (and its overview), the event list and
the status bar. Edits go through ``EditHandlers`` (``core.editing`` and the
undo stack); each reports the ``Changes`` it made and the window refreshes
each pane once from them. The jobs around that live in their own modules:
actions and menus (``window_actions``), the shared selection
(``selection_sync``), edits (``edit_handlers``), recent databases
(``database_switching``).
"""

from __future__ import annotations

import json
import platform
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, QSignalBlocker, Qt, QTimer, qVersion
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from timeline_app import __version__
from timeline_app.core.editing import Changes
from timeline_app.core.errors import StoreError
from timeline_app.core.column_update import columns_after_changes
from timeline_app.core.event_columns import EventColumns
from timeline_app.core.filters import WINDOW_DEFAULT, EventFilter
from timeline_app.core.store import Store
from timeline_app.ui import window_actions
from timeline_app.ui.database_switching import RecentDatabases, ask_for_database
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.detail_visibility import DetailPaneVisibility
from timeline_app.ui.edit_handlers import EditHandlers
from timeline_app.ui.event_count import count_text
from timeline_app.ui.event_table import EventTableModel, EventTableView
from timeline_app.ui.filter_pane import FilterPane
from timeline_app.ui.hidden_events import hidden_event_message
from timeline_app.ui.import_dialog import ImportDialog
from timeline_app.ui.network_dock import install_network_dock
from timeline_app.ui.plain_text import message_box, one_line, plain, tooltip
from timeline_app.ui.profile_links import ProfileLinks
from timeline_app.ui.selection_sync import SelectionSync
from timeline_app.ui.status_bar import FittingStatusBar
from timeline_app.ui.tasks import Task, TaskRunner
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.window_imports import WindowImports
from timeline_app.ui.window_fit import fit_window

_IMPORT_REFRESH_MS = 700
_FIT_NOTES = ("Fitted to ", "Showing every dated event")
_ZOOM_KEPT = "Kept your zoom; press Home (Fit) to frame the matching events."


def about_text() -> str:
    """The About box: what is running, for bug reports."""
    return (
        f"<h3>Timeline {__version__}</h3>"
        "<p>See what happened when, from the press releases, articles and letters "
        "a movement leaves behind.</p>"
        f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()} · SQLite {sqlite3.sqlite_version}</p>"
    )


class MainWindow(WindowImports, QMainWindow):
    """One window over one open database."""

    def __init__(self, store: Store, *, settings: QSettings | None = None,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else QSettings()
        self.runner = runner if runner is not None else TaskRunner(self)
        self.store = store
        self.recent = RecentDatabases(self.settings)
        self.undo_stack = QUndoStack(self)
        self.event_filter = WINDOW_DEFAULT
        self.columns = EventColumns.empty()  # what the panes show: the filtered rows
        self.all_columns: EventColumns | None = None  # rebuilt after any change
        self.import_dialog: ImportDialog | None = None
        self.seed_task: Task | None = None
        self.setStatusBar(FittingStatusBar(self))  # long messages never run under the count

        self.view = TimelineView(self)
        self.setCentralWidget(self.view)
        self.canvas = self.view.canvas
        self.filter_pane = FilterPane(self)
        self.detail_pane = DetailPane(self)
        self.table_model = EventTableModel(store, self)
        self.table = EventTableView(self.table_model, self)
        self.selection = SelectionSync(self.canvas, self.table, self.detail_pane)
        self.edits = EditHandlers(self)
        self.profiles = ProfileLinks(self)  # profile window and the Ctrl+K "go to" box
        self.filter_dock = self._dock("Filters", "filterDock", self.filter_pane,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.detail_dock = self._dock("Event", "detailDock", self.detail_pane,
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.table_dock = self._dock("Event List", "tableDock", self.table,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.network_pane = install_network_dock(self)
        self.count_label = plain(QLabel(self))
        self.count_label.setObjectName("eventCount")
        self.statusBar().addPermanentWidget(self.count_label)
        self._import_refresh = QTimer(self)
        self._import_refresh.setSingleShot(True)
        self._import_refresh.setInterval(_IMPORT_REFRESH_MS)
        self._import_refresh.timeout.connect(lambda: self.refresh_all(keep_view=True))

        window_actions.create_actions(self)
        window_actions.create_menus(self)
        self.toolbar = window_actions.create_toolbar(self)
        self._connect()
        self.setAcceptDrops(True)
        # Side panes run the full height; the event list sits under the canvas.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.detail_visibility = DetailPaneVisibility(self.detail_dock, self.canvas, self.settings)
        fit_window(self)
        self.show_store(store)
        self.restore_settings()

    # ---------------------------------------------------------------- build
    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        self.filter_pane.filterChanged.connect(self._filter_changed)
        self.filter_pane.renameRequested.connect(self.rename_entity)
        self.filter_pane.mergeRequested.connect(self.merge_entities)
        self.canvas.eventActivated.connect(lambda _id: self.detail_dock.raise_())
        self.canvas.fitNoteChanged.connect(self._show_fit_note)
        self.detail_pane.entityClicked.connect(self.filter_pane.show_only)
        self.detail_pane.entityClicked.connect(self.profiles.open_profile)
        self.filter_pane.profileRequested.connect(self.profiles.open_profile)
        self.table.organisationRequested.connect(self.profiles.open_organisation_named)
        self.detail_pane.is_shown = self._is_shown
        self.detail_pane.eventRequested.connect(self._open_page_event)
        self.detail_pane.editRequested.connect(self.edit_event)
        self.detail_pane.namesEdited.connect(self.set_event_names)
        self.detail_pane.roleChosen.connect(self.edits.set_link_role)
        self.detail_pane.deleteEventRequested.connect(lambda i: self.delete_events([i]))
        self.detail_pane.deleteDocumentRequested.connect(self.delete_document)
        self.detail_pane.splitSourceRequested.connect(self.edits.split_source)
        self.detail_pane.moveSourceRequested.connect(self.edits.choose_move_target)
        self.view.lane_choice.currentIndexChanged.connect(self._lane_choice_changed)

    # ------------------------------------------------------------- database
    def show_store(self, store: Store) -> None:
        """Show ``store`` (the window owns it from now on and closes it)."""
        self.store = store
        self.edits.pending.set_store(store)  # short busy timeout: edits wait in the queue
        self.undo_stack.clear()
        self.table_model.set_store(store)
        self.detail_pane.set_store(store)
        self._update_title()
        self.recent.remember(store.path)
        with QSignalBlocker(self.filter_pane):
            self.filter_pane.set_filter(WINDOW_DEFAULT)
        self.refresh_all(keep_view=False)

    def _update_title(self) -> None:
        name = Path(self.store.path).name if self.store.path != ":memory:" else "(in memory)"
        self.setWindowTitle(f"{name} — Timeline")
        if self.store.path != ":memory:":
            self.setWindowFilePath(self.store.path)

    def open_database(self, path: str | Path) -> bool:
        """Switch to the database at ``path``; on failure say why and keep the current one."""
        if self.edits.pending.count():
            self.report_problem("Edits are still waiting", "Some edits are waiting for the "
                                "database; wait until they are saved, or cancel them first.")
            return False
        try:
            store = Store.open(path)
        except StoreError as exc:
            self.report_problem("Cannot open the database", str(exc))
            return False
        old = self.store
        self.show_store(store)
        if old is not store:
            old.close()
        self.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    def choose_database(self) -> None:
        if path := ask_for_database(self, self.store.path):
            self.open_database(path)

    def choose_new_database(self) -> None:
        if path := ask_for_database(self, self.store.path, new=True):
            self.open_database(path)

    def fill_recent_menu(self) -> None:
        self.recent.fill_menu(self.recent_menu, self.store.path, self.open_database)

    # ------------------------------------------------------------ refreshing
    def refresh_all(self, keep_view: bool = True) -> None:
        """Reload lists, counts and events (after opening, importing)."""
        self.all_columns = None
        self._refresh_filter_lists()
        self.reload_events(keep_view=keep_view and len(self.columns) > 0)

    def _refresh_filter_lists(self) -> None:
        """Reload the filter pane's lists; the caller reloads the events once."""
        with QSignalBlocker(self.filter_pane):
            self.filter_pane.refresh(self.store)
        self.event_filter = self.filter_pane.current_filter()

    def _show_fit_note(self, note: str) -> None:
        """Say what a fit left out (a fit that shows everything clears the last note)."""
        if note:
            self.statusBar().showMessage(note, 15000)
        elif self.statusBar().currentMessage().startswith(_FIT_NOTES):
            self.statusBar().clearMessage()

    def _filter_changed(self, event_filter: EventFilter) -> None:
        previous = self.event_filter
        self.event_filter = event_filter
        self.detail_pane.set_search_text(event_filter.text)
        # The selected event's detail needs no reload if it is still the one
        # shown; set_search_text above has already re-marked the search words.
        refitted = self.reload_events(True, refresh_detail=False, refit_when_sparse=True)
        if not refitted and self.canvas.data().dated_count:
            self.statusBar().showMessage(_ZOOM_KEPT, 8000)
        if event_filter.text.strip() and event_filter.text != previous.text:
            self._select_search_result()

    def reload_events(self, keep_view: bool = True, refresh_detail: bool = True,
                      refit_when_sparse: bool = False) -> bool:
        """One query for the current filter, handed to every pane; True if the view refitted.

        With ``refresh_detail=False`` the detail pane is reloaded only when
        the selection it shows has changed (a filter change, not an edit).
        """
        if self.all_columns is None:
            self.all_columns = EventColumns.load(self.store)
        columns = self.all_columns.select(self.store, self.event_filter)
        self.columns = columns
        data = columns.timeline_data
        with self.selection.quiet():
            refitted = self.view.set_data(data, keep_view, refit_when_sparse=refit_when_sparse)
            self.table_model.set_columns(columns, self.event_filter)
        self.selection.reloaded(refresh_detail)
        self.detail_pane.mark_hidden_others()
        self._update_status()
        self.network_pane.show_filter(self.store, self.event_filter)
        return refitted

    def _update_status(self) -> None:
        everything = self.all_columns if self.all_columns is not None else self.columns
        text, tip = count_text(len(self.columns), everything, self.event_filter)
        self.count_label.setText(text)
        self.count_label.setToolTip(tooltip(tip))  # names chosen

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what an edit (or its undo) changed, each pane once."""
        if changes.entities:
            self._refresh_filter_lists()
            self.network_pane.show_filter(self.store, self.event_filter)  # renamed, merged
        if changes.timeline:  # the touched events read again, not every event
            self.all_columns = columns_after_changes(self.all_columns, self.store, changes)
            self.reload_events(keep_view=True)
        else:
            self.selection.refresh_detail()
        self.table_model.invalidate_rows(sorted(changes.events))
        self.profiles.data_changed()

    # ------------------------------------------------------------- selection
    def select_events(self, ids: Sequence[int]) -> None:
        """Select events everywhere (canvas, list, detail)."""
        self.selection.select(ids)

    def _is_shown(self, event_id: int) -> bool:
        """Whether the filters show ``event_id`` (on the timeline and in the list)."""
        return self.columns.row_of(event_id) is not None

    def _open_page_event(self, event_id: int) -> None:
        """Another event of the page being read: selected, or, when the
        filters hide it, the selection kept and the reason said."""
        if not self._is_shown(event_id):
            self.statusBar().showMessage(
                hidden_event_message(event_id, self.all_columns, self.event_filter), 10000)
            return
        self.select_events([event_id])

    def selected_ids(self) -> list[int]:
        return self.selection.selected_ids()

    def _select_search_result(self) -> None:
        """After a new search, select the best hit: a document's main event first."""
        ids = self.columns.ids[:500].tolist()
        if not ids or any(self.table_model.row_of(i) is not None
                          for i in self.canvas.selected_ids()):
            return
        best = self.store.best_search_hit(ids)
        self.select_events([best if best is not None else ids[0]])

    # --------------------------------------------------------------- editing
    # The edits themselves live in EditHandlers; these names are the window's API.
    def edit_event(self, event_id: int, fields: dict) -> bool:
        """Save field edits of one event (undoable); refused edits show why."""
        return self.edits.edit_event(event_id, fields)

    def set_event_names(self, event_id: int, entity: str, names: list) -> bool:
        return self.edits.set_event_names(event_id, entity, names)

    def delete_selected(self) -> None:
        if ids := self.canvas.selected_ids() or self.table.selected_event_ids():
            self.edits.delete_events(ids)

    def merge_selected(self) -> None:
        """Join the selected events into the first of them (each join undoable)."""
        ids = self.selected_ids()
        for other in ids[1:]:
            self.edits.merge_events(ids[0], other)

    def delete_events(self, ids: Sequence[int]) -> None:
        self.edits.delete_events(ids)

    def delete_document(self, document_id: int) -> None:
        self.edits.delete_document(document_id)

    def add_event(self, **values) -> int | None:
        """Add an event by hand (see ``editing.add_event``); returns its id."""
        return self.edits.add_event(**values)

    def show_add_event_dialog(self) -> None:
        self.edits.show_add_event_dialog()

    def rename_entity(self, entity: str, record_id: int, new_name: str) -> bool:
        return self.edits.rename_entity(entity, record_id, new_name)

    def merge_entities(self, entity: str, keep_id: int, merge_id: int) -> bool:
        return self.edits.merge_entities(entity, keep_id, merge_id)

    # ---------------------------------------------------------------- others
    def show_export_dialog(self) -> None:
        from timeline_app.ui.export_dialog import ExportDialog

        folder = str(self.settings.value("export/folder", "") or "")
        dialog = ExportDialog(self.store, self.event_filter, self.canvas,
                              len(self.columns), self, folder)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            written = getattr(dialog, "written", None)
            if written:
                self.settings.setValue("export/folder", str(Path(written).parent))
                self.statusBar().showMessage(f"Exported to {written}", 8000)

    def show_about(self) -> None:
        QMessageBox.about(self, "About Timeline", about_text())

    def focus_search(self) -> None:
        self.filter_dock.show()
        self.filter_dock.raise_()
        self.filter_pane.focus_search()

    def set_lane_mode(self, mode: str) -> None:
        self.view.set_lane_mode(mode)

    def _lane_choice_changed(self, _index: int) -> None:
        window_actions.check_data(self.lanes_group, self.view.lane_choice.currentData())

    def report_problem(self, title: str, message: str) -> None:
        """Say what went wrong without blocking (tests and long imports go on)."""
        self.statusBar().showMessage(one_line(message), 10000)
        box = message_box(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -------------------------------------------------------------- settings
    def restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_window(self, keep_size=True)  # saved on a larger screen: shrink to this one
        state = self.settings.value("window/state")
        if state is not None:
            with self.detail_visibility.paused():
                self.restoreState(state)
        self.detail_visibility.apply()
        lanes = self.settings.value("view/lanes", "kind")
        if lanes in ("kind", "organisation"):
            self.set_lane_mode(str(lanes))
        window_actions.check_data(self.lane_order_group,
                                  self.settings.value("view/lane_order", "count"), trigger=True)
        raw = self.settings.value("filters/last", "")
        try:
            saved = json.loads(str(raw)) if raw else {}
        except ValueError:
            saved = {}
        if isinstance(saved, dict) and saved.get("database") == self.store.path:
            # A filter saved before context events existed keeps them hidden.
            self.filter_pane.set_filter(EventFilter.from_dict(
                {"show_context": False, **(saved.get("filter") or {})}))

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("view/lanes", self.canvas.lane_mode())
        self.settings.setValue("view/lane_order", self.canvas.lane_order())
        self.settings.setValue("filters/last", json.dumps(
            {"database": self.store.path, "filter": self.event_filter.to_dict()}))
        self.recent.remember(self.store.path)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.detail_pane.flush_pending_edits()
        if not self.edits.pending.may_close(self.close, self):
            event.ignore()  # edits wait for the database: saved first, or kept open
            return
        if self.import_dialog is not None and self.import_dialog.running:
            self.import_dialog.cancel()
        self.save_settings()
        self.runner.cancel_all()
        self.network_pane.release_connections()
        self.store.close()
        super().closeEvent(event)


__all__ = ["MainWindow", "about_text"]
