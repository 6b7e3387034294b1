"""Edits that met another program's lock wait here, in order, and are
tried again on a timer instead of being lost or freezing the window.

The window's connection waits only briefly for the database (see
``WINDOW_BUSY_TIMEOUT_MS``). An edit that still finds it locked becomes a
``PendingEdit``; every later edit queues behind it so that the order the
person made them is the order they land. The status bar says what is
waiting and offers Cancel, which drops them all and lets each one put the
window back as it was.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QStatusBar, QWidget

from timeline_app.core.errors import StoreError, TimelineError, is_lock_error, store_write_error
from timeline_app.core.store import Store
from timeline_app.ui.plain_text import message_box, plain, tooltip

#: How long an edit from the window waits for the lock before it is kept for later.
WINDOW_BUSY_TIMEOUT_MS = 150
#: A retry waits less: it runs on the GUI thread again and again while another
#: program writes, and the timer between retries does the real waiting.
RETRY_BUSY_TIMEOUT_MS = 40
FIRST_RETRY_MS = 250
LONGEST_RETRY_MS = 1000


def _nothing() -> None:
    return None


@dataclass
class PendingEdit:
    """One write and what the window does when it lands, is refused or dropped."""

    label: str
    attempt: Callable[[], Any]  # the write (one transaction); raises on failure
    landed: Callable[[Any], None]  # given what ``attempt`` returned
    refused: Callable[[TimelineError], None]  # a reason for the person
    discarded: Callable[[], None] = field(default=_nothing)  # Cancel: undo any UI step


def edits_text(count: int) -> str:
    return f"{count} edit{'s' if count != 1 else ''}"


def ask_about_waiting_edits(parent: QWidget, count: int) -> str:
    """Closing with edits still waiting: "wait", "discard" or "cancel" (keep the window)."""
    box = message_box(QMessageBox.Icon.Question, "Edits are waiting",
                      f"{edits_text(count).capitalize()} {'is' if count == 1 else 'are'} "
                      "waiting for another program to release the database. Timeline can "
                      "close once they are saved, or close now and discard them.",
                      QMessageBox.StandardButton.NoButton, parent)
    wait = box.addButton("Save, Then Close", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard Edits", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(wait)
    box.exec()
    clicked = box.clickedButton()
    return "wait" if clicked is wait else "discard" if clicked is discard else "cancel"


class PendingEdits(QObject):
    """The queue of waiting edits, its retry timer and its status-bar widget."""

    countChanged = Signal(int)
    #: After Cancel: how many edits were dropped (the window shows stored values again).
    discardedAll = Signal(int)

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[PendingEdit] = deque()
        self._store: Store | None = None
        self._status_bar = status_bar
        self._delay_ms = FIRST_RETRY_MS
        self._then: Callable[[], None] | None = None  # run once all have landed (closing)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry)
        self.widget = QWidget(status_bar)
        self.widget.setObjectName("pendingEdits")
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain(QLabel(self.widget))
        self.cancel_button = QPushButton("Cancel", self.widget)
        self.cancel_button.setToolTip("Discard the waiting edits; the window shows what is stored")
        self.cancel_button.clicked.connect(self.discard_all)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        status_bar.addPermanentWidget(self.widget)
        self.widget.hide()

    # ---------------------------------------------------------------- state
    def set_store(self, store: Store) -> None:
        """Write to ``store`` from now on, waiting only briefly for its lock."""
        self._store = store
        store.set_busy_timeout(WINDOW_BUSY_TIMEOUT_MS)

    def count(self) -> int:
        return len(self._queue)

    def labels(self) -> list[str]:
        """What is waiting, oldest first."""
        return [edit.label for edit in self._queue]

    def status_text(self) -> str:
        """The waiting state as the status bar shows it ("" when nothing waits)."""
        if not self._queue:
            return ""
        return (f"Waiting for another program to release the database… "
                f"({edits_text(len(self._queue))} pending)")

    # --------------------------------------------------------------- writing
    def submit(self, edit: PendingEdit) -> bool:
        """Write now if nothing is waiting; False when the edit waits in the queue."""
        if not self._queue:
            outcome = self._try(edit)
            if outcome is not None:
                outcome[0]()
                return True
        self._queue.append(edit)
        if not self._timer.isActive():
            self._delay_ms = FIRST_RETRY_MS
            self._timer.start(self._delay_ms)
        self._show()
        return False

    def _try(self, edit: PendingEdit) -> tuple[Callable[[], None], bool] | None:
        """Run one write: what the window does next and whether it was written,
        or None when it met the lock.

        The caller takes the edit off the queue before calling what is
        returned, so a failing refresh can never write the same edit twice.
        """
        try:
            result = edit.attempt()
        except (sqlite3.Error, StoreError) as exc:
            if is_lock_error(exc):
                return None
            reason = exc if isinstance(exc, StoreError) else store_write_error(exc, "edit")
            return (lambda: edit.refused(reason)), False
        except TimelineError as exc:  # EditError: the edit cannot be made at all
            refusal = exc  # ``exc`` itself is unbound when the block ends
            return (lambda: edit.refused(refusal)), False
        return (lambda: edit.landed(result)), True

    def retry(self) -> None:
        """Write the waiting edits in order until one meets the lock again."""
        written = refused = 0
        previous = self._store.set_busy_timeout(RETRY_BUSY_TIMEOUT_MS) if self._store else None
        try:
            while self._queue:
                outcome = self._try(self._queue[0])
                if outcome is None:
                    break
                self._queue.popleft()
                after, wrote = outcome
                written, refused = written + wrote, refused + (not wrote)
                after()
        finally:
            if self._store is not None and previous is not None:
                self._store.set_busy_timeout(previous)
        if self._queue:
            self._delay_ms = min(LONGEST_RETRY_MS, int(self._delay_ms * 1.5))
            self._timer.start(self._delay_ms)
            self._show()
            return
        self._show()
        if written and not refused:  # a refusal's reason stays in view
            self._status_bar.showMessage(
                f"Saved: the database is free again and {edits_text(written)} "
                f"{'was' if written == 1 else 'were'} written.", 8000)
        self._finish()

    def discard_all(self) -> None:
        """Cancel: drop every waiting edit, newest first, and say so."""
        dropped = list(self._queue)
        self._queue.clear()
        self._timer.stop()
        for edit in reversed(dropped):
            edit.discarded()
        self._then = None
        self._show()
        if dropped:
            self.discardedAll.emit(len(dropped))
            self._status_bar.showMessage(
                f"Discarded {edits_text(len(dropped))} that were waiting for the database; "
                "the window shows what is stored.", 15000)

    # --------------------------------------------------------------- closing
    def may_close(self, close_again: Callable[[], None], parent: QWidget) -> bool:
        """Whether the window may close now; with edits waiting, ask first.

        "Save, then close" keeps the window open and calls ``close_again``
        once every edit has landed.
        """
        if not self._queue:
            return True
        answer = ask_about_waiting_edits(parent, len(self._queue))
        if answer == "discard":
            self.discard_all()
            return True
        if answer == "wait":
            self._then = close_again
            self._status_bar.showMessage("Timeline will close once the waiting edits are saved.")
        return False

    def _finish(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            QTimer.singleShot(0, then)

    def _show(self) -> None:
        text = self.status_text()
        self.label.setText(text)
        self.widget.setToolTip(tooltip("\n".join(self.labels())))
        self.widget.setVisible(bool(text))
        self.countChanged.emit(len(self._queue))
