"""How files come into the window: the import dialog, drag and drop, and the
bundled examples on first start.

A mixin of ``MainWindow`` (it reads the window's store, runner, status bar
and refresh timer), kept apart so the window class stays about the panes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from timeline_app.core.store import Store
from timeline_app.ui.document_events import show_document_events
from timeline_app.ui.import_dialog import ImportDialog, ask_for_files, ask_for_folder
from timeline_app.ui.tasks import Task


class WindowImports:
    """The window's import entry points (mixed into ``MainWindow``)."""

    def ensure_import_dialog(self) -> ImportDialog:
        if self.import_dialog is None or self.import_dialog.db_path != self.store.path:
            dialog = ImportDialog(self.store.path, self.runner, self)
            dialog.fileImported.connect(self._file_imported)
            dialog.importFinished.connect(self._import_finished)
            dialog.documentRequested.connect(lambda i: show_document_events(self, i))
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


__all__ = ["WindowImports"]
