"""A mention's content words found by the reader process equal those the store would find."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from timeline_app.core.consolidation import content_words, words_from_text
from timeline_app.core.importing import import_paths
from timeline_app.core.prepared import read_and_hash, with_extraction
from timeline_app.core.store import Store


def test_a_prepared_file_carries_each_events_content_words(seeds_dir: Path):
    for path in sorted(seeds_dir.iterdir()):
        prepared = with_extraction(read_and_hash(path), {})
        events = prepared.extraction.events
        assert len(prepared.mention_words) == len(events)
        for event, shipped in zip(events, prepared.mention_words):
            assert words_from_text(shipped) == content_words(
                event.title, event.evidence, names=event.organisations)


def _source_words(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT source_key, words, event_id FROM event_sources ORDER BY source_key").fetchall()
    finally:
        conn.close()


def test_reader_processes_store_the_same_sources_as_importing_in_process(
        seeds_dir: Path, tmp_path: Path):
    for name, workers, isolate in (("here.db", 0, False), ("readers.db", 1, True)):
        store = Store.open(tmp_path / name)
        try:
            import_paths(store, [seeds_dir], workers=workers, isolate=isolate)
        finally:
            store.close()
    here, readers = _source_words(tmp_path / "here.db"), _source_words(tmp_path / "readers.db")
    assert here and here == readers
