"""Starting the window: the application object, the database, the first start.

``run_gui`` is what ``timeline-app gui`` calls. A database that cannot be
opened is explained in a sentence, with the choice of another file (and,
when it is damaged, of repairing it into a new one); no traceback ever
reaches the person. On the first start the bundled example
documents are imported on a worker thread, so the window appears at once.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from timeline_app import __version__
from timeline_app.core.desktop_install import resource_path
from timeline_app.core.errors import StoreError
from timeline_app.core.paths import default_db_path
from timeline_app.core.repair import repair_database
from timeline_app.core.store import Store
from timeline_app.core.store.health import DamagedDatabaseError

if TYPE_CHECKING:  # imported when the window is built, after the database opened
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.tasks import TaskRunner

APP_NAME = "Timeline"
ORGANISATION = "Timeline"
ORGANISATION_DOMAIN = "timeline-app.org"


def icon_path() -> Path | None:
    """The window icon: inside the installed package, or the checkout's resources/."""
    try:
        return resource_path("timeline-app.svg")
    except FileNotFoundError:
        return None


def application() -> QApplication:
    """The one QApplication, named so QSettings finds its file."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("timeline-app")
    icon = icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _problem_box(exc: StoreError) -> QMessageBox:
    """The warning for a database that cannot be opened; a damaged one says so
    in its title and names ``timeline-app repair`` in its (plain) text."""
    title = ("The database is damaged" if isinstance(exc, DamagedDatabaseError)
             else "Cannot open the database")
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(exc))
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _repair_and_report(path: Path) -> Path | None:
    """Repair ``path`` into a new database beside it; the new file, or None."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = repair_database(path)
    except StoreError as exc:
        QApplication.restoreOverrideCursor()
        _problem_box(exc).exec()
        return None
    QApplication.restoreOverrideCursor()
    box = QMessageBox(QMessageBox.Icon.Information, "Repaired", "\n".join(report.lines()))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return report.target if report.saved_anything else None


def open_store_interactively(path: Path) -> Store | None:
    """Open ``path``; if that fails, explain and let the person pick another
    file (or, for a damaged one, repair it into a new file), or give up (None)."""
    while True:
        try:
            return Store.open(path)
        except StoreError as exc:
            box = _problem_box(exc)
            repair = None
            if isinstance(exc, DamagedDatabaseError):
                repair = box.addButton("Repair Into a New Database…",
                                       QMessageBox.ButtonRole.ActionRole)
            choose = box.addButton("Choose Another Database…", QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            clicked = box.clickedButton()
            if repair is not None and clicked is repair:
                path = _repair_and_report(path) or path
                continue
            if clicked is not choose:
                return None
            chosen, _ = QFileDialog.getSaveFileName(
                None, "Open or Create a Database", str(default_db_path()),
                "Timeline databases (*.db *.sqlite *.sqlite3);;All files (*)",
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not chosen:
                return None
            path = Path(chosen)


def starting_database(db_path: Path | None, settings: QSettings) -> Path:
    """``--db`` if given, else the last database used (if it still exists), else the default."""
    if db_path is not None:
        return Path(db_path)
    last = settings.value("database/last", "")
    if last and Path(str(last)).is_file():
        return Path(str(last))
    return default_db_path()


def show_window(store: Store, settings: QSettings, paths: Sequence[str | Path] = (),
                runner: TaskRunner | None = None) -> MainWindow:
    """The window on ``store``, shown, importing ``paths`` through the import
    dialog (with its progress); with no paths, an empty database gets the
    bundled examples instead."""
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(store, settings=settings, runner=runner)
    window.show()
    if paths:
        window.import_paths([str(p) for p in paths])
    else:
        window.import_seeds_in_background()
    return window


def run_gui(db_path: Path | None, paths: Sequence[str | Path] = ()) -> int:
    """Show the window on ``db_path`` (or the last/default database), importing
    ``paths`` (files or folders) once it is open; the exit code."""
    app = application()
    settings = QSettings()
    store = open_store_interactively(starting_database(db_path, settings))
    if store is None:
        return 2
    window = show_window(store, settings, paths)  # kept alive while the loop runs
    code = int(app.exec())
    window.deleteLater()
    return code
