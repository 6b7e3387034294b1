"""After pages are pulled into a report's event, the import's copy reads as a fresh one.

A dated report takes in the page-dated and undated pages stored before it
that tell its event (``pull_in_pages``, ``pull_in_undated_pages``): the pages
hide behind the event and their sources and links move to it. The import keeps
its in-memory copy in step with those moves (``ConsolidationMirror.sources_moved``)
rather than reading the whole copy again; if it drifted from what a fresh copy
(and the statements) read, later reports would be grouped differently.
"""

from __future__ import annotations

import random

import pytest
from test_consolidation_mirror import _by_id, _fill, compare_reads, random_window

from timeline_app.core.store import Store
from timeline_app.core.store import consolidation_mirror
from timeline_app.core.store.consolidation_mirror import ConsolidationMirror

_SHOWN = "SELECT id FROM events WHERE consolidated_into IS NULL ORDER BY id"
_SOURCES_OF = "SELECT id FROM event_sources WHERE event_id = ? ORDER BY id"
#: What ``UndatedPages.pull_in_undated_pages`` looks among: the shown events of the
#: kind dated at most to their year, linked to one of the organisers.
_UNDATED = """SELECT e.id FROM events e WHERE e.consolidated_into IS NULL
    AND e.kind = ? AND e.precision IN ('unknown', 'year')
    AND EXISTS (SELECT 1 FROM event_organisations l WHERE l.event_id = e.id
                AND l.organisation_id IN (SELECT value FROM json_each(?))) ORDER BY e.id"""


def _pull(store: Store, rng: random.Random) -> list[int]:
    """Move every source of one shown event into another, as a pull does; the events touched."""
    shown = [row[0] for row in store.db.conn.execute(_SHOWN)]
    page, event = rng.sample(shown, 2)
    for (source_id,) in store.db.conn.execute(_SOURCES_OF, (page,)).fetchall():
        store.set_source_event(source_id, event, "import")
    store.refresh_event_fields(event, relink=True)
    return [page, event]


def _same_reads(store: Store, kept: ConsolidationMirror, rng: random.Random) -> int:
    """``kept`` answers as the statements and as a copy read afresh; events found."""
    fresh = ConsolidationMirror(store.db.conn)
    assert fresh.ready()
    found = 0
    for _ in range(40):
        window = random_window(rng)
        found += compare_reads(store, kept, window)
        kind, t0, t1, orgs, narrowed = window
        assert _by_id(kept.consolidation_candidates(kind, t0, t1, narrowed, named_by=orgs)) == \
            _by_id(fresh.consolidation_candidates(kind, t0, t1, narrowed, named_by=orgs))
        assert _by_id(kept.undated_candidates(kind, orgs)) == _by_id(
            fresh.undated_candidates(kind, orgs))
        assert kept.page_ids(t0, t1, orgs) == fresh.page_ids(t0, t1, orgs)
        undated = [row[0] for row in store.db.conn.execute(_UNDATED, (kind, str(sorted(orgs))))]
        assert kept.undated_ids(kind, orgs) == fresh.undated_ids(kind, orgs) == undated
    return found


@pytest.mark.parametrize("objects_below", [0, 100_000], ids=["snapshot", "objects"])
def test_the_copy_kept_in_step_after_pulls_reads_as_a_fresh_one(fresh_store, monkeypatch,
                                                                 objects_below):
    monkeypatch.setattr(consolidation_mirror, "OBJECTS_BELOW", objects_below)
    rng = random.Random(31)
    _fill(fresh_store, rng)
    mirror = ConsolidationMirror(fresh_store.db.conn)
    assert mirror.ready()
    found = _same_reads(fresh_store, mirror, rng)  # read first: some events become objects
    for _ in range(12):
        mirror.sources_moved(_pull(fresh_store, rng))
        found += _same_reads(fresh_store, mirror, rng)
    assert found > 400  # the windows found events, not only empty answers
