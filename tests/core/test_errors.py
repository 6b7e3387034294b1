"""Which failed writes are worth trying again: only those that met another
connection's lock, never a full disk, a read-only file or a refused edit."""

from __future__ import annotations

import sqlite3

import pytest

from timeline_app.core.editing import EditError
from timeline_app.core.errors import StoreError, is_lock_error, store_write_error


@pytest.fixture
def lock_error(tmp_path) -> sqlite3.Error:
    """The error SQLite really raises when another connection holds the write lock."""
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    waiter = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.OperationalError) as caught:
            waiter.execute("BEGIN IMMEDIATE")
        return caught.value
    finally:
        waiter.close()
        holder.close()


def test_a_write_that_met_another_connections_lock_is_a_lock_error(lock_error):
    assert is_lock_error(lock_error)


def test_the_translated_store_error_is_still_recognised_by_its_cause(lock_error):
    try:
        raise store_write_error(lock_error, "edit") from lock_error
    except StoreError as translated:
        assert is_lock_error(translated)


@pytest.mark.parametrize("message", ["database is locked", "database table is locked",
                                     "database is busy"])
def test_lock_messages_without_an_error_code_are_recognised(message):
    assert is_lock_error(sqlite3.OperationalError(message))


@pytest.mark.parametrize("error", [
    sqlite3.OperationalError("database or disk is full"),
    sqlite3.OperationalError("attempt to write a readonly database"),
    StoreError("The database is busy in another program; try again."),
    EditError("An event needs a title."),
    ValueError("database is locked"),
])
def test_other_failures_are_not_lock_errors(error):
    assert not is_lock_error(error)
