"""The import dialog: files or folders in, progress while the window stays
usable, and a line per file at the end (imported / duplicate / failed and why).

The import runs on a worker thread with its own database connection on the
same file (SQLite connections stay on the thread that opened them). Cancel
stops between files: every document already imported is complete and stays.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.import_pace import ImportPace
from timeline_app.core.importing import ImportSummary, import_paths
from timeline_app.core.workers import default_import_workers
from timeline_app.core.models import FileResult
from timeline_app.core.store import Store
from timeline_app.ui.engine_choice import EngineChoice
from timeline_app.ui.import_results import ImportResultsTable
from timeline_app.ui.plain_text import one_line
from timeline_app.ui.tasks import Task, TaskRunner


def file_dialog_filter() -> str:
    """The "Documents (*.txt *.pdf …)" filter for the open-file dialog."""
    from timeline_app.core.readers import SUPPORTED_SUFFIXES

    patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES | {".json"}))
    return f"Documents ({patterns});;All files (*)"


def ask_for_files(parent: QWidget) -> list[str]:
    """Ask for documents to import; an empty list when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, "Import Files", "", file_dialog_filter())
    return list(paths)


def ask_for_folder(parent: QWidget) -> list[str]:
    """Ask for one folder to import recursively; empty when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, "Import Folder")
    return [folder] if folder else []


def _engine_problem(name: str) -> str | None:
    from timeline_app.core.extract.statistical import engine_problem  # no spaCy import

    return engine_problem(name)


class ImportDialog(QDialog):
    """Runs one import at a time into the database at ``db_path``."""

    #: Worker processes for the next import (0 reads in this one); None: as the machine
    #: suits. Set for every dialog from Preferences.
    workers: int | None = None
    #: One file done (its FileResult), so the window can show new events early.
    fileImported = Signal(object)
    #: The run ended: the ImportSummary (None if the database could not be opened).
    importFinished = Signal(object)
    #: Show this document's events in the window (a result double-clicked).
    documentRequested = Signal(int)

    def __init__(self, db_path: str | Path, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle("Import Documents")
        self.db_path = str(db_path)
        self.runner = runner
        self.task: Task | None = None
        self.summary: ImportSummary | None = None
        self._running = False
        # The dialog's own flag: Cancel works even before ``run`` has returned
        # the task (a synchronous runner finishes inside ``run``).
        self._cancel = threading.Event()

        self.intro = QLabel(
            "Choose files or a folder (folders are searched for text, HTML, PDF, Word, "
            "Markdown and e-mail files and Timeline collections), or drop them on the main "
            "window.", self)
        self.intro.setWordWrap(True)
        self.add_files_button = QPushButton("Add &Files…", self)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton("Add F&older…", self)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.engine = EngineChoice(self)
        self._pace = ImportPace()

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%v of %m")
        self.current = QLabel(" ", self)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setObjectName("currentFile")
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        self.results, self.show_button = self._results_and_show_button()

        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton("Close", self)
        self.close_button.clicked.connect(self.accept)

        self._lay_out()
        self.resize(720, 420)

    def _lay_out(self) -> None:
        """Choosing on top, progress and results in the middle, buttons below."""
        choose = QHBoxLayout()
        choose.addWidget(self.add_files_button)
        choose.addWidget(self.add_folder_button)
        choose.addStretch(1)
        choose.addWidget(QLabel("Names:", self))
        choose.addWidget(self.engine)
        buttons = QHBoxLayout()  # Show Events on the left, away from Close
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(choose)
        layout.addWidget(self.progress)
        layout.addWidget(self.current)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _results_and_show_button(self) -> tuple[ImportResultsTable, QPushButton]:
        """The results table and the button that shows a result's events."""
        results = ImportResultsTable(self)
        results.documentRequested.connect(self.documentRequested)
        results.itemSelectionChanged.connect(self._update_show_button)
        button = QPushButton("&Show Events", self)
        button.setToolTip("Show the events of the selected file in the window "
                          "(or double-click its row)")
        button.setEnabled(False)
        button.clicked.connect(self._show_current)
        return results, button

    # -------------------------------------------------------------- choosing
    def choose_files(self) -> None:
        if paths := ask_for_files(self):
            self.start(paths)

    def choose_folder(self) -> None:
        if paths := ask_for_folder(self):
            self.start(paths)

    @property
    def running(self) -> bool:
        return self._running

    # --------------------------------------------------------------- running
    def start(self, paths: Sequence[str | Path]) -> None:
        """Import ``paths`` (files and folders) on the worker thread."""
        if self.running or not paths:
            return
        chosen = [str(p) for p in paths]
        nlp = self.engine.engine()
        if nlp and (problem := _engine_problem(nlp)):
            self.status.setText(problem)
            return
        self.summary = None
        self._pace = ImportPace()
        self.results.setRowCount(0)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setValue(0)
        self.status.setText("")
        self.current.setText("Looking for documents…")
        self._set_running(True)
        self._cancel.clear()
        cancel = self._cancel
        db_path = self.db_path
        workers = self.workers if self.workers is not None else default_import_workers()

        def work(task: Task) -> ImportSummary:
            # Opened here, on the worker thread, and closed before returning.
            with Store.open(db_path) as store:
                # Each result reaches the table through on_result; keeping
                # them in the summary too would grow with every file.
                return import_paths(store, chosen, progress=task.report, on_result=task.send,
                                    cancel=lambda: task.cancelled or cancel.is_set(),
                                    keep_results=False, workers=workers,
                                    isolate=True, nlp=nlp)

        self.task = self.runner.run(work, on_done=self._finished, on_error=self._failed,
                                    on_progress=self._progress, on_message=self._one_result)

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.current.setText("Cancelling after the current file…")

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.add_files_button.setEnabled(not running)
        self.add_folder_button.setEnabled(not running)
        self.engine.setEnabled(not running)

    def _progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"%v of {total}")
        if path:
            pace = self._pace.describe(done, total)
            self.current.setText(one_line(f"Reading {Path(path).name}" + (f" ({pace})" if pace else ""), 200))
        elif total:
            self.current.setText("Finished.")

    def _one_result(self, result: object) -> None:
        assert isinstance(result, FileResult)
        self.results.add_result(result)
        self.fileImported.emit(result)

    def _update_show_button(self) -> None:
        self.show_button.setEnabled(self.results.current_document_id() is not None)

    def _show_current(self) -> None:
        if (document_id := self.results.current_document_id()) is not None:
            self.documentRequested.emit(document_id)

    def _finished(self, summary: object) -> None:
        assert isinstance(summary, ImportSummary)
        self.summary = summary
        self._set_running(False)
        self.current.setText("Cancelled." if summary.cancelled else "Finished.")
        text = summary.line().capitalize() + "."
        if summary.cancelled:
            text += " Everything imported before Cancel was kept."
        self.status.setText(text)
        self.importFinished.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.current.setText("The import could not start.")
        self.status.setText(str(exc) or exc.__class__.__name__)
        self.importFinished.emit(None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running:
            self.cancel()  # closes once the current file is done
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()
