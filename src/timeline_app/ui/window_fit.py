"""Sizing the window to the screen it opens on.

A window larger than the screen hides its own event list and status bar, so
the first window (and a restored one on a smaller screen) is fitted to the
screen's available geometry, and the side panes get a share of the width
that leaves the timeline the larger part. The arithmetic is plain so it can
be tested with any screen size, not only the one the tests run on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

#: The size the window prefers when the screen has room for it.
PREFERRED = QSize(1360, 860)
#: On a larger screen the first window takes this share of it (a timeline
#: wants the width: at 1920x1080 a 1360-pixel window left a third unused).
SCREEN_SHARE = 0.9
#: Room kept for a window manager's borders (left plus right) and title bar
#: plus bottom border, which the window's own geometry does not include.
FRAME_ALLOWANCE = QSize(8, 36)
#: Of that height, the title bar above the window's own geometry.
TITLE_BAR = 32


def screen_space(window: QWidget) -> QRect:
    """The available geometry (without panels and docks) of the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *PREFERRED.toTuple())


def fitted_geometry(available: QRect, current: QSize | None = None) -> QRect:
    """Where a window goes on a screen with ``available`` space: its
    ``current`` size (the preferred one by default) shrunk to fit, centred."""
    wanted = current if current is not None else QSize(
        max(PREFERRED.width(), int(available.width() * SCREEN_SHARE)),
        max(PREFERRED.height(), int(available.height() * SCREEN_SHARE)))
    width = min(wanted.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(wanted.height(), available.height() - FRAME_ALLOWANCE.height())
    left = available.left() + (available.width() - width) // 2
    spare = max(0, available.height() - FRAME_ALLOWANCE.height() - height)
    return QRect(left, available.top() + spare // 2 + TITLE_BAR, max(width, 1), max(height, 1))


def pane_sizes(width: int, height: int) -> tuple[int, int, int]:
    """Filter pane width, event pane width and event list height for a window
    of ``width`` x ``height``: the timeline keeps at least half the width."""
    filters = min(300, max(250, width * 22 // 100))
    detail = min(360, max(220, width * 24 // 100))
    table = min(240, max(110, height * 24 // 100))
    return filters, detail, table


def fit_dialog(dialog: QWidget, width: int, height: int, available: QRect | None = None) -> None:
    """Give ``dialog`` its starting size, shrunk to fit ``available`` (its
    parent's screen by default) with a window manager's frame: a 680-pixel
    dialog ran off a 640-pixel screen, its Close button out of reach."""
    space = available if available is not None else screen_space(dialog.parentWidget() or dialog)
    dialog.resize(fitted_geometry(space, QSize(width, height)).size())


def fit_window(window: MainWindow, available: QRect | None = None,
               keep_size: bool = False) -> None:
    """Size and place ``window`` inside ``available`` (its screen's by default).

    Without ``keep_size`` it takes the preferred size, shrunk to fit; with it,
    a restored size is only shrunk when it no longer fits.
    """
    space = available if available is not None else screen_space(window)
    geometry = fitted_geometry(space, window.size() if keep_size else None)
    if keep_size and space.contains(window.frameGeometry()):
        return
    window.setGeometry(geometry)
    filters, detail, table = pane_sizes(geometry.width(), geometry.height())
    window.resizeDocks([window.filter_dock, window.detail_dock], [filters, detail],
                       Qt.Orientation.Horizontal)
    window.resizeDocks([window.table_dock], [table], Qt.Orientation.Vertical)


__all__ = ["FRAME_ALLOWANCE", "PREFERRED", "fit_dialog", "fit_window", "fitted_geometry", "pane_sizes", "screen_space"]
