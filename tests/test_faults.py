"""Faults a real archive meets: a killed import, a reader during a write,
a read-only, full, foreign or newer database. Each ends in a clear message
and a database that is whole and unchanged where nothing should change."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from timeline_app.core.errors import StoreError
from timeline_app.core.extract import extract
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.prepared import content_hash
from timeline_app.core.readers import read_file
from timeline_app.core.store import Store

from text_archive import write_text_archive

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONUNBUFFERED="1")
    return subprocess.run([sys.executable, "-m", "timeline_app", *args], capture_output=True,
                          text=True, env=env, timeout=timeout)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, list[dict]]:
    """2,000 small plain-text documents (with a few respaced duplicates)."""
    folder = tmp_path_factory.mktemp("archive")
    return folder, write_text_archive(folder, 2000, seed=3)


def test_an_import_killed_midway_leaves_whole_documents_and_finishes_on_the_second_run(
    archive, tmp_path
):
    folder, labels = archive
    db = tmp_path / "killed.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline_app", "import", str(folder), "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    imported_lines = 0
    assert child.stdout is not None
    for line in child.stdout:
        imported_lines += line.startswith("imported")
        if imported_lines >= 300:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL  # it really died mid-import

    assert _integrity(db) == "ok"
    with Store.open(db) as store:
        stored = store.document_count()
        assert 300 <= stored < 2000
        # Every stored document is whole: exactly one main event, and as many
        # events as a fresh extraction of its file gives.
        mains = store.db.execute(
            "SELECT d.id, d.path, (SELECT count(*) FROM events e WHERE e.document_id = d.id),"
            " (SELECT coalesce(sum(main), 0) FROM events e WHERE e.document_id = d.id)"
            " FROM documents d").fetchall()
        assert all(main == 1 for _id, _path, _count, main in mains)
        for _id, path, count, _main in mains[:: max(1, len(mains) // 40)]:
            fresh = extract(read_file(Path(path)), {})
            assert count == len(fresh.events), path

    again = _cli("import", str(folder), "--db", str(db), "-q", timeout=120)
    assert again.returncode == 0, again.stderr
    distinct = {content_hash((folder / label["file"]).read_text(encoding="utf-8"))
                for label in labels}
    with Store.open(db) as store:
        assert store.document_count() == len(distinct)
        assert store.document_count() == sum(1 for label in labels if "duplicate_of" not in label)
    assert _integrity(db) == "ok"


def test_the_window_reads_while_an_import_writes_without_a_locked_error(archive, tmp_path):
    folder, _labels = archive
    db = tmp_path / "shared.db"
    Store.open(db).close()
    files = sorted(folder.rglob("*.txt"))[:250]
    errors: list[BaseException] = []
    counts: list[int] = []
    finished = threading.Event()

    def write() -> None:
        try:
            with Store.open(db) as writer:
                import_paths(writer, files)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            finished.set()

    thread = threading.Thread(target=write)
    with Store.open(db) as reader:
        thread.start()
        while not finished.is_set():
            try:
                counts.append(len(reader.timeline_columns(EventFilter())["ids"]))
                reader.matching_event_ids(EventFilter(text="students"))
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
                break
        thread.join()
        final = len(reader.timeline_columns(EventFilter())["ids"])
    assert not errors, errors
    assert len(counts) > 5  # the reader really ran alongside the writer
    assert counts == sorted(counts)  # it saw the import grow, never a half-written state
    assert final > 0 and final >= counts[-1]


def _real_db(tmp_path: Path, seeds_dir: Path) -> Path:
    db = tmp_path / "timeline.db"
    with Store.open(db) as store:
        import_paths(store, [seeds_dir])
    return db


def test_importing_into_a_database_opened_read_only_stops_with_a_sentence(
    tmp_path, seeds_dir
):
    db = _real_db(tmp_path, seeds_dir)
    before = _sha(db)
    extra = tmp_path / "new.txt"
    extra.write_text("Students walked out of classes on 3 March 2019 over rent.", encoding="utf-8")
    with Store.open(db, readonly=True) as store:
        summary = import_paths(store, [extra])
    assert summary.stopped_reason is not None
    assert "read-only" in summary.stopped_reason
    assert summary.results[-1].status == "failed"
    assert _sha(db) == before


def _make_immutable(path: Path) -> bool:
    """Make ``path`` unwritable even for root (chmod alone does not stop root)."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return True
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    return done.returncode == 0


