"""The main window's actions, menus and toolbar.

Every action is an attribute of the window (``window.delete_action``,
``window.undo_action``…): scripts, tests and the menus all reach them there.
Texts, shortcuts and icons are kept in this one place so the menu bar and the
toolbar can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from timeline_app.ui.organisation_views import OrganisationViews

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


def _action(window: MainWindow, text: str, slot: Callable[[], object],
            shortcut: Shortcut = None, icon: QStyle.StandardPixmap | None = None,
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def create_actions(window: MainWindow) -> None:
    """Give ``window`` its actions (one per menu entry)."""
    _help_and_preferences_actions(window)
    _file_actions(window)
    _edit_actions(window)
    _view_actions(window)
    window.organisation_views = OrganisationViews(window)
    window.about_action = _action(window, "&About Timeline", window.show_about)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)


def _help_and_preferences_actions(window: MainWindow) -> None:
    from timeline_app.ui import help_dialogs, window_preferences

    # Loaded before the panes fill, so the first paint has the chosen theme and dates.
    window.preferences = window_preferences.start_preferences(window)
    window.preferences_action = _action(
        window, "Pre&ferences…", lambda: window_preferences.show_preferences(window), "Ctrl+,",
        tip="Theme, dates, lanes at start, import workers")
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    window.shortcuts_action = _action(window, "&Keyboard Shortcuts",
                                      lambda: help_dialogs.show_shortcuts(window), "Ctrl+/",
                                      tip="Every key and gesture, grouped by menu")
    window.guide_action = _action(window, "&Guide", lambda: help_dialogs.show_guide(window),
                                  QKeySequence.StandardKey.HelpContents,
                                  tip="A short tour: import, filter, read, correct, export")


def _file_actions(window: MainWindow) -> None:
    sp = QStyle.StandardPixmap
    key = QKeySequence.StandardKey
    window.import_files_action = _action(
        window, "Import &Files…", window.choose_import_files, key.Open, sp.SP_DialogOpenButton,
        "Import documents (text, HTML, PDF, Word, Markdown, e-mail)")
    window.import_folder_action = _action(
        window, "Import F&older…", window.choose_import_folder, "Ctrl+Shift+O",
        sp.SP_DirOpenIcon, "Import every document in a folder and its subfolders")
    window.export_action = _action(window, "&Export…", window.show_export_dialog, "Ctrl+E",
                                   sp.SP_DialogSaveButton, "Export what the filters show")
    window.open_db_action = _action(window, "Open &Database…", window.choose_database,
                                    "Ctrl+Shift+D")
    window.new_db_action = _action(window, "&New Database…", window.choose_new_database,
                                   key.New)
    window.quit_action = _action(window, "&Quit", window.close, key.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)


def _edit_actions(window: MainWindow) -> None:
    sp = QStyle.StandardPixmap
    key = QKeySequence.StandardKey
    window.undo_action = window.undo_stack.createUndoAction(window, "&Undo")
    window.undo_action.setShortcut(QKeySequence(key.Undo))
    window.undo_action.setIcon(window.style().standardIcon(sp.SP_ArrowBack))
    window.redo_action = window.undo_stack.createRedoAction(window, "&Redo")
    window.redo_action.setShortcut(QKeySequence(key.Redo))
    window.redo_action.setIcon(window.style().standardIcon(sp.SP_ArrowForward))
    window.find_action = _action(window, "&Find", window.focus_search, key.Find,
                                 tip="Search the documents")
    window.go_to_action = _action(window, "&Go To…", window.profiles.show_go_to, "Ctrl+K",
                                  tip="Go to an organisation, person, event or document")
    window.add_event_action = _action(window, "&Add Event…", window.show_add_event_dialog,
                                      "Ctrl+Shift+N", sp.SP_FileDialogNewFolder,
                                      "Add an event by hand")
    window.delete_action = _action(window, "&Delete", window.delete_selected, key.Delete,
                                   tip="Delete the selected events")
    window.merge_action = _action(window, "&Merge Selected Events", window.merge_selected,
                                  "Ctrl+M", tip="Make the selected events one event with all "
                                  "their sources")
    window.clear_filters_action = _action(window, "&Clear Filters", window.filter_pane.clear,
                                          "Ctrl+Shift+L", sp.SP_DialogResetButton)


def _choices(window: MainWindow, entries: list[tuple[str, str]],
             choose: Callable[[str], object]) -> tuple[QActionGroup, list[QAction]]:
    """Exclusive checkable actions, one per (text, value); the first is checked."""
    group = QActionGroup(window)
    group.setExclusive(True)
    actions = []
    for text, value in entries:
        action = QAction(text, window, checkable=True)
        action.setData(value)
        group.addAction(action)
        action.triggered.connect(lambda _c=False, v=value: choose(v))
        actions.append(action)
    actions[0].setChecked(True)
    return group, actions


def _view_actions(window: MainWindow) -> None:
    key = QKeySequence.StandardKey
    window.lanes_group, (window.lanes_by_kind_action, window.lanes_by_org_action) = _choices(
        window, [("Lanes by &Kind", "kind"), ("Lanes by &Organisation", "organisation")],
        window.set_lane_mode)
    window.lane_order_group, (window.lanes_by_count_action, window.lanes_by_name_action) = (
        _choices(window, [("Busiest Organisations &First", "count"),
                          ("Organisations by &Name", "name")], window.canvas.set_lane_order))
    canvas = window.canvas
    window.fit_action = _action(window, "&Fit", lambda: canvas.fit_all(), "Ctrl+0",
                                tip="Fit where the events are; again to show every dated event")
    window.zoom_in_action = _action(window, "Zoom &In", canvas.zoom_in, key.ZoomIn)
    window.zoom_out_action = _action(window, "Zoom &Out", canvas.zoom_out, key.ZoomOut)


def check_data(group: QActionGroup, value: object, trigger: bool = False) -> None:
    """Check the action of ``group`` whose data is ``value`` (and run it, with ``trigger``)."""
    for action in group.actions():
        if action.data() == value:
            action.trigger() if trigger else action.setChecked(True)
        elif not group.isExclusive():
            action.setChecked(False)


def create_menus(window: MainWindow) -> None:
    """The menu bar: File, Edit, View, Help."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([window.import_files_action, window.import_folder_action,
                          window.export_action])
    file_menu.addSeparator()
    file_menu.addActions([window.open_db_action, window.new_db_action])
    window.recent_menu = file_menu.addMenu("Open &Recent")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.find_action, window.go_to_action,
                          window.clear_filters_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.add_event_action, window.delete_action, window.merge_action])
    edit_menu.addSeparator()
    edit_menu.addAction(window.preferences_action)

    view_menu = bar.addMenu("&View")
    view_menu.addActions([window.lanes_by_kind_action, window.lanes_by_org_action])
    order_menu = view_menu.addMenu("Order &Lanes")
    order_menu.addActions(window.lane_order_group.actions())
    view_menu.addSeparator()
    view_menu.addActions(window.organisation_views.actions())
    view_menu.addSeparator()
    view_menu.addActions([window.fit_action, window.zoom_in_action, window.zoom_out_action])
    view_menu.addSeparator()
    for dock in (window.filter_dock, window.detail_dock, window.table_dock):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addAction(window.network_action)

    help_menu = bar.addMenu("&Help")
    help_menu.addActions([window.guide_action, window.shortcuts_action])
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)


def create_toolbar(window: MainWindow) -> QToolBar:
    """The main toolbar (import, export, undo/redo, add event, clear filters)."""
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([window.import_files_action, window.import_folder_action,
                        window.export_action])
    toolbar.addSeparator()
    toolbar.addActions([window.undo_action, window.redo_action])
    toolbar.addSeparator()
    toolbar.addActions([window.add_event_action, window.clear_filters_action])
    window.addToolBar(toolbar)
    return toolbar


__all__ = ["check_data", "create_actions", "create_menus", "create_toolbar"]
