"""The main window: the timeline in the middle, filters on the left, the
selected event on the right, the event list below; menus, toolbar, status.

Data flows one way. The filter pane emits an ``EventFilter``; the window
fetches ``store.timeline_columns`` once and hands the same columns to the
canvas (and its overview), the event list and the status bar. Edits go
through ``core.editing`` and the undo stack; each reports the ``Changes`` it
made and the window refreshes each pane once from them.
"""

from __future__ import annotations

import json
import platform
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import PySide6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStyle,
    QToolBar,
    QWidget,
)

from timeline_app import __version__
from timeline_app.core import editing
from timeline_app.core.editing import Changes, EditError, parse_user_date
from timeline_app.core.errors import StoreError
from timeline_app.core.filters import EventFilter
from timeline_app.core.models import KINDS
from timeline_app.core.store import Store
from timeline_app.core.timeline_data import TimelineData
from timeline_app.ui import undo_commands as commands
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.event_table import EventTableModel, EventTableView
from timeline_app.ui.filter_pane import FilterPane, kind_icon
from timeline_app.ui.import_dialog import ImportDialog, ask_for_files, ask_for_folder
from timeline_app.ui.tasks import Task, TaskRunner
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.plain_text import menu_text, message_box, one_line, plain, tooltip

MAX_RECENT = 8
_IMPORT_REFRESH_MS = 700
_FILTER_FIELDS = ("organisation_ids", "person_ids", "year_from", "year_to", "kinds",
                  "hide_undated", "hide_approximate", "text")


_COLUMN_KEYS = ("ids", "titles", "kinds", "starts", "ends", "precisions", "lanes_org", "orgs")


class EventColumns:
    """Every event's canvas columns, loaded once; a filter becomes a mask.

    A filter change then asks SQL only for the matching ids (an indexed
    query) and picks those rows with numpy, instead of rebuilding titles and
    organisation names in Python for every matching event: at 100,000
    events several times faster. Same order as ``Store.timeline_columns``.
    """

    def __init__(self, store: Store) -> None:
        self.full = store.timeline_columns(EventFilter())
        self.ids = np.asarray(self.full["ids"], dtype=np.int64)
        self._arrays: dict[str, np.ndarray] = {}
        for key in _COLUMN_KEYS:
            array = np.empty(len(self.ids), dtype=object)
            array[:] = self.full[key]
            self._arrays[key] = array

    def select(self, store: Store, event_filter: EventFilter) -> dict[str, list]:
        if event_filter == EventFilter():
            return self.full
        # Unordered ids (no SQL sort): the mask keeps this object's time order.
        wanted = store.matching_event_id_array(event_filter)
        rows = np.flatnonzero(np.isin(self.ids, wanted, assume_unique=True))
        return {key: self._arrays[key][rows].tolist() for key in _COLUMN_KEYS}


def about_text() -> str:
    """The About box: what is running, for bug reports."""
    return (
        f"<h3>Timeline {__version__}</h3>"
        "<p>See what happened when, from the press releases, articles and letters "
        "a movement leaves behind.</p>"
        f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()} · SQLite {sqlite3.sqlite_version}</p>"
    )


def filter_to_json(event_filter: EventFilter) -> dict:
    return {name: getattr(event_filter, name) for name in _FILTER_FIELDS}


def filter_from_json(data: dict) -> EventFilter:
    """A filter saved by ``filter_to_json``; anything malformed is dropped."""
    clean: dict = {}
    for name in ("organisation_ids", "person_ids"):
        values = data.get(name) or []
        if isinstance(values, list) and all(isinstance(v, int) for v in values):
            clean[name] = tuple(values)
    for name in ("year_from", "year_to"):
        if isinstance(data.get(name), int):
            clean[name] = data[name]
    kinds = data.get("kinds") or []
    if isinstance(kinds, list):
        clean["kinds"] = tuple(k for k in kinds if k in KINDS)
    for name in ("hide_undated", "hide_approximate"):
        clean[name] = bool(data.get(name))
    if isinstance(data.get("text"), str):
        clean["text"] = data["text"]
    return EventFilter(**clean)


