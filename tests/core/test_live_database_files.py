"""The open database is never an export's target, under any of its names.

Writing an export over the database (or its -wal/-shm) would replace the
person's archive with a JSON file, or truncate the log SQLite writes
through. The file is only looked at with ``stat`` here while it is open:
opening it with a plain file would itself drop the live connection's locks.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from timeline_app.core import editing
from timeline_app.core.export.atomic_file import LiveDatabaseTargetError, write_atomically
from timeline_app.core.live_databases import live_database_role
from timeline_app.core.store import Store


def _never_called(_stream) -> None:
    raise AssertionError("the writer ran: something was written")


def _identity(path: Path) -> tuple[int, int, int]:
    info = os.stat(path)
    return info.st_ino, info.st_size, info.st_mtime_ns


def _healthy_titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return [row[0] for row in conn.execute("SELECT title FROM events ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def open_db(tmp_path: Path):
    store = Store.open(tmp_path / "archive.json")  # a database that looks like an export
    editing.add_event(store, title="Kept safe")
    yield store
    store.close()


@pytest.mark.parametrize("suffix, role", [
    ("", "the Timeline database itself"),
    ("-wal", "the Timeline database's write-ahead log"),
    ("-shm", "the Timeline database's shared-memory index"),
])
def test_an_export_over_the_open_database_or_its_companions_writes_nothing(
        open_db, suffix, role):
    target = Path(open_db.path + suffix)
    before = _identity(target)
    with pytest.raises(LiveDatabaseTargetError) as refused:
        write_atomically(target, _never_called)
    assert str(refused.value) == f"it is {role}; choose another file to export to"
    assert _identity(target) == before
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".part")]
    editing.add_event(open_db, title="Still writable")
    open_db.close()
    assert _healthy_titles(target.with_name("archive.json")) == ["Kept safe", "Still writable"]


def test_the_same_file_under_another_name_is_refused_too(open_db, tmp_path):
    hard_link = tmp_path / "copy.csv"
    os.link(open_db.path, hard_link)
    relative = os.path.relpath(open_db.path)
    not_yet_a_journal = Path(open_db.path + "-journal")
    for name in (hard_link, relative, not_yet_a_journal):
        with pytest.raises(LiveDatabaseTargetError):
            write_atomically(name, _never_called)
    assert not not_yet_a_journal.exists()


def test_a_database_stays_guarded_until_its_last_connection_closes(tmp_path):
    path = tmp_path / "timeline.db"
    first, second = Store.open(path), Store.open(path, readonly=True)
    second.close()
    assert live_database_role(path) == "the Timeline database itself"
    first.close()
    assert live_database_role(path) is None
    write_atomically(path, lambda stream: stream.write(b"replaced on purpose"))
    assert path.read_bytes() == b"replaced on purpose"


def test_other_files_beside_the_database_export_as_before(open_db, tmp_path):
    target = tmp_path / "archive.json.csv"
    write_atomically(target, lambda stream: stream.write(b"id\n"))
    assert target.read_bytes() == b"id\n"
    assert live_database_role(tmp_path / "archive") is None
