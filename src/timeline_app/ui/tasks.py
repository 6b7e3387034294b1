"""Background work for the window: a function run on a QThread, with
progress, a result or an error handed back on the GUI thread, and a cancel
flag the function checks between steps.

SQLite connections must not cross threads, so a task that touches the
database opens its own ``Store`` inside the function. Tests use
``TaskRunner(synchronous=True)``: the function then runs at once on the
calling thread and the callbacks fire before ``run`` returns.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    """Lives on the worker thread; runs the function once and reports."""

    progress = Signal(int, int, str)
    message = Signal(object)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    @Slot()
    def run(self) -> None:
        self._task._execute(self.progress.emit, self.message.emit, self.done.emit,
                            self.failed.emit)


class Task(QObject):
    """One unit of background work, owned by the GUI thread.

    The function receives the task: it calls ``task.report(done, total, label)``
    and checks ``task.cancelled`` between steps.
    """

    progress = Signal(int, int, str)
    message = Signal(object)  # anything the function sends along the way
    finished = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception
    ended = Signal()  # after finished or failed, always

    def __init__(self, fn: Callable[[Task], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._report: Callable[[int, int, str], None] = self.progress.emit
        self._send: Callable[[object], None] = self.message.emit
        self.is_running = False

    # -- API for the function -------------------------------------------
    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, label: str = "") -> None:
        self._report(done, total, label)

    def send(self, value: object) -> None:
        """Hand ``value`` to the GUI thread (e.g. one file's import result)."""
        self._send(value)

    # -- API for the window ---------------------------------------------
    def cancel(self) -> None:
        """Ask the function to stop at its next check; safe from any thread."""
        self._cancel.set()

    def _execute(self, report, send, on_done, on_failed) -> None:
        self._report, self._send = report, send
        try:
            result = self._fn(self)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI as a message
            exc.__timeline_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            on_failed(exc)
        else:
            on_done(result)

    # Queued from the worker thread: these run on the GUI thread.
    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, label: str) -> None:
        self.progress.emit(done, total, label)

    @Slot(object)
    def _relay_message(self, value: object) -> None:
        self.message.emit(value)

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        self.is_running = False
        self.finished.emit(result)
        self.ended.emit()

    @Slot(object)
    def _relay_failed(self, exc: object) -> None:
        self.is_running = False
        self.failed.emit(exc)
        self.ended.emit()


class TaskRunner(QObject):
    """Starts tasks on their own threads and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._running: dict[Task, tuple[QThread, _Worker]] = {}

    def run(
        self,
        fn: Callable[[Task], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_message: Callable[[object], None] | None = None,
    ) -> Task:
        """Run ``fn(task)`` in the background; callbacks run on the GUI thread."""
        task = Task(fn, self)
        if on_progress:
            task.progress.connect(on_progress)
        if on_message:
            task.message.connect(on_message)
        if on_done:
            task.finished.connect(on_done)
        if on_error:
            task.failed.connect(on_error)
        task.is_running = True
        if self.synchronous:
            task._execute(task.progress.emit, task.message.emit, task._relay_done,
                          task._relay_failed)
            return task
        thread = QThread(self)
        worker = _Worker(task)
        worker.moveToThread(thread)
        worker.progress.connect(task._relay_progress)
        worker.message.connect(task._relay_message)
        worker.done.connect(task._relay_done)
        worker.failed.connect(task._relay_failed)
        thread.started.connect(worker.run)
        task.ended.connect(thread.quit)
        # A bound slot of this GUI-thread object: queued, so the clean-up
        # runs on the GUI thread, never on the thread that is ending.
        thread.finished.connect(self._thread_finished)
        self._running[task] = (thread, worker)
        thread.start()
        return task

    @Slot()
    def _thread_finished(self) -> None:
        thread = self.sender()
        for task, (running, _worker) in list(self._running.items()):
            if running is thread:
                del self._running[task]  # drops the worker (owned by Python)
                running.wait()  # let the thread leave run() before it is deleted
                running.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self, wait_ms: int = 10_000) -> None:
        """Cancel every task and wait for its thread (closing the window)."""
        for task, (thread, _worker) in list(self._running.items()):
            task.cancel()
            thread.quit()
            thread.wait(wait_ms)
