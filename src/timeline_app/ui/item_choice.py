"""One choice per user action in an item view: the mouse or Enter, never both.

Qt emits ``activated`` for a double-click (or, on some desktops, a single
click) as well as ``clicked``/``doubleClicked``; a view wired to both ran
its action twice for one double-click (two jumps, two profile loads). Here
the mouse speaks through one signal and the keyboard through Enter only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterChooses(QObject):
    """Enter on the view's current item calls back (and goes no further)."""

    def __init__(self, view: QAbstractItemView, callback: Callable[[QModelIndex], object]) -> None:
        super().__init__(view)
        self._view = view
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and event.key() in _ENTER_KEYS
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            index = self._view.currentIndex()
            if index.isValid():
                self._callback(index)
                return True
        return False


def choose_on(view: QAbstractItemView, callback: Callable[[QModelIndex], object], *,
              double_click: bool = False) -> None:
    """Call ``callback(index)`` once per choice: a click (or a double-click when
    ``double_click``, where a single click only selects) or Enter."""
    mouse = view.doubleClicked if double_click else view.clicked
    mouse.connect(callback)
    view.installEventFilter(_EnterChooses(view, callback))


__all__ = ["choose_on"]
