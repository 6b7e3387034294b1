"""Which databases the person has used: the last one (opened at start) and
a short most-recent-first list for File ▸ Open Recent, kept in QSettings;
and the file dialogs that choose another database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

MAX_RECENT = 8
_FILE_TYPES = "Timeline databases (*.db *.sqlite *.sqlite3);;All files (*)"


class RecentDatabases:
    """The recently used databases in ``settings``, most recent first."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[str]:
        value = self._settings.value("database/recent", [])
        if isinstance(value, str):  # QSettings returns a lone entry as a string
            value = [value]
        return [str(v) for v in value or []]

    def remember(self, path: str) -> None:
        """Put ``path`` first and make it the one opened next time."""
        if path == ":memory:":
            return
        others = [p for p in self.paths() if p != path]
        self._settings.setValue("database/recent", [path] + others[: MAX_RECENT - 1])
        self._settings.setValue("database/last", path)

    def fill_menu(self, menu: QMenu, current: str, open_path: Callable[[str], object]) -> None:
        """List the recent databases in ``menu``; the open one and missing files are greyed."""
        menu.clear()
        for path in self.paths():
            action = menu.addAction(path)
            action.setEnabled(Path(path).exists() and path != current)
            action.triggered.connect(lambda _c=False, p=path: open_path(p))
        if menu.isEmpty():
            menu.addAction("No recent databases").setEnabled(False)


def ask_for_database(parent: QWidget, current: str, new: bool = False) -> str:
    """A database chosen in a file dialog next to ``current`` ('' if cancelled)."""
    folder = Path(current).parent
    if new:
        path, _ = QFileDialog.getSaveFileName(parent, "New Database",
                                              str(folder / "timeline.db"),
                                              "Timeline databases (*.db)")
    else:
        path, _ = QFileDialog.getOpenFileName(parent, "Open Database", str(folder), _FILE_TYPES)
    return path


__all__ = ["MAX_RECENT", "RecentDatabases", "ask_for_database"]