def _make_mutable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    else:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_the_command_line_refuses_a_read_only_database_file_and_leaves_it_unchanged(
    tmp_path, seeds_dir
):
    db = _real_db(tmp_path, seeds_dir)
    extra = tmp_path / "more" / "new.txt"
    extra.parent.mkdir()
    extra.write_text("Students walked out of classes on 3 March 2019 over rent.", encoding="utf-8")
    before = _sha(db)
    # Root ignores file modes; `chattr +i` binds root too. Without either the
    # premise of the test (a file nobody may write) cannot be set up.
    assert _make_immutable(db), "cannot make a read-only file here (need chattr as root)"
    try:
        done = _cli("import", str(extra), "--db", str(db))
    finally:
        _make_mutable(db)
    assert done.returncode in (1, 2), done.stdout + done.stderr
    assert "read-only" in done.stderr
    assert "Traceback" not in done.stderr
    assert _sha(db) == before


def test_a_full_database_stops_the_import_with_a_sentence_and_keeps_whole_documents(
    archive, tmp_path
):
    folder, _labels = archive
    db = tmp_path / "small.db"
    with Store.open(db) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        # Room for a few dozen documents and no more: the "disk" fills mid-import.
        store.db.execute(f"PRAGMA max_page_count = {pages + 40}")
        summary = import_paths(store, sorted(folder.rglob("*.txt"))[:400])
        stored = store.document_count()
        assert summary.stopped_reason == "The disk or database is full; the import stopped."
        assert summary.results[-1].status == "failed"
        assert 0 < stored < 400
        assert stored == summary.count("imported")
        lonely = store.db.execute(
            "SELECT count(*) FROM documents d WHERE (SELECT coalesce(sum(main), 0)"
            " FROM events e WHERE e.document_id = d.id) != 1").fetchone()[0]
        assert lonely == 0
    assert _integrity(db) == "ok"


def test_a_file_that_is_not_sqlite_is_refused_by_store_and_cli_and_not_touched(tmp_path):
    fake = tmp_path / "notes.db"
    fake.write_bytes(b"These are my notes, not a database.\n" * 50)
    before = _sha(fake)
    with pytest.raises(StoreError, match="not a Timeline database"):
        Store.open(fake)
    doc = tmp_path / "doc.txt"
    doc.write_text("Students walked out on 3 March 2019.", encoding="utf-8")
    done = _cli("import", str(doc), "--db", str(fake))
    assert done.returncode == 2
    assert "not a Timeline database" in done.stderr and "Traceback" not in done.stderr
    assert _sha(fake) == before
    assert not fake.with_name("notes.db-wal").exists()


def test_a_database_from_a_newer_timeline_is_refused_and_not_touched(tmp_path, seeds_dir):
    db = _real_db(tmp_path, seeds_dir)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _sha(db)
    with pytest.raises(StoreError, match="newer version of Timeline"):
        Store.open(db)
    done = _cli("export", "--format", "json", "--db", str(db))
    assert done.returncode == 2
    assert "newer version of Timeline" in done.stderr and "Traceback" not in done.stderr
    assert _sha(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()


def test_the_window_reads_the_last_committed_state_while_a_writer_is_mid_transaction(
    tmp_path, seeds_dir
):
    """WAL: a reader neither waits for nor sees a writer's unfinished transaction."""
    db = _real_db(tmp_path, seeds_dir)
    with Store.open(db) as writer, Store.open(db) as reader:
        writer.db.conn.execute("BEGIN IMMEDIATE")
        writer.db.conn.execute("UPDATE events SET note = 'pending' WHERE main = 1")
        columns = reader.timeline_columns(EventFilter())
        notes = {row["note"] for row in reader.events()}
        writer.db.conn.execute("COMMIT")
        after = {row["note"] for row in reader.events()}
    assert len(columns["ids"]) > 0
    assert "pending" not in notes
    assert "pending" in after
