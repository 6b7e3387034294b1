"""An edit made while another program holds the database's write lock is
never lost: the window stays responsive, says it is waiting, and writes
the edit (in order, undoable) once the lock is released — or, on Cancel,
forgets it and shows what is stored."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from timeline_app.core.store import Store
from timeline_app.ui import pending_edits

_HOLD_LOCK = (
    "import sqlite3, sys, time\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('BEGIN IMMEDIATE')\n"
    "print('locked', flush=True)\n"
    "time.sleep(float(sys.argv[2]))\n"
    "conn.execute('ROLLBACK')\n"
)


class LockHolder:
    """Another process holding the write lock of a database for a while."""

    def __init__(self, path: str, seconds: float) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, path, str(seconds)],
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def released(self) -> bool:
        return self.process.poll() is not None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def hold_lock() -> Iterator:
    holders: list[LockHolder] = []

    def hold(path: str, seconds: float) -> LockHolder:
        holders.append(LockHolder(path, seconds))
        return holders[-1]

    yield hold
    for holder in holders:
        holder.stop()


def stored_title(path: str, event_id: int) -> str:
    with Store.open(path) as fresh:
        return fresh.events(ids=[event_id])[0]["title"]


def type_title(qtbot, window, text: str) -> float:
    """Type a new title in the detail pane; how long the Return key took."""
    title_edit = window.detail_pane.title_edit
    title_edit.selectAll()
    qtbot.keyClicks(title_edit, text)
    started = time.perf_counter()
    qtbot.keyClick(title_edit, Qt.Key.Key_Return)
    return time.perf_counter() - started


def test_an_edit_made_under_another_programs_lock_lands_once_it_is_released(
        hand_store, make_window, qtbot, hold_lock):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    before = hand_store.events(ids=[event_id])[0]["title"]
    holder = hold_lock(hand_store.path, 2.0)

    took = type_title(qtbot, window, "Walkout, written while locked")

    assert took < 0.5  # the window waited briefly, then kept the edit for later
    pending = window.edits.pending
    assert pending.count() == 1
    assert pending.widget.isVisible()
    assert pending.label.text().startswith("Waiting for another program to release the database")
    assert "(1 edit pending)" in pending.label.text()
    assert not window.undo_action.isEnabled()

    qtbot.waitUntil(holder.released, timeout=10_000)
    qtbot.waitUntil(lambda: pending.count() == 0, timeout=5_000)
    assert not pending.widget.isVisible()
    assert window.statusBar().currentMessage().startswith("Saved")
    assert stored_title(hand_store.path, event_id) == "Walkout, written while locked"
    assert window.undo_stack.count() == 1 and window.undo_action.isEnabled()

    window.undo_action.trigger()
    assert stored_title(hand_store.path, event_id) == before
    assert window.detail_pane.title_edit.text() == before


def test_cancelling_the_wait_forgets_the_edit_and_shows_the_stored_title(
        hand_store, make_window, qtbot, hold_lock):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    before = hand_store.events(ids=[event_id])[0]["title"]
    holder = hold_lock(hand_store.path, 1.0)

    type_title(qtbot, window, "Never to be stored")
    assert window.edits.pending.count() == 1
    qtbot.mouseClick(window.edits.pending.cancel_button, Qt.MouseButton.LeftButton)

    assert window.edits.pending.count() == 0
    assert window.detail_pane.title_edit.text() == before
    assert window.statusBar().currentMessage().startswith("Discarded 1 edit")
    qtbot.waitUntil(holder.released, timeout=10_000)
    qtbot.wait(pending_edits.LONGEST_RETRY_MS)  # no retry is left to write it after all
    assert stored_title(hand_store.path, event_id) == before
    assert window.undo_stack.count() == 0


def test_edits_made_while_waiting_land_in_the_order_they_were_made(
        hand_store, make_window, qtbot, hold_lock):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    holder = hold_lock(hand_store.path, 1.0)

    assert window.edit_event(event_id, {"title": "First"}) is True
    assert window.edit_event(event_id, {"title": "Second"}) is True
    assert window.edits.pending.labels() == ["Edit title", "Edit title"]

    qtbot.waitUntil(holder.released, timeout=10_000)
    qtbot.waitUntil(lambda: window.edits.pending.count() == 0, timeout=5_000)
    assert stored_title(hand_store.path, event_id) == "Second"
    window.undo_action.trigger()
    assert stored_title(hand_store.path, event_id) == "First"


def test_an_undo_that_meets_the_lock_waits_and_cancel_puts_the_stack_back(
        hand_store, make_window, qtbot, hold_lock):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    window.edit_event(event_id, {"title": "Edited before the lock"})
    holder = hold_lock(hand_store.path, 1.0)

    window.undo_action.trigger()
    assert window.edits.pending.labels() == ["Undo Edit title"]
    window.edits.pending.discard_all()
    assert window.undo_stack.index() == 1  # the edit is still done, as in the database
    qtbot.waitUntil(holder.released, timeout=10_000)

    window.undo_action.trigger()
    assert stored_title(hand_store.path, event_id) != "Edited before the lock"
    window.redo_action.trigger()
    assert stored_title(hand_store.path, event_id) == "Edited before the lock"


def test_closing_with_waiting_edits_asks_and_can_save_them_first(
        hand_store, make_window, qtbot, hold_lock, monkeypatch):
    path = hand_store.path
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    holder = hold_lock(path, 1.0)
    window.edit_event(event_id, {"title": "Saved before closing"})
    asked: list[int] = []
    monkeypatch.setattr(pending_edits, "ask_about_waiting_edits",
                        lambda _parent, count: asked.append(count) or "wait")

    assert window.close() is False  # still open: the edit has not landed yet
    assert asked == [1]
    qtbot.waitUntil(holder.released, timeout=10_000)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert stored_title(path, event_id) == "Saved before closing"


def test_closing_with_waiting_edits_can_discard_them(
        hand_store, make_window, qtbot, hold_lock, monkeypatch):
    path = hand_store.path
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    before = hand_store.events(ids=[event_id])[0]["title"]
    holder = hold_lock(path, 0.5)
    window.edit_event(event_id, {"title": "Discarded on close"})
    monkeypatch.setattr(pending_edits, "ask_about_waiting_edits", lambda *_args: "discard")

    assert window.close() is True
    qtbot.waitUntil(holder.released, timeout=10_000)
    assert stored_title(path, event_id) == before
