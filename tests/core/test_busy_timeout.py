"""How long a store waits for another connection's write lock: long by
default (CLI, imports), briefly when the window asks for it."""

from __future__ import annotations

import sqlite3
import time

import pytest

from timeline_app.core import editing
from timeline_app.core.errors import is_lock_error
from timeline_app.core.store import Store


def test_a_store_opened_with_a_short_busy_timeout_gives_up_quickly(tmp_path):
    path = tmp_path / "busy.db"
    Store.open(path).close()
    with Store.open(path, busy_timeout_ms=50) as store:
        added = editing.add_event(store, title="Meeting", start="2020")
        holder = sqlite3.connect(path, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            started = time.perf_counter()
            with pytest.raises(sqlite3.OperationalError) as caught:
                editing.update_event(store, added.event_id, title="Later")
            assert time.perf_counter() - started < 1.0
            assert is_lock_error(caught.value)
        finally:
            holder.close()
        assert store.events(ids=[added.event_id])[0]["title"] == "Meeting"


def test_set_busy_timeout_returns_the_previous_wait(tmp_path):
    with Store.open(tmp_path / "wait.db") as store:
        assert store.set_busy_timeout(150) == 30_000
        assert store.set_busy_timeout(0) == 150
        assert store.busy_timeout_ms == 0
