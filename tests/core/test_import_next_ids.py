"""An import remembers the next event and source ids and the database's data
version for its batch; what others write in between must still be seen, so
no imported row takes an id already used and no row is lost."""

from __future__ import annotations

import json

from timeline_app.core.models import ExtractedEvent, Extraction, ReadDocument
from timeline_app.core.store import Store
from timeline_app.core.store.import_writes import _confidence_json


def _extraction(title: str, *days: str) -> Extraction:
    events = tuple(
        ExtractedEvent(title=f"{title} {day}", kind="protest", start=day, precision="day",
                       evidence=f"{title} on {day}", evidence_start=i, evidence_end=i + 5,
                       main=i == 0, field_confidence={"date": 0.9, "kind": 1, "title": 0.5})
        for i, day in enumerate(days))
    return Extraction(published=None, published_precision="unknown", title=title,
                      events=events, organisations=())


def _add(store: Store, title: str, *days: str) -> int:
    document_id, _ = store.add_document(
        ReadDocument(f"{title} text", "txt"), _extraction(title, *days),
        path=f"/{title}.txt", content_hash=f"hash-{title}")
    return document_id


def _ids(store: Store, sql: str) -> list[int]:
    return [row[0] for row in store.db.conn.execute(sql)]


def _assert_every_mention_has_its_source(store: Store) -> None:
    events = _ids(store, "SELECT id FROM events ORDER BY id")
    mentions = _ids(store, "SELECT mention_id FROM event_sources ORDER BY mention_id")
    assert events == mentions
    assert len(set(_ids(store, "SELECT id FROM event_sources"))) == len(mentions)


def test_another_connections_documents_between_batches_are_not_overwritten(fresh_store, tmp_path):
    fresh_store.begin_import_batch()
    _add(fresh_store, "first", "2019-03-03", "2019-04-04")
    assert fresh_store.commit_import_batch()
    other = Store.open(tmp_path / "timeline.db")
    try:
        _add(other, "second", "2020-05-05", "2020-06-06")  # takes the next ids itself
    finally:
        other.close()
    fresh_store.begin_import_batch()
    _add(fresh_store, "third", "2021-07-07")
    assert fresh_store.commit_import_batch()
    titles = [row[0] for row in fresh_store.db.conn.execute("SELECT title FROM events ORDER BY id")]
    assert titles == ["first 2019-03-03", "first 2019-04-04", "second 2020-05-05",
                      "second 2020-06-06", "third 2021-07-07"]
    _assert_every_mention_has_its_source(fresh_store)


def test_a_write_of_this_connection_inside_a_batch_moves_the_next_ids(fresh_store):
    fresh_store.begin_import_batch()
    _add(fresh_store, "first", "2019-03-03")
    # an edit between two documents of the batch (not through add_document)
    fresh_store.db.conn.execute(
        "INSERT INTO events (id, title, kind, precision, confidence) VALUES (50, 'hand made', 'protest', 'day', 1)")
    _add(fresh_store, "second", "2020-05-05")
    assert fresh_store.commit_import_batch()
    assert _ids(fresh_store, "SELECT id FROM events ORDER BY id") == [1, 50, 51]
    assert _ids(fresh_store, "SELECT mention_id FROM event_sources ORDER BY id") == [1, 51]


def test_confidence_text_is_what_json_writes():
    for scores in ({"date": 0.9, "kind": 0.95, "title": 0.5}, {"title": 0.5, "date": 0.9},
                   {"date": 1}, {"date": 1.0}, {"date": True}, {"date": 0.0}, {"date": -0.0},
                   {}, {"date": float("nan")}):
        for _ in range(2):  # the second time from memory
            assert _confidence_json(scores) == json.dumps(scores, sort_keys=True)
