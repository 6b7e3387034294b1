"""Read-only connections lent to background work: opened once, never writing,
seeing every later commit, and closed with their owner."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from timeline_app.core import editing
from timeline_app.core.errors import StoreError
from timeline_app.core.live_databases import live_database_role
from timeline_app.core.reader_stores import ReaderStores
from timeline_app.core.store import Store


@pytest.fixture
def window_store(tmp_path: Path):
    store = Store.open(tmp_path / "timeline.db")
    editing.add_event(store, title="First")
    yield store
    store.close()


def test_redraws_reuse_one_read_only_connection_that_sees_new_edits(window_store):
    readers = ReaderStores(window_store.path)
    with readers.borrowed() as store:
        assert store.readonly and store.event_count() == 1
    editing.add_event(window_store, title="Second")
    with readers.borrowed() as again:
        assert again is store and again.event_count() == 2
    assert readers.opened == 1
    readers.close()


def test_a_borrowed_connection_cannot_write(window_store):
    readers = ReaderStores(window_store.path)
    with readers.borrowed() as store, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM events")
    assert window_store.event_count() == 1
    readers.close()


def test_two_tasks_at_once_get_two_connections_and_both_are_kept(window_store):
    readers = ReaderStores(window_store.path)
    with readers.borrowed() as first, readers.borrowed() as second:
        assert first is not second
    assert (readers.opened, readers.idle_count) == (2, 2)
    readers.close()
    assert readers.idle_count == 0


def test_closing_closes_idle_connections_now_and_a_lent_one_when_returned(tmp_path):
    path = tmp_path / "alone.db"
    Store.open(path).close()
    readers = ReaderStores(str(path))
    with readers.borrowed():
        pass
    with readers.borrowed() as lent:
        readers.close()
        assert live_database_role(path) == "the Timeline database itself"
        assert lent.event_count() == 0  # still usable until handed back
    assert live_database_role(path) is None
    with pytest.raises(StoreError, match="closed"):
        with readers.borrowed():
            pass