class AddEventDialog(QDialog):
    """Edit ▸ Add Event…: the few fields an event needs; the rest in the detail pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add Event")
        self.title_edit = QLineEdit(self)
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText("2017-02-20, February 2017, 2017 — or empty")
        self.kind_box = QComboBox(self)
        for kind in KINDS:
            self.kind_box.addItem(kind_icon(kind), kind.capitalize(), kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData("other"))
        self.orgs_edit = QLineEdit(self)
        self.orgs_edit.setPlaceholderText("separated by semicolons")
        self.error = plain(QLabel(self))  # a date error quotes what was typed
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Date:", self.date_edit)
        form.addRow("&Kind:", self.kind_box)
        form.addRow("&Organisations:", self.orgs_edit)
        form.addRow(self.error)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict:
        start, precision = parse_user_date(self.date_edit.text())
        return {
            "title": self.title_edit.text(),
            "kind": self.kind_box.currentData(),
            "start": start,
            "precision": precision or "unknown",
            "organisations": [n.strip() for n in self.orgs_edit.text().split(";") if n.strip()],
        }

    def _check(self) -> None:
        try:
            values = self.values()
        except EditError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        if not values["title"].strip():
            self.error.setText("An event needs a title.")
            self.error.show()
            return
        self.accept()


class MainWindow(QMainWindow):
    """One window over one open database."""

    def __init__(self, store: Store, *, settings: QSettings | None = None,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else QSettings()
        self.runner = runner if runner is not None else TaskRunner(self)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.event_filter = EventFilter()
        self.columns: dict[str, list] = {}
        self._detail_shown: tuple[list[int], int] = ([], 0)  # first id and count shown
        self.all_columns: EventColumns | None = None  # rebuilt after any change
        self.total_events = 0
        self.import_dialog: ImportDialog | None = None
        self.seed_task: Task | None = None
        self._syncing = False  # selection being mirrored: ignore the echo
        self._applying = False  # an edit's refresh: the filter pane must not reload twice

        self.view = TimelineView(self)
        self.setCentralWidget(self.view)
        self.canvas = self.view.canvas
        self.filter_pane = FilterPane(self)
        self.detail_pane = DetailPane(self)
        self.table_model = EventTableModel(store, self)
        self.table = EventTableView(self.table_model, self)
        self.filter_dock = self._dock("Filters", "filterDock", self.filter_pane,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.detail_dock = self._dock("Event", "detailDock", self.detail_pane,
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.table_dock = self._dock("Event List", "tableDock", self.table,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.count_label = plain(QLabel(self))
        self.count_label.setObjectName("eventCount")
        self.statusBar().addPermanentWidget(self.count_label)
        self._import_refresh = QTimer(self)
        self._import_refresh.setSingleShot(True)
        self._import_refresh.setInterval(_IMPORT_REFRESH_MS)
        self._import_refresh.timeout.connect(lambda: self.refresh_all(keep_view=True))

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._connect()
        self.setAcceptDrops(True)
        # Side panes run the full height; the event list sits under the canvas.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.resize(1360, 860)
        self.resizeDocks([self.filter_dock, self.detail_dock], [270, 360],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.table_dock], [240], Qt.Orientation.Vertical)
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

    def _action(self, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        self.import_files_action = self._action(
            "Import &Files…", self.choose_import_files, key.Open, sp.SP_DialogOpenButton,
            "Import documents (text, HTML, PDF, Word, Markdown, e-mail)")
        self.import_folder_action = self._action(
            "Import F&older…", self.choose_import_folder, "Ctrl+Shift+O", sp.SP_DirOpenIcon,
            "Import every document in a folder and its subfolders")
        self.export_action = self._action("&Export…", self.show_export_dialog, "Ctrl+E",
                                          sp.SP_DialogSaveButton,
                                          "Export what the filters show")
        self.open_db_action = self._action("Open &Database…", self.choose_database,
                                           "Ctrl+Shift+D")
        self.new_db_action = self._action("&New Database…", self.choose_new_database, key.New)
        self.quit_action = self._action("&Quit", self.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence(key.Redo))
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.find_action = self._action("&Find", self.focus_search, key.Find,
                                        tip="Search the documents")
        self.add_event_action = self._action("&Add Event…", self.show_add_event_dialog,
                                             "Ctrl+Shift+N", sp.SP_FileDialogNewFolder,
                                             "Add an event by hand")
        self.delete_action = self._action("&Delete", self.delete_selected, key.Delete,
                                          tip="Delete the selected events")
        self.clear_filters_action = self._action("&Clear Filters", self.filter_pane.clear,
                                                 "Ctrl+Shift+L",
                                                 sp.SP_DialogResetButton)

        self.lanes_group = QActionGroup(self)
        self.lanes_group.setExclusive(True)
        self.lanes_by_kind_action = QAction("Lanes by &Kind", self, checkable=True)
        self.lanes_by_org_action = QAction("Lanes by &Organisation", self, checkable=True)
        for action, mode in ((self.lanes_by_kind_action, "kind"),
                             (self.lanes_by_org_action, "organisation")):
            action.setData(mode)
            self.lanes_group.addAction(action)
            action.triggered.connect(lambda _c=False, m=mode: self.set_lane_mode(m))
        self.lanes_by_kind_action.setChecked(True)
        self.fit_action = self._action("&Fit All", self.canvas.fit_all, "Ctrl+0",
                                       tip="Show every dated event")
        self.zoom_in_action = self._action("Zoom &In", self.canvas.zoom_in, key.ZoomIn)
        self.zoom_out_action = self._action("Zoom &Out", self.canvas.zoom_out, key.ZoomOut)
        self.about_action = self._action("&About Timeline", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.import_files_action, self.import_folder_action,
                              self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.open_db_action, self.new_db_action])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.clear_filters_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_event_action, self.delete_action])

        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.lanes_by_kind_action, self.lanes_by_org_action])
        view_menu.addSeparator()
        view_menu.addActions([self.fit_action, self.zoom_in_action, self.zoom_out_action])
        view_menu.addSeparator()
        for dock in (self.filter_dock, self.detail_dock, self.table_dock):
            view_menu.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.import_files_action, self.import_folder_action,
                            self.export_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.add_event_action, self.clear_filters_action])
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.filter_pane.filterChanged.connect(self._filter_changed)
        self.filter_pane.renameRequested.connect(self.rename_entity)
        self.filter_pane.mergeRequested.connect(self.merge_entities)
        self.canvas.selectionChanged.connect(self._canvas_selection_changed)
        self.canvas.eventActivated.connect(lambda _id: self.detail_dock.raise_())
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.detail_pane.entityClicked.connect(self.filter_pane.show_only)
        self.detail_pane.eventRequested.connect(lambda i: self.select_events([i]))
        self.detail_pane.editRequested.connect(self.edit_event)
        self.detail_pane.namesEdited.connect(self.set_event_names)
        self.detail_pane.deleteEventRequested.connect(lambda i: self.delete_events([i]))
        self.detail_pane.deleteDocumentRequested.connect(self.delete_document)
        self.view.lane_choice.currentIndexChanged.connect(self._lane_choice_changed)

    # ------------------------------------------------------------- database
    def show_store(self, store: Store) -> None:
        """Show ``store`` (the window owns it from now on and closes it)."""
        self.store = store
        self.undo_stack.clear()
        self.table_model.set_store(store)
        self.detail_pane.set_store(store)
        self._update_title()
        self._remember_recent(store.path)
        self.filter_pane.blockSignals(True)
        self.filter_pane.set_filter(EventFilter())
        self.filter_pane.blockSignals(False)
        self.refresh_all(keep_view=False)

    def _update_title(self) -> None:
        name = Path(self.store.path).name if self.store.path != ":memory:" else "(in memory)"
        self.setWindowTitle(f"{name} — Timeline")
        if self.store.path != ":memory:":
            self.setWindowFilePath(self.store.path)

    def open_database(self, path: str | Path) -> bool:
        """Switch to the database at ``path``; on failure say why and keep the current one."""
        try:
            store = Store.open(path)
        except StoreError as exc:
            self._problem("Cannot open the database", str(exc))
            return False
        old = self.store
        self.show_store(store)
        if old is not store:
            old.close()
        self.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open Database", str(Path(self.store.path).parent),
            "Timeline databases (*.db *.sqlite *.sqlite3);;All files (*)")
        if path:
            self.open_database(path)

    def choose_new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "New Database", str(Path(self.store.path).parent / "timeline.db"),
            "Timeline databases (*.db)")
        if path:
            self.open_database(path)

    def _remember_recent(self, path: str) -> None:
        if path == ":memory:":
            return
        recent = [p for p in self._recent() if p != path]
        self.settings.setValue("database/recent", [path] + recent[: MAX_RECENT - 1])
        self.settings.setValue("database/last", path)

    def _recent(self) -> list[str]:
        value = self.settings.value("database/recent", [])
        if isinstance(value, str):  # QSettings returns a lone entry as a string
            value = [value]
        return [str(v) for v in value or []]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            action = self.recent_menu.addAction(path)
            action.setEnabled(Path(path).exists() and path != self.store.path)
            action.triggered.connect(lambda _c=False, p=path: self.open_database(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent databases").setEnabled(False)

    # ------------------------------------------------------------ refreshing
    def refresh_all(self, keep_view: bool = True) -> None:
        """Reload lists, counts and events (after opening, importing)."""
        self.total_events = self.store.event_count()
        self.all_columns = None
        self._refresh_filter_lists()
        self.reload_events(keep_view=keep_view and bool(self.columns.get("ids")))

    def _refresh_filter_lists(self) -> None:
        """Reload the filter pane's lists without one reload per widget."""
        self._applying = True
        try:
            self.filter_pane.refresh(self.store)
        finally:
            self._applying = False
        self.event_filter = self.filter_pane.current_filter()

    def _filter_changed(self, event_filter: EventFilter) -> None:
        previous = self.event_filter
        self.event_filter = event_filter
        if self._applying:
            return  # the edit being applied reloads once at the end
        self.detail_pane.set_search_text(event_filter.text)
        # The selected event's detail needs no reload if it is still the one
        # shown; set_search_text above has already re-marked the search words.
        self.reload_events(keep_view=False, refresh_detail=False)
        if event_filter.text.strip() and event_filter.text != previous.text:
            self._select_search_result()

    def reload_events(self, keep_view: bool = True, refresh_detail: bool = True) -> None:
        """One query for the current filter, handed to every pane.

        With ``refresh_detail=False`` the detail pane is reloaded only when
        the selection it shows has changed (a filter change, not an edit).
        """
        if self.all_columns is None:
            self.all_columns = EventColumns(self.store)
        columns = self.all_columns.select(self.store, self.event_filter)
        self.columns = columns
        data = TimelineData.from_columns(**columns)
        self._syncing = True
        try:
            self.view.set_data(data, keep_view=keep_view)
            self.table_model.set_columns(columns, self.event_filter)
            selected = self.canvas.selected_ids()
            self._select_table_rows(selected)
        finally:
            self._syncing = False
        if refresh_detail or self._detail_shown != (selected[:1], len(selected)):
            self._show_detail(selected)
        self._update_status()

    def _update_status(self) -> None:
        shown = len(self.columns.get("ids", ()))
        text = f"{shown:,} of {self.total_events:,} events shown"
        active = self.event_filter.active_count
        if active:
            text += f" · {active} filter{'s' if active != 1 else ''}"
        self.count_label.setText(text)
        self.count_label.setToolTip(tooltip(self.event_filter.describe()))  # names chosen

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what an edit (or its undo) changed, each pane once."""
        if changes.added or changes.removed or changes.documents:
            self.total_events = self.store.event_count()
        if changes.entities:
            self._refresh_filter_lists()
        if changes.timeline:
            self.all_columns = None
            self.reload_events(keep_view=True)
        else:
            self._show_detail(self.canvas.selected_ids())
        self.table_model.invalidate_rows(sorted(changes.events))

    # ------------------------------------------------------------- selection
    def select_events(self, ids: Sequence[int]) -> None:
        """Select events everywhere (canvas, list, detail)."""
        self._syncing = True
        try:
            self.canvas.select_ids(list(ids), ensure_visible=True)
            self._select_table_rows(self.canvas.selected_ids())
        finally:
            self._syncing = False
        self._show_detail(self.canvas.selected_ids())

    def selected_ids(self) -> list[int]:
        return self.canvas.selected_ids()

    def _canvas_selection_changed(self, ids: list) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self._select_table_rows(ids)
        finally:
            self._syncing = False
        self._show_detail(ids)

    def _table_selection_changed(self, *_args) -> None:
        if self._syncing:
            return
        ids = self.table.selected_event_ids()
        self._syncing = True
        try:
            self.canvas.select_ids(ids, ensure_visible=True)
        finally:
            self._syncing = False
        self._show_detail(ids)

    def _select_table_rows(self, ids: Sequence[int]) -> None:
        selection = QItemSelection()
        columns = self.table_model.columnCount() - 1
        first_row: int | None = None
        for event_id in ids:
            row = self.table_model.row_of(event_id)
            if row is None:
                continue
            if first_row is None:
                first_row = row
            selection.select(self.table_model.index(row, 0),
                             self.table_model.index(row, columns))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(selection, flags)
        if first_row is not None:
            self.table.scrollTo(self.table_model.index(first_row, 0))

    def _show_detail(self, ids: Sequence[int]) -> None:
        self._detail_shown = (list(ids[:1]), len(ids))
        self.detail_pane.show_event(ids[0] if ids else None, len(ids))

    def _select_search_result(self) -> None:
        """After a new search, select the best hit: a document's main event first."""
        ids = self.columns.get("ids", [])
        if not ids or any(self.table_model.row_of(i) is not None
                          for i in self.canvas.selected_ids()):
            return
        head = ids[:500]
        row = self.store.db.execute(
            f"SELECT id FROM events WHERE id IN ({','.join('?' * len(head))})"
            " ORDER BY main DESC, t_start IS NULL, t_start, id LIMIT 1", head).fetchone()
        self.select_events([row[0] if row else ids[0]])

    # --------------------------------------------------------------- editing
    def _push(self, command, changes: Changes, message: str = "") -> None:
        self.undo_stack.push(command)
        self.apply_changes(changes)
        if message:
            self.statusBar().showMessage(one_line(message), 5000)

    def edit_event(self, event_id: int, fields: dict) -> bool:
        """Save field edits of one event (undoable); refused edits show why."""
        try:
            result = editing.update_event(self.store, event_id, **fields)
        except EditError as exc:
            self._show_detail(self.canvas.selected_ids())
            self.detail_pane.show_error(str(exc))
            return False
        self._push(commands.EditEventCommand(self.store, result, fields, self.apply_changes),
                   result.changes)
        return True

    def set_event_names(self, event_id: int, entity: str, names: list) -> bool:
        setter = (editing.set_event_organisations if entity == "organisation"
                  else editing.set_event_people)
        try:
            result = setter(self.store, event_id, names)
        except EditError as exc:
            self.detail_pane.show_error(str(exc))
            return False
        self._push(commands.SetNamesCommand(self.store, result, entity, names,
                                            self.apply_changes), result.changes)
        return True

    def delete_selected(self) -> None:
        ids = self.canvas.selected_ids() or self.table.selected_event_ids()
        if ids:
            self.delete_events(ids)

    def delete_events(self, ids: Sequence[int]) -> None:
        self.detail_pane.flush_pending_edits()
        snapshots = []
        try:
            for event_id in ids:
                snapshots.append(editing.delete_event(self.store, event_id))
        except EditError as exc:
            self.statusBar().showMessage(one_line(str(exc)), 8000)
        if not snapshots:
            return
        command = commands.DeleteEventsCommand(self.store, snapshots, self.apply_changes)
        changes = Changes.union(s.changes for s in snapshots)
        count = len(snapshots)
        self._push(command, changes,
                   f"Deleted {count} event{'s' if count != 1 else ''} (Undo brings "
                   f"{'it' if count == 1 else 'them'} back).")

    def delete_document(self, document_id: int) -> None:
        try:
            snapshot = editing.delete_document(self.store, document_id)
        except EditError as exc:
            self.statusBar().showMessage(one_line(str(exc)), 8000)
            return
        self._push(commands.DeleteDocumentCommand(self.store, snapshot, self.apply_changes),
                   snapshot.changes,
                   f"Deleted “{one_line(snapshot.row['title'], 80) or 'document'}” and its "
                   f"{len(snapshot.events)} events (Undo brings them back).")

    def add_event(self, **values) -> int | None:
        """Add an event by hand (see ``editing.add_event``); returns its id."""
        try:
            added = editing.add_event(self.store, **values)
        except EditError as exc:
            self._problem("Cannot add the event", str(exc))
            return None
        self._push(commands.AddEventCommand(self.store, added, self.apply_changes),
                   added.changes, "Event added.")
        self.select_events([added.event_id])
        return added.event_id

    def show_add_event_dialog(self) -> None:
        dialog = AddEventDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_event(**dialog.values())

    def _push_entity_edit(self, edit, redo, label: str, message: str) -> None:
        """Put a done rename/merge on the undo stack; ``redo`` does it again."""
        self._push(commands.EntityCommand(self.store, edit, redo, label, self.apply_changes),
                   edit.changes, message)

    def rename_entity(self, entity: str, record_id: int, new_name: str) -> bool:
        try:
            edit = editing.rename_entity(self.store, entity, record_id, new_name)
        except EditError as exc:
            self._problem("Cannot rename", str(exc))
            return False
        self._push_entity_edit(
            edit, lambda: editing.rename_entity(self.store, entity, record_id, new_name),
            f"Rename “{menu_text(edit.keep_row['name'])}”",
            f"Renamed “{edit.keep_row['name']}” to “{new_name}”; the old name is "
            "remembered for future imports.")
        return True

    def merge_entities(self, entity: str, keep_id: int, merge_id: int) -> bool:
        try:
            edit = editing.merge_entities(self.store, entity, keep_id, merge_id)
        except EditError as exc:
            self._problem("Cannot merge", str(exc))
            return False
        # A filter on the merged record would now match nothing: follow it to the kept one.
        current = self.filter_pane.current_filter()
        field = "organisation_ids" if entity == "organisation" else "person_ids"
        chosen = getattr(current, field)
        self._push_entity_edit(
            edit, lambda: editing.merge_entities(self.store, entity, keep_id, merge_id),
            f"Merge “{menu_text(edit.merged_row['name'])}”",
            f"Merged “{edit.merged_row['name']}” into “{edit.keep_row['name']}”.")
        if merge_id in chosen:
            ids = tuple(dict.fromkeys(keep_id if i == merge_id else i for i in chosen))
            self.filter_pane.set_filter(self.filter_pane.current_filter().with_changes(
                **{field: ids}))
        return True

    # ---------------------------------------------------------------- import
    def ensure_import_dialog(self) -> ImportDialog:
        if self.import_dialog is None or self.import_dialog.db_path != self.store.path:
            dialog = ImportDialog(self.store.path, self.runner, self)
            dialog.fileImported.connect(self._file_imported)
            dialog.importFinished.connect(self._import_finished)
            self.import_dialog = dialog
        return self.import_dialog

    def import_paths(self, paths: Sequence[str | Path]) -> ImportDialog:
        """Import files/folders through the import dialog (dropped or chosen)."""
        dialog = self.ensure_import_dialog()
        dialog.show()
        dialog.raise_()
        dialog.start(list(paths))
        return dialog

    def choose_import_files(self) -> None:
        if paths := ask_for_files(self):
            self.import_paths(paths)

    def choose_import_folder(self) -> None:
        if paths := ask_for_folder(self):
            self.import_paths(paths)

    def _file_imported(self, result) -> None:
        if result.status == "imported" and not self._import_refresh.isActive():
            self._import_refresh.start()  # show new events while a long import runs

    def _import_finished(self, summary) -> None:
        self._import_refresh.stop()
        self.refresh_all(keep_view=True)
        if summary is not None:
            self.statusBar().showMessage(summary.line().capitalize() + ".", 8000)

    def import_seeds_in_background(self) -> Task | None:
        """First start: fill an empty database with the bundled examples."""
        from timeline_app.core.importing import import_seeds_if_empty

        if not self.store.is_empty():
            return None
        self.statusBar().showMessage("Importing the bundled example documents…")
        path = self.store.path
        if path == ":memory:":
            import_seeds_if_empty(self.store)
            self.refresh_all(keep_view=False)
            return None

        def work(_task: Task):
            with Store.open(path) as store:
                return import_seeds_if_empty(store)

        def done(summary) -> None:
            if path == self.store.path:
                self.refresh_all(keep_view=False)
            self.statusBar().showMessage(
                "Example documents imported: " + summary.line() if summary else "", 8000)

        self.seed_task = self.runner.run(
            work, on_done=done,
            on_error=lambda exc: self.statusBar().showMessage(
                f"The example documents could not be imported: {exc}", 10000))
        return self.seed_task

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ---------------------------------------------------------------- others
    def show_export_dialog(self) -> None:
        from timeline_app.ui.export_dialog import ExportDialog

        folder = str(self.settings.value("export/folder", "") or "")
        dialog = ExportDialog(self.store, self.event_filter, self.canvas,
                              len(self.columns.get("ids", ())), self, folder)
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
        mode = self.view.lane_choice.currentData()
        for action in self.lanes_group.actions():
            action.setChecked(action.data() == mode)

    def _problem(self, title: str, message: str) -> None:
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
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        lanes = self.settings.value("view/lanes", "kind")
        if lanes in ("kind", "organisation"):
            self.set_lane_mode(str(lanes))
        raw = self.settings.value("filters/last", "")
        try:
            saved = json.loads(str(raw)) if raw else {}
        except ValueError:
            saved = {}
        if isinstance(saved, dict) and saved.get("database") == self.store.path:
            self.filter_pane.set_filter(filter_from_json(saved.get("filter") or {}))

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("view/lanes", self.canvas.lane_mode())
        self.settings.setValue("filters/last", json.dumps(
            {"database": self.store.path, "filter": filter_to_json(self.event_filter)}))
        self._remember_recent(self.store.path)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.import_dialog is not None and self.import_dialog.running:
            self.import_dialog.cancel()
        self.detail_pane.flush_pending_edits()
        self.save_settings()
        self.runner.cancel_all()
        self.store.close()
        super().closeEvent(event)


__all__ = ["MainWindow", "AddEventDialog", "about_text", "filter_from_json", "filter_to_json"]
