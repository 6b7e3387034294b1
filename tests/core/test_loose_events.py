"""Events without a document ("loose" events) in collections: skipped when already
stored, exactly as before, and found by an index rather than a scan (schema 4)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from timeline_app.core import migrations
from timeline_app.core.collection import import_collection_file
from timeline_app.core.store import Store

_LOOSE_CHECK = (
    'SELECT 1 FROM events WHERE document_id IS NULL AND title = ? AND kind = ?'
    ' AND start IS ? AND "end" IS ? AND precision = ? AND evidence IS ?'
)


def _event(event_id: int, title: str, **changes) -> dict:
    event = {
        "id": event_id, "document_id": None, "main": False, "title": title,
        "kind": "protest", "start": "2019-03-03", "end": None, "precision": "day",
        "time": None, "evidence": None, "evidence_start": None, "evidence_end": None,
        "confidence": 1.0, "field_confidence": {}, "user_edited": True, "note": "",
        "tags": [], "edited_fields": [], "organisations": [], "people": [],
    }
    event.update(changes)
    return event


def _collection(tmp_path: Path, events: list[dict], documents: list[dict] | None = None,
                name: str = "loose.json") -> Path:
    data = {"format": "timeline-app", "version": 1, "aliases": [], "organisations": [],
            "people": [], "documents": documents or [], "events": events}
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _titles(store: Store) -> list[tuple[str, str | None, str | None]]:
    return store.db.execute(
        'SELECT title, start, evidence FROM events WHERE document_id IS NULL ORDER BY id'
    ).fetchall()


def test_a_loose_event_already_stored_is_skipped_and_a_different_one_is_added(
    fresh_store, tmp_path
):
    first = _collection(tmp_path, [_event(1, "Rally at the gates"),
                                   _event(2, "Sit-in", kind="occupation", start=None,
                                          precision="unknown")])
    assert import_collection_file(fresh_store, first).events == 2
    assert import_collection_file(fresh_store, first).events == 0  # the same file again
    # Any one of title, kind, start, end, precision or evidence differing is a new event.
    variants = _collection(tmp_path, [
        _event(1, "Rally at the gates", start="2019-03-04"),
        _event(2, "Rally at the gates", kind="walkout"),
        _event(3, "Rally at the gates", end="2019-03-05"),
        _event(4, "Rally at the gates", precision="month", start="2019-03"),
        _event(5, "Rally at the gates", evidence="They gathered at the gates."),
        _event(6, "Rally at the Gates"),
        _event(7, "Sit-in", kind="occupation", start=None, precision="unknown"),
    ], name="variants.json")
    assert import_collection_file(fresh_store, variants).events == 6
    assert len(_titles(fresh_store)) == 8


def test_a_repeated_loose_event_within_one_file_is_stored_once(fresh_store, tmp_path):
    path = _collection(tmp_path, [_event(1, "Picket"), _event(2, "Picket"), _event(3, "Vigil")])
    assert import_collection_file(fresh_store, path).events == 2
    assert [t for t, _s, _e in _titles(fresh_store)] == ["Picket", "Vigil"]


def test_an_event_of_a_document_does_not_hide_an_equal_loose_event(fresh_store, tmp_path):
    document = {"id": 7, "content_hash": "x", "title": "Leaflet", "source": None,
                "path": None, "format": "txt", "published": None,
                "published_precision": "unknown", "text": "Picket on 3 March 2019.",
                "imported_at": None}
    with_doc = _collection(tmp_path, [_event(1, "Picket", document_id=7)], [document],
                           name="with-doc.json")
    assert import_collection_file(fresh_store, with_doc).events == 1
    loose = _collection(tmp_path, [_event(1, "Picket")])
    assert import_collection_file(fresh_store, loose).events == 1


def test_the_loose_event_check_is_answered_by_an_index(fresh_store):
    plan = " ".join(str(row[-1]) for row in fresh_store.db.execute(
        "EXPLAIN QUERY PLAN " + _LOOSE_CHECK, ["t", "protest", None, None, "day", None]))
    assert "idx_events_loose" in plan


def _version_3_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    migrations.migrate(db, target=3)
    conn.executescript(
        """
        INSERT INTO documents (id, content_hash, title, text, imported_at)
          VALUES (1, 'h1', 'Walkout', 'Students leave lectures', '2024-01-01T00:00:00');
        INSERT INTO events (id, document_id, main, title, kind, start, precision)
          VALUES (1, 1, 1, 'Walkout', 'walkout', '2015-11-17', 'day'),
                 (2, NULL, 0, 'Rally added by hand', 'protest', NULL, 'unknown');
        """
    )
    conn.close()


def test_a_version_3_database_upgrades_to_4_with_the_loose_event_index(tmp_path):
    path = tmp_path / "v3.db"
    _version_3_database(path)
    with Store.open(path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        indexes = {row[0] for row in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")}
        assert "idx_events_loose" in indexes
        assert store.db.execute("SELECT count(*) FROM events").fetchone()[0] == 2
        assert store.loose_event_exists(_event(0, "Rally added by hand", start=None,
                                               precision="unknown"))
        assert not store.loose_event_exists(_event(0, "Walkout", kind="walkout",
                                                   start="2015-11-17"))
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failed_upgrade_to_version_4_leaves_version_3_intact(tmp_path, monkeypatch):
    path = tmp_path / "v3.db"
    _version_3_database(path)
    real_step = migrations.STEPS[4]

    def step_that_dies_halfway(db):
        real_step(db)
        raise RuntimeError("power cut during the upgrade")

    monkeypatch.setitem(migrations.STEPS, 4, step_that_dies_halfway)
    with pytest.raises(RuntimeError):
        Store.open(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "idx_events_loose" not in names
    finally:
        conn.close()
