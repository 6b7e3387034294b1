"""Imports commit many documents at once, yet each document is still stored whole:
a failed one rolls back alone, and "imported" is only said of committed documents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from timeline_app.core import import_batch
from timeline_app.core.import_batch import ImportBatch
from timeline_app.core.importing import import_paths
from timeline_app.core.models import (
    ExtractedEvent,
    ExtractedOrganisation,
    Extraction,
    FileResult,
    ReadDocument,
)
from timeline_app.core.store import Store


def _extraction(title: str, *orgs: str) -> Extraction:
    event = ExtractedEvent(title=title, kind="protest", start="2019-03-03", precision="day",
                           evidence=title, evidence_start=0, evidence_end=len(title),
                           main=True, organisations=orgs)
    return Extraction(published=None, published_precision="unknown", title=title,
                      events=(event,),
                      organisations=tuple(ExtractedOrganisation(o) for o in orgs))


def _add(store: Store, title: str, *orgs: str) -> tuple[int, int]:
    return store.add_document(ReadDocument(f"{title} text", "txt"), _extraction(title, *orgs),
                              path=f"/{title}.txt", content_hash=f"hash-{title}")


def _dangling_links(store: Store) -> int:
    return len(store.db.execute("PRAGMA foreign_key_check").fetchall())


def test_a_document_failing_inside_a_batch_rolls_back_alone_and_names_still_resolve(
    fresh_store, monkeypatch
):
    fresh_store.begin_import_batch()
    _add(fresh_store, "first", "National Union of Students")
    real_link = type(fresh_store)._link

    def link_then_fail(self, table, left, right, pairs):
        real_link(self, table, left, right, pairs)
        if table == "event_organisations":
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(type(fresh_store), "_link", link_then_fail)
    with pytest.raises(sqlite3.OperationalError):
        # Its new organisation was written (and held in memory) before the failure.
        _add(fresh_store, "second", "University and College Union")
    monkeypatch.setattr(type(fresh_store), "_link", real_link)
    _add(fresh_store, "third", "University and College Union", "National Union of Students")
    assert fresh_store.commit_import_batch()

    titles = [r[0] for r in fresh_store.db.execute("SELECT title FROM documents ORDER BY id")]
    assert titles == ["first", "third"]
    orgs = fresh_store.db.execute("SELECT name FROM organisations ORDER BY name").fetchall()
    assert orgs == [("National Union of Students",), ("University and College Union",)]
    linked = fresh_store.db.execute(
        "SELECT o.name FROM event_organisations l JOIN organisations o"
        " ON o.id = l.organisation_id JOIN events e ON e.id = l.event_id"
        " JOIN documents d ON d.id = e.document_id WHERE d.title = 'third' ORDER BY 1"
    ).fetchall()
    assert linked == orgs
    assert _dangling_links(fresh_store) == 0


def test_a_duplicate_inside_a_batch_is_refused_and_the_batch_goes_on(fresh_store):
    fresh_store.begin_import_batch()
    _add(fresh_store, "first")
    with pytest.raises(sqlite3.IntegrityError):
        _add(fresh_store, "first")
    _add(fresh_store, "second")
    assert fresh_store.commit_import_batch()
    assert fresh_store.document_count() == 2


def test_results_wait_for_their_commit_and_come_in_order(tmp_path, monkeypatch):
    """Every "imported" result names a document another connection can already read."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for index in range(12):
        (folder / f"{index:02d}.txt").write_text(
            f"Students walked out on {index + 1} March 2019 over rent number {index}.",
            encoding="utf-8")
    (folder / "07.txt").write_bytes(b"")  # fails: empty
    monkeypatch.setattr(import_batch, "MAX_DOCUMENTS", 5)
    monkeypatch.setattr(import_batch, "MAX_SECONDS", 60.0)
    db = tmp_path / "t.db"
    Store.open(db).close()
    seen: list[tuple[str, str, bool]] = []
    with Store.open(db) as writer, Store.open(db) as window:
        def on_result(result: FileResult) -> None:
            visible = result.document_id is not None and window.db.execute(
                "SELECT 1 FROM documents WHERE id = ?", [result.document_id]).fetchone()
            seen.append((Path(result.path).name, result.status, bool(visible)))

        summary = import_paths(writer, [folder], on_result=on_result)
    assert [name for name, _status, _visible in seen] == [f"{i:02d}.txt" for i in range(12)]
    assert all(visible for _name, status, visible in seen if status == "imported")
    assert summary.count("imported") == 11 and summary.count("failed") == 1


