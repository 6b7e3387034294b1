"""Schema upgrades: a database from an older Timeline opens with all its data,
and gains what the newer schema adds (search over event titles and notes)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from timeline_app.core import editing, migrations
from timeline_app.core.errors import StoreError
from timeline_app.core.filters import EventFilter
from timeline_app.core.store import Store


def _version_2_database(path: Path) -> None:
    """What Timeline wrote before version 3: two documents, three events, links, a note."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    migrations.migrate(db, target=2)
    assert migrations.user_version(db) == 2
    conn.executescript(
        """
        INSERT INTO documents (id, content_hash, title, text, imported_at) VALUES
          (1, 'h1', 'Walkout', 'Students leave lectures at noon', '2024-01-01T00:00:00'),
          (2, 'h2', 'Letter', 'Officers write to the union', '2024-01-01T00:00:00');
        INSERT INTO events (id, document_id, main, title, kind, start, precision, year,
                            t_start, t_end, note) VALUES
          (1, 1, 1, 'Walkout over tuition', 'walkout', '2015-11-17', 'day', 2015,
           16756, 16757, ''),
          (2, 2, 1, 'Open letter', 'letter', '2022-03', 'month', 2022, 19052, 19083,
           'checked against the minutes'),
          (3, NULL, 0, 'Rally added by hand', 'protest', NULL, 'unknown', NULL, NULL, NULL, '');
        INSERT INTO organisations (id, name, key, acronym) VALUES
          (1, 'National Union of Students', 'national union of students', 'NUS'),
          (2, 'University and College Union', 'university and college union', 'UCU');
        INSERT INTO people (id, name, key, role)
          VALUES (1, 'Amira Begum', 'amira begum', 'officer');
        INSERT INTO event_organisations (event_id, organisation_id) VALUES (1, 1), (2, 1), (2, 2);
        INSERT INTO event_people (event_id, person_id) VALUES (1, 1);
        INSERT INTO document_organisations (document_id, organisation_id) VALUES (1, 1), (2, 2);
        INSERT INTO document_people (document_id, person_id) VALUES (1, 1);
        INSERT INTO aliases (alias, entity, canonical)
          VALUES ('nus uk', 'organisation', 'National Union of Students');
        """
    )
    conn.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fts_is_whole(store: Store) -> None:
    for table in ("documents_fts", "events_fts"):
        store.db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


def test_a_version_2_database_upgrades_keeping_every_event_link_and_alias(tmp_path):
    path = tmp_path / "v2.db"
    _version_2_database(path)
    with Store.open(path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION == 6
        events = {e["id"]: e for e in store.events()}
        assert sorted(events) == [1, 2, 3]
        assert events[1]["organisations"] == ["National Union of Students"]
        assert events[1]["people"] == ["Amira Begum"]
        assert events[2]["organisations"] == [
            "National Union of Students", "University and College Union"]
        assert events[2]["note"] == "checked against the minutes"
        assert store.aliases() == {"nus uk": "National Union of Students"}
        assert [(o["name"], o["events"]) for o in store.organisations()] == [
            ("National Union of Students", 2), ("University and College Union", 1)]
        assert store.matching_event_ids(EventFilter(organisation_ids=(2,))) == [2]
        assert store.matching_event_ids(EventFilter(person_ids=(1,))) == [1]
        linked_docs = store.db.execute(
            "SELECT document_id, organisation_id FROM document_organisations ORDER BY 1"
        ).fetchall()
        assert linked_docs == [(1, 1), (2, 2)]
        _fts_is_whole(store)


def test_after_the_upgrade_search_finds_event_titles_and_notes_not_only_document_text(tmp_path):
    path = tmp_path / "v2.db"
    _version_2_database(path)
    with Store.open(path) as store:
        # "tuition" is only in an event title, "minutes" only in a note,
        # "rally" only in a hand-added event with no document at all.
        assert store.matching_event_ids(EventFilter(text="tuition")) == [1]
        assert store.matching_event_ids(EventFilter(text="minutes")) == [2]
        assert store.matching_event_ids(EventFilter(text="rally")) == [3]
        # Document text is still searched: "lectures" appears only there.
        assert store.matching_event_ids(EventFilter(text="lectures")) == [1]
        assert store.matching_event_ids(EventFilter(text="nothing-like-this")) == []


def test_event_search_follows_edits_deletions_and_new_events(tmp_path):
    path = tmp_path / "v2.db"
    _version_2_database(path)
    with Store.open(path) as store:
        editing.update_event(store, 1, title="Walkout over rent")
        assert store.matching_event_ids(EventFilter(text="tuition")) == []
        assert store.matching_event_ids(EventFilter(text="rent")) == [1]
        editing.update_event(store, 2, note="confirmed by the branch secretary")
        assert store.matching_event_ids(EventFilter(text="minutes")) == []
        assert store.matching_event_ids(EventFilter(text="secretary")) == [2]
        editing.delete_event(store, 3)
        assert store.matching_event_ids(EventFilter(text="rally")) == []
        added = editing.add_event(store, title="Picket at the library", kind="protest",
                                  start=None, precision="unknown")
        assert store.matching_event_ids(EventFilter(text="picket")) == [added.event_id]
        editing.delete_document(store, 2)  # its events go too, and leave the index
        assert store.matching_event_ids(EventFilter(text="secretary")) == []
        _fts_is_whole(store)


def test_a_database_one_version_newer_is_still_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "next.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    before = _sha(path)
    with pytest.raises(StoreError, match="newer version of Timeline"):
        Store.open(path)
    with pytest.raises(StoreError, match="newer version of Timeline"):
        Store.open(path, readonly=True)
    assert _sha(path) == before


def test_a_failed_upgrade_from_version_2_leaves_version_2_intact(tmp_path, monkeypatch):
    path = tmp_path / "v2.db"
    _version_2_database(path)
    real_step = migrations.STEPS[3]

    def step_that_dies_halfway(db):
        real_step(db)
        raise RuntimeError("power cut during the upgrade")

    monkeypatch.setitem(migrations.STEPS, 3, step_that_dies_halfway)
    with pytest.raises(RuntimeError):
        Store.open(path)
    monkeypatch.setitem(migrations.STEPS, 3, real_step)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "events_fts" not in names
        assert conn.execute("SELECT count(*) FROM event_organisations").fetchone()[0] == 3
    finally:
        conn.close()
    with Store.open(path) as store:  # and the next try succeeds
        assert store.matching_event_ids(EventFilter(text="tuition")) == [1]
