"""Help ▸ Keyboard Shortcuts and Help ▸ Guide.

The shortcut list is built each time it opens from the window's menus (every
action with a shortcut, grouped by the menu it sits in) and from the canvas's
declared keys (``canvas_keys``), so it can never drift from what the keys do.
The guide is our own short text, shown read-only with links switched off.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMainWindow, QMenu, QTextBrowser,
    QTreeView, QVBoxLayout, QWidget,
)

from timeline_app.ui.canvas_keys import CANVAS_GESTURES, POINTER_GESTURES
from timeline_app.ui.guide_text import GUIDE_MARKDOWN
from timeline_app.ui.plain_text import tooltip
from timeline_app.ui.window_fit import fit_dialog

TIMELINE_GROUP = "Timeline (when it has the focus)"


def _menu_title(menu: QMenu) -> str:
    return menu.title().replace("&", "")


def _action_text(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action text, keys)]) for every menu action with a shortcut,
    submenus listed under their own title, in menu order."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def visit(menu: QMenu, title: str) -> None:
        rows: list[tuple[str, str]] = []
        groups.append((title, rows))
        for action in menu.actions():
            if action.menu() is not None:
                visit(action.menu(), f"{title} ▸ {_menu_title(action.menu())}")
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in action.shortcuts())
                rows.append((_action_text(action), keys))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            visit(action.menu(), _menu_title(action.menu()))
    return [(title, rows) for title, rows in groups if rows]


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """What the shortcuts dialog lists: the menus' shortcuts, then the timeline's keys."""
    canvas = [(g.what, g.how) for g in CANVAS_GESTURES]
    canvas += [(what, how) for how, what in POINTER_GESTURES]
    return menu_shortcuts(window) + [(TIMELINE_GROUP, canvas)]


def _lay_out_with_close(dialog: QDialog, content: QWidget, width: int, height: int,
                        available: QRect | None) -> None:
    """``content`` above a Close button, the dialog at its starting size
    (smaller on a small screen: the content scrolls, the button stays)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    fit_dialog(dialog, width, height, available)


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, grouped by menu, in a read-only tree."""

    def __init__(self, window: QMainWindow, available: QRect | None = None) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard Shortcuts")
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels(["Action", "Keys"])
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # the timeline's gestures take a sentence to explain
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        _lay_out_with_close(self, self.view, 680, 640, available)
        self.refresh(window)

    def refresh(self, window: QMainWindow) -> None:
        """Rebuild the list from the window's menus as they are now."""
        self.model.removeRows(0, self.model.rowCount())
        for title, rows in shortcut_groups(window):
            group = QStandardItem(title)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for text, keys in rows:
                action, shortcut = QStandardItem(text), QStandardItem(keys)
                action.setToolTip(tooltip(text))  # the whole sentence when the column is narrow
                group.appendRow([action, shortcut])
            self.model.appendRow([group, QStandardItem("")])
        self.view.expandAll()

    def listed(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) rows as shown, for tests and accessibility."""
        rows = []
        for g in range(self.model.rowCount()):
            group = self.model.item(g, 0)
            for r in range(group.rowCount()):
                rows.append((group.text(), group.child(r, 0).text(), group.child(r, 1).text()))
        return rows


class GuideDialog(QDialog):
    """The built-in guide: import, filter, read, correct, export."""

    def __init__(self, parent: QWidget | None = None, available: QRect | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle("Timeline Guide")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)  # our text has no links; none may open anything
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(GUIDE_MARKDOWN)
        # Mouse selection for copying; the keys scroll (no text cursor in the page).
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _lay_out_with_close(self, self.browser, 700, 720, available)


def _shown(dialog: QDialog) -> QDialog:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Open (or bring forward, refreshed) the window's shortcuts dialog."""
    dialog = window.findChild(ShortcutsDialog)
    if dialog is None:
        dialog = ShortcutsDialog(window)
    else:
        dialog.refresh(window)
    return _shown(dialog)


def show_guide(window: QMainWindow) -> GuideDialog:
    """Open (or bring forward) the guide."""
    dialog = window.findChild(GuideDialog) or GuideDialog(window)
    return _shown(dialog)


__all__ = ["GuideDialog", "ShortcutsDialog", "menu_shortcuts", "shortcut_groups",
           "show_guide", "show_shortcuts"]
