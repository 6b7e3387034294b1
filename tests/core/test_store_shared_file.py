"""One database file open several times in this process and once in another.

SQLite's locks are POSIX advisory locks, owned by the process: closing any
file descriptor on the database drops every lock the process holds on it,
including those of a connection still open. Another process then believes
nobody else is using the file, and at its close removes the shared-memory
index that the live connection goes on writing through; every new
connection then fails with "disk I/O error". These tests open the file the
ways the app does while a connection is live, let another process take and
release the write lock, edit, and check that nothing is lost.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core import editing
from timeline_app.core.store import Store
from timeline_app.core.store.health import DamagedDatabaseError
from timeline_app.core.errors import StoreError

_OTHER_PROCESS_WRITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
conn.execute("ROLLBACK")
conn.close()
"""


def take_and_release_write_lock_elsewhere(path: Path) -> None:
    """What an import or the CLI in another process does at its smallest."""
    subprocess.run([sys.executable, "-c", _OTHER_PROCESS_WRITE_LOCK, str(path)],
                   check=True, timeout=60)


def titles_seen_by_a_new_connection(path: Path) -> tuple[str, list[str]]:
    """quick_check's answer and the hand-made events' titles, from a fresh connection."""
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        titles = [row[0] for row in conn.execute(
            "SELECT title FROM events WHERE document_id IS NULL ORDER BY id")]
        return check, titles
    finally:
        conn.close()


def open_and_close_read_only(path: Path) -> None:
    Store.open(path, readonly=True).close()


def open_and_close_for_writing(path: Path) -> None:
    Store.open(path).close()


@pytest.mark.parametrize("second_open", [open_and_close_read_only, open_and_close_for_writing],
                         ids=["read-only", "read-write"])
def test_a_second_store_on_the_same_file_leaves_the_first_ones_edits_safe(tmp_path, second_open):
    path = tmp_path / "timeline.db"
    window = Store.open(path)
    try:
        editing.add_event(window, title="Before the second open")
        second_open(path)
        take_and_release_write_lock_elsewhere(path)
        editing.add_event(window, title="After another process wrote")
        assert titles_seen_by_a_new_connection(path) == (
            "ok", ["Before the second open", "After another process wrote"])
        assert Path(f"{path}-shm").exists(), "the live connection's WAL index was removed"
    finally:
        window.close()
    assert titles_seen_by_a_new_connection(path) == (
        "ok", ["Before the second open", "After another process wrote"])


def test_opening_while_another_process_holds_the_file_keeps_the_window_working(tmp_path):
    path = tmp_path / "timeline.db"
    window = Store.open(path)
    try:
        for round_ in range(3):
            with Store.open(path, readonly=True) as reader:
                assert reader.damage is None
            take_and_release_write_lock_elsewhere(path)
            editing.add_event(window, title=f"Edit {round_}")
        check, titles = titles_seen_by_a_new_connection(path)
        assert check == "ok" and titles == ["Edit 0", "Edit 1", "Edit 2"]
    finally:
        window.close()


def test_a_text_file_is_still_refused_as_not_sqlite_and_left_without_companions(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 40)
    for readonly in (False, True):
        with pytest.raises(StoreError, match="not an SQLite file"):
            Store.open(path, readonly=readonly)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_tiny_text_file_is_refused_as_not_sqlite(tmp_path):
    path = tmp_path / "tiny.db"
    path.write_bytes(b"hello")
    with pytest.raises(StoreError, match="not an SQLite file"):
        Store.open(path)


def test_a_database_with_a_damaged_header_is_called_damaged_not_foreign(tmp_path):
    path = tmp_path / "timeline.db"
    Store.open(path).close()
    with path.open("r+b") as handle:  # no connection is open: safe here
        handle.seek(16)
        handle.write(b"\x00\x03")  # page size 3: impossible
    with pytest.raises(DamagedDatabaseError):
        Store.open(path)
