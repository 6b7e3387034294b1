"""The Network pane's place in the main window: a dock beside the event list,
hidden until View ▸ Network (Ctrl+Shift+G) shows it, and its wiring.

Kept out of ``main_window`` so the window only has to call
``install_network_dock`` once and hand the pane each new filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from timeline_app.ui.network_view import NetworkPane

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+G"


def install_network_dock(window: MainWindow) -> NetworkPane:
    """Give ``window`` its ``network_pane``, ``network_dock`` and ``network_action``."""
    pane = NetworkPane(window.runner, window)
    dock = QDockWidget("Network", window)
    dock.setObjectName("networkDock")
    dock.setWidget(pane)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.table_dock, dock)
    dock.hide()
    dock.visibilityChanged.connect(pane.set_active)
    # A node chosen in the network filters the timeline to it, as a link does.
    pane.entityChosen.connect(window.filter_pane.show_only)
    # ... and opens its profile, as the issue asks of a chosen node.
    pane.profile_requested.connect(window.profiles.open_profile)
    action = QAction("&Network", window, checkable=True)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setStatusTip("Who shares events with whom, and the cast over time")
    window.addAction(action)  # the shortcut works even with the menu bar hidden
    action.toggled.connect(lambda on: _show(window, dock, on))
    dock.visibilityChanged.connect(lambda _shown: action.setChecked(not dock.isHidden()))
    window.network_pane, window.network_dock, window.network_action = pane, dock, action
    return pane


def _show(window: MainWindow, dock: QDockWidget, on: bool) -> None:
    if not on:
        dock.hide()
        return
    dock.show()
    dock.raise_()
    # A network needs room: at least half the window's height.
    if not dock.isFloating() and dock.height() < window.height() // 2:
        window.resizeDocks([dock], [window.height() // 2], Qt.Orientation.Vertical)
