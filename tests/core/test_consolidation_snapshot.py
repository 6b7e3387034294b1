"""A large archive's events are compared from arrays, and answer as the statements do.

Past ``OBJECTS_BELOW`` shown events the import's copy keeps the stored events
in a numpy snapshot (``store.shown_arrays``) and makes objects only of those a
mention picks or the import writes to; reports must be grouped exactly as the
statements would group them, and the copy must stay small.
"""

from __future__ import annotations

import random
import tracemalloc

from test_consolidation_mirror import _archive, _fill, assert_grouped_alike, compare_reads, random_window

from timeline_app.core.models import KINDS
from timeline_app.core.partial_dates import stored_span
from timeline_app.core.store import Store
from timeline_app.core.store import consolidation_mirror
from timeline_app.core.store.consolidation_mirror import ConsolidationMirror

#: What ``DocumentTargets.pull_in_pages`` looks among: the page-dated events near
#: the day, linked to one of the organisers.
_PAGES = """SELECT e.id FROM events e WHERE e.consolidated_into IS NULL
    AND e.precision = 'approximate' AND e.t_start >= ? AND e.t_start < ?
    AND EXISTS (SELECT 1 FROM event_organisations l WHERE l.event_id = e.id
                AND l.organisation_id IN (SELECT value FROM json_each(?))) ORDER BY e.id"""


def _compare(store: Store, mirror: ConsolidationMirror, rng: random.Random) -> int:
    """``compare_reads`` in a random window, and the page-dated check ``pull_in_pages`` relies on."""
    window = random_window(rng)
    found = compare_reads(store, mirror, window)
    _, t0, t1, orgs, _ = window
    pages = [row[0] for row in store.db.conn.execute(_PAGES, (t0 - 5, t1 + 4, str(sorted(orgs))))]
    assert mirror.page_ids(t0, t1, orgs) == pages
    return found


def test_reads_from_the_snapshot_answer_as_the_statements_do(fresh_store, monkeypatch):
    monkeypatch.setattr(consolidation_mirror, "OBJECTS_BELOW", 0)
    rng = random.Random(17)
    _fill(fresh_store, rng)
    mirror = ConsolidationMirror(fresh_store.db.conn)
    assert mirror.ready()
    assert sum(_compare(fresh_store, mirror, rng) for _ in range(300)) > 300


def test_written_events_and_sources_are_seen_by_the_next_read(fresh_store, monkeypatch):
    """An event the import joins or re-dates is taken out of the snapshot and
    read as it now is."""
    monkeypatch.setattr(consolidation_mirror, "OBJECTS_BELOW", 0)
    rng = random.Random(23)
    _fill(fresh_store, rng)
    conn = fresh_store.db.conn
    mirror = ConsolidationMirror(conn)
    assert mirror.ready()
    t0, t1, year = stored_span("2010-11-12", None, "day")
    for event_id in rng.sample(range(1, 401), 40):
        conn.execute('UPDATE events SET kind = ?, start = ?, "end" = NULL, precision = ?,'
                     " t_start = ?, t_end = ?, year = ? WHERE id = ?",
                     (rng.choice(KINDS), "2010-11-12", rng.choice(["day", "approximate"]),
                      t0, t1, year, event_id))
        conn.execute("INSERT OR IGNORE INTO event_organisations (event_id, organisation_id)"
                     " VALUES (?, 2)", (event_id,))
        mirror.add_source(event_id, "march fees", 3, [2])
        mirror.reread(event_id)
        conn.execute("UPDATE event_sources SET words = words || ' march fees'"
                     " WHERE event_id = ?", (event_id,))
    assert sum(_compare(fresh_store, mirror, rng) for _ in range(200)) > 200


def test_a_large_archive_is_held_in_a_few_megabytes(fresh_store, monkeypatch):
    """Fifty thousand stored events: the copy holds arrays, not an object each."""
    monkeypatch.setattr(consolidation_mirror, "EVENTS_PER_DEFERRED_READ", 100_000)
    conn = fresh_store.db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO events (id, title, kind, start, precision, t_start, t_end, year,"
        " source_count) VALUES (?, 't', ?, ?, 'day', ?, ?, ?, 1)",
        [(i, KINDS[i % len(KINDS)], "2010-11-10", *stored_span("2010-11-10", None, "day"))
         for i in range(1, 50_001)])
    conn.execute("COMMIT")
    tracemalloc.start()
    try:
        mirror = ConsolidationMirror(conn)
        assert mirror.ready()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held < 5_000_000  # about 40 bytes an event; objects took about 400


def test_an_archive_imported_into_a_large_one_groups_as_the_statements_do(tmp_path, monkeypatch):
    """The second half of an archive imported into the first, read from the
    snapshot, is grouped as by SQL alone."""
    _archive(tmp_path / "docs")
    files = sorted((tmp_path / "docs").iterdir())
    assert_grouped_alike(tmp_path, monkeypatch, [files[:12], files[12:]],
                         {"OBJECTS_BELOW": 0, "EVENTS_PER_DEFERRED_READ": 10_000, "MAX_EVENTS": 1_000_000},
                         {"OBJECTS_BELOW": 0, "EVENTS_PER_DEFERRED_READ": 10_000, "MAX_EVENTS": 0})
