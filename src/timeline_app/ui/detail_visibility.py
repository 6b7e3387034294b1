"""The event pane gives its space to the timeline until an event is selected.

An empty "Event" pane on a small screen takes a third of the width and says
nothing. So, by default, the pane is hidden while nothing is selected and
comes back with the first selection. Closing it while an event is shown
(its close button, or View ▸ Event) is a choice the window remembers: the
pane then stays closed until it is asked for again. Showing it from the View
menu while nothing is selected pins it open. The choice lives in QSettings
under ``view/detail_pane`` ("auto", "hidden" or "pinned").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from timeline_app.ui.canvas import TimelineCanvas

SETTING = "view/detail_pane"
MODES = ("auto", "hidden", "pinned")


class DetailPaneVisibility(QObject):
    """Shows and hides the event pane's dock as the selection and the user decide."""

    def __init__(self, dock: QDockWidget, canvas: TimelineCanvas, settings: QSettings) -> None:
        super().__init__(dock)
        self._dock = dock
        self._settings = settings
        mode = str(settings.value(SETTING, "auto"))
        self.mode = mode if mode in MODES else "auto"
        self._has_selection = False
        self._applying = False
        dock.installEventFilter(self)
        dock.toggleViewAction().triggered.connect(self._toggled_by_user)
        # The canvas holds the one selection (the list and links mirror into it).
        canvas.selectionChanged.connect(self.selection_changed)

    def selection_changed(self, ids: list) -> None:
        """The selection changed: show or hide the pane as the mode says."""
        self._has_selection = bool(ids)
        self.apply()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Dock changes inside are not the person's (restoring the saved layout)."""
        was, self._applying = self._applying, True
        try:
            yield
        finally:
            self._applying = was

    def apply(self) -> None:
        """Make the dock's visibility match the mode and the selection."""
        wanted = self.mode == "pinned" or (self.mode == "auto" and self._has_selection)
        if wanted == self._dock.isHidden():  # isHidden: right before the window is shown too
            with self.paused():
                self._dock.setVisible(wanted)

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        self._settings.setValue(SETTING, mode)

    def _toggled_by_user(self, checked: bool) -> None:
        if checked:
            self._set_mode("auto" if self._has_selection else "pinned")
        else:
            self._set_mode("hidden" if self._has_selection else "auto")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The dock's own close button sends it a Close event; so does
        # restoring the saved layout, which runs paused, like apply().
        if watched is self._dock and event.type() == QEvent.Type.Close and not self._applying:
            self._set_mode("hidden" if self._has_selection else "auto")
        return False


__all__ = ["DetailPaneVisibility", "MODES", "SETTING"]
