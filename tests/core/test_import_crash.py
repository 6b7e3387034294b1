"""An import killed with SIGKILL between (or inside) its batch commits.

Documents are committed many at a time; a kill may lose the open batch but
never leaves part of a document, and importing the same folder again ends
in the very database a clean import gives.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core.importing import import_paths
from timeline_app.core.readers import read_file
from timeline_app.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402

DOCUMENTS = 300
KILL_AFTER_LINES = 40


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONUNBUFFERED="1")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("crash-archive")
    corpus.generate(out, DOCUMENTS, seed=11, formats=("txt",))
    (out / "labels.jsonl").unlink()  # not a document
    return out


def _killed_import(folder: Path, db: Path) -> int:
    """Start ``timeline-app import``, SIGKILL it mid-run; the "imported" lines it printed."""
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline_app", "import", str(folder), "--db", str(db),
         "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(),
    )
    assert child.stdout is not None
    imported = 0
    for line in child.stdout:
        imported += line.startswith("imported")
        if imported >= KILL_AFTER_LINES:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL, "the import ended before it was killed"
    return imported


def _digest(rows: list[tuple]) -> str:
    return hashlib.sha256(repr(sorted(rows)).encode("utf-8")).hexdigest()


def _contents(db: Path) -> dict[str, object]:
    """What a database holds, without ids or times: counts and hashes of every row."""
    conn = sqlite3.connect(db)
    try:
        documents = conn.execute(
            "SELECT content_hash, title, path, format, published, text FROM documents"
        ).fetchall()
        events = conn.execute(
            'SELECT d.content_hash, e.main, e.title, e.kind, e.start, e."end", e.precision,'
            " e.evidence, e.confidence FROM events e JOIN documents d ON d.id = e.document_id"
        ).fetchall()
        organisations = conn.execute("SELECT name, acronym, aliases FROM organisations").fetchall()
        people = conn.execute("SELECT name, role FROM people").fetchall()
        links = conn.execute(
            "SELECT d.content_hash, e.title, o.name FROM event_organisations l"
            " JOIN events e ON e.id = l.event_id JOIN documents d ON d.id = e.document_id"
            " JOIN organisations o ON o.id = l.organisation_id").fetchall()
    finally:
        conn.close()
    return {
        "documents": (len(documents), _digest(documents)),
        "events": (len(events), _digest(events)),
        "organisations": (len(organisations), _digest(organisations)),
        "people": (len(people), _digest(people)),
        "event_organisations": (len(links), _digest(links)),
    }


def _assert_every_document_is_whole(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in ("documents_fts", "events_fts"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM events WHERE document_id IS NULL"
                            ).fetchone()[0] == 0  # no event without its document
        rows = conn.execute(
            "SELECT d.id, d.path, d.text, (SELECT count(*) FROM events e"
            " WHERE e.document_id = d.id AND e.main = 1) FROM documents d").fetchall()
        for document_id, path, text, mains in rows:
            assert text == read_file(Path(path)).text, path
            assert mains == 1, path
            word = max(re.findall(r"[A-Za-z]{4,}", text), key=len)
            found = {r[0] for r in conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", [f'"{word}"'])}
            assert document_id in found, (path, word)
        return len(rows)
    finally:
        conn.close()


def test_a_killed_import_keeps_whole_documents_and_a_rerun_equals_a_clean_import(
    folder, tmp_path
):
    db = tmp_path / "killed.db"
    printed = _killed_import(folder, db)
    stored = _assert_every_document_is_whole(db)
    # Every document reported imported was committed; the open batch may be lost.
    assert printed <= stored < DOCUMENTS

    again = subprocess.run(
        [sys.executable, "-m", "timeline_app", "import", str(folder), "--db", str(db), "-q"],
        capture_output=True, text=True, env=_env(), timeout=300)
    assert again.returncode == 0, again.stderr
    _assert_every_document_is_whole(db)

    clean = tmp_path / "clean.db"
    with Store.open(clean) as store:
        assert import_paths(store, [folder], keep_results=False).ok
    assert _contents(db) == _contents(clean)
