"""Ctrl+Z in an edit box undoes the window's last edit once the box has none.

The event pane saves a field when the person leaves it or presses Enter; the
box then holds nothing of its own to undo, yet it still claimed Ctrl+Z, so
pressing it right after changing a title did nothing at all (the window's
Undo never heard the key). This filter lets the keys through to the window's
Undo and Redo whenever the box itself has nothing to undo or redo; while
typing, Ctrl+Z still undoes the typing first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


def _can(widget: QObject, redo: bool) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return True


class WindowUndoKeys(QObject):
    """Installed on edit boxes: passes Undo/Redo keys on when they have no history."""

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            for key, redo in ((QKeySequence.StandardKey.Undo, False),
                              (QKeySequence.StandardKey.Redo, True)):
                if event.matches(key) and not _can(watched, redo):
                    event.ignore()
                    return True  # not claimed: the window's shortcut runs
        return False


__all__ = ["WindowUndoKeys"]
