"""Opening checks the database: invalid UTF-8 reads as replacement characters,
missing or damaged search indexes come back, and quick_check stays bounded."""

from __future__ import annotations

import json
import time
import sqlite3
from io import BytesIO
from pathlib import Path

import pytest

from timeline_app.core.export.json_export import write_json
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store
from timeline_app.core.store.health import lenient_text, quick_check_problem


@pytest.fixture
def seeded_db(tmp_path, seeds_dir) -> Path:
    path = tmp_path / "t.db"
    with Store.open(path) as store:
        import_paths(store, [seeds_dir], workers=0)
    return path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_invalid_utf8_text_reads_as_replacement_characters():
    assert lenient_text(b"ok \xff") == "ok \ufffd"


def test_invalid_utf8_in_a_document_and_an_event_does_not_break_reads_or_export(seeded_db):
    _sql(seeded_db,
         "UPDATE documents SET title = CAST(x'ff41' AS TEXT), text = CAST(x'c3286869' AS TEXT)"
         " WHERE id = 1",
         "UPDATE events SET title = CAST(x'fffe' AS TEXT), evidence = CAST(x'ff' AS TEXT)"
         " WHERE id = (SELECT min(id) FROM events WHERE document_id = 1)")
    with Store.open(seeded_db) as store:
        assert store.documents([1])[0]["title"] == "\ufffdA"
        titles = store.timeline_columns(EventFilter())["titles"]
        assert "\ufffd\ufffd" in titles
        event_id = store.db.execute(
            "SELECT min(id) FROM events WHERE document_id = 1").fetchone()[0]
        assert store.event_detail(event_id)["title"] == "\ufffd\ufffd"
        out = BytesIO()
        write_json(store, EventFilter(), out)
    exported = json.loads(out.getvalue())
    assert any(d["text"].startswith("\ufffd(hi") for d in exported["documents"])


def test_the_detail_pane_shows_an_event_with_invalid_utf8(qtbot, seeded_db):
    from timeline_app.ui.detail_pane import DetailPane

    _sql(seeded_db, "UPDATE documents SET text = CAST(x'ff' AS TEXT) || text WHERE id = 1")
    with Store.open(seeded_db) as store:
        pane = DetailPane()
        qtbot.addWidget(pane)
        pane.set_store(store)
        pane.show_event(store.document_events(1)[0]["id"])


def _search_hits(store: Store, text: str) -> int:
    return len(store.matching_event_id_array(EventFilter(text=text)))


@pytest.mark.parametrize("damage", [
    "DROP TABLE documents_fts",
    "DROP TABLE events_fts",
    "DROP TRIGGER documents_ai",
    "DROP TRIGGER events_au",
    "DROP TABLE events_fts_data",
    "DROP TABLE documents_fts_config",
    "UPDATE events_fts_data SET block = zeroblob(length(block)) WHERE id > 10",
    "UPDATE documents_fts_data SET block = zeroblob(length(block)) WHERE id > 10",
])
def test_a_missing_or_damaged_search_index_is_rebuilt_on_open(seeded_db, damage):
    with Store.open(seeded_db) as store:
        words = ("students", "strike")
        before = {w: _search_hits(store, w) for w in words}
    assert any(before.values())
    _sql(seeded_db, damage)
    with Store.open(seeded_db) as store:
        assert store.search_repairs
        assert {w: _search_hits(store, w) for w in words} == before
    with Store.open(seeded_db) as store:
        assert store.search_repairs == []


def test_rows_written_while_a_trigger_was_missing_are_found_after_reopening(seeded_db):
    _sql(seeded_db, "DROP TRIGGER events_ai",
         "INSERT INTO events (title, kind) VALUES ('Zanzibar vigil', 'protest')")
    with Store.open(seeded_db) as store:
        assert _search_hits(store, "zanzibar") == 1


def test_a_sound_database_opens_without_search_repairs(seeded_db):
    with Store.open(seeded_db) as store:
        assert store.search_repairs == [] and store.damage is None


def test_quick_check_gives_up_within_its_budget_and_trusts_the_file(seeded_db):
    conn = sqlite3.connect(seeded_db)
    try:
        assert quick_check_problem(conn, budget_ms=0) is None
        assert quick_check_problem(conn) is None
        time.sleep(0.05)
        conn.execute("SELECT 1").fetchone()  # no late interrupt reaches it
    finally:
        conn.close()
