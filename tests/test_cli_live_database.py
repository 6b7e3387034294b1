"""The command line never writes its export over, nor imports, the database it has open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core import editing
from timeline_app.core.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.json"  # named like the export a person meant to write
    with Store.open(path) as store:
        editing.add_event(store, title="The only copy")
    return path


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return [row[0] for row in conn.execute("SELECT title FROM events ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.parametrize("fmt", ["json", "csv", "svg"])
def test_exporting_over_the_database_exits_2_with_one_line_and_writes_nothing(
        db, tmp_path, fmt, capsys):
    inode = db.stat().st_ino

    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(db)]) == 2

    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"timeline-app: cannot write {db}: it is the Timeline database itself; "
                   "choose another file to export to"]
    assert db.stat().st_ino == inode
    assert _titles(db) == ["The only copy"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_exporting_over_its_write_ahead_log_is_refused_too(db, capsys):
    wal = Path(f"{db}-wal")
    assert main(["export", "--db", str(db), "--format", "json", "-o", str(wal)]) == 2
    assert "the Timeline database's write-ahead log" in capsys.readouterr().err
    assert _titles(db) == ["The only copy"]