def test_a_batch_is_committed_after_its_time_even_when_not_full(fresh_store, monkeypatch):
    clock = iter([0.0, 0.1, 0.3, 0.35, 0.4, 0.7])
    monkeypatch.setattr(import_batch.time, "monotonic", lambda: next(clock))
    reported: list[str] = []
    batch = ImportBatch(fresh_store, lambda r: reported.append(r.path), max_documents=100,
                        max_seconds=0.25, first_documents=100)
    for name in ("a", "b", "c"):
        batch.open()
        document_id, events = _add(fresh_store, name)
        batch.add(FileResult(name, "imported", document_id=document_id, events=events))
        batch.commit_if_due()
    # opened at 0.0: "a" at 0.1 waits, "b" at 0.3 commits; reopened at 0.35, "c" at 0.4 waits
    assert reported == ["a", "b"]
    batch.commit()
    assert reported == ["a", "b", "c"]


def test_a_lost_batch_reports_its_documents_as_failed(fresh_store):
    reported: list[FileResult] = []
    batch = ImportBatch(fresh_store, reported.append)
    batch.open()
    document_id, events = _add(fresh_store, "a")
    batch.add(FileResult("a", "imported", document_id=document_id, events=events))
    batch.add(FileResult("b", "duplicate", document_id=document_id))
    fresh_store.db.conn.execute("ROLLBACK")  # what SQLite does itself on some full disks
    batch.commit(lost_reason="The disk or database is full; the import stopped.")
    assert [(r.path, r.status) for r in reported] == [("a", "failed"), ("b", "duplicate")]
    assert "full" in (reported[0].reason or "")
    assert fresh_store.document_count() == 0


def test_cancelling_commits_the_documents_already_stored(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for index in range(10):
        (folder / f"{index}.txt").write_text(f"A rally on {index + 1} May 2020.",
                                             encoding="utf-8")
    with Store.open(tmp_path / "t.db") as store:
        seen: list[int] = []
        summary = import_paths(store, [folder], progress=lambda done, total, path:
                               seen.append(done), cancel=lambda: len(seen) >= 6)
        assert summary.cancelled and summary.count("imported") == 6
    with Store.open(tmp_path / "t.db") as again:  # committed, not only in the writer's view
        assert again.document_count() == 6


def test_batches_start_with_one_document_and_double_up_to_the_most(fresh_store):
    commits: list[int] = []
    batch = ImportBatch(fresh_store, lambda r: None, max_documents=8, max_seconds=3600)
    real_commit = fresh_store.commit_import_batch
    in_batch = 0

    def counting_commit() -> bool:
        nonlocal in_batch
        commits.append(in_batch)
        in_batch = 0
        return real_commit()

    fresh_store.commit_import_batch = counting_commit
    for index in range(30):
        batch.open()
        document_id, events = _add(fresh_store, f"doc{index}")
        in_batch += 1
        batch.add(FileResult(str(index), "imported", document_id=document_id, events=events))
        batch.commit_if_due()
    batch.commit()
    assert commits == [1, 2, 4, 8, 8, 7]


def test_an_import_inside_a_callers_transaction_rolls_back_with_it(fresh_store, seeds_dir):
    with pytest.raises(RuntimeError):
        with fresh_store.write_transaction():
            assert import_paths(fresh_store, [seeds_dir]).count("imported") == 4
            raise RuntimeError("the caller changes its mind")
    assert fresh_store.document_count() == 0
    assert import_paths(fresh_store, [seeds_dir]).count("imported") == 4
