"""Events held in the import's numpy snapshot keep their acting organisers.

Past ``OBJECTS_BELOW`` shown events the stored events stay in arrays
(``store.shown_arrays``) until a mention picks one. Each link's acting flag
(a role other than "mentioned") is sorted with its organisation there; if the
two ever fell out of step, a report that only mentions a body would be joined
to, or kept apart from, an event as it would not be by the statements.
"""

from __future__ import annotations

import random

from test_consolidation_mirror import _by_id, _fill
from test_consolidation_snapshot import _compare

from timeline_app.core.partial_dates import stored_span
from timeline_app.core.store import consolidation_mirror
from timeline_app.core.store.consolidation_mirror import ConsolidationMirror

_ROLES = ["organiser", "supporter", "target", "mentioned", "mentioned"]


def _give_roles(conn, rng: random.Random) -> None:
    links = conn.execute("SELECT event_id, organisation_id FROM event_organisations").fetchall()
    for event_id, organisation_id in links:
        conn.execute("UPDATE event_organisations SET role = ? WHERE event_id = ?"
                     " AND organisation_id = ?", (rng.choice(_ROLES), event_id, organisation_id))


def test_snapshot_reads_with_roles_answer_as_the_statements_do(fresh_store, monkeypatch):
    monkeypatch.setattr(consolidation_mirror, "OBJECTS_BELOW", 0)
    rng = random.Random(31)
    _fill(fresh_store, rng)
    _give_roles(fresh_store.db.conn, rng)
    mirror = ConsolidationMirror(fresh_store.db.conn)
    assert mirror.ready()
    assert sum(_compare(fresh_store, mirror, rng) for _ in range(300)) > 300


def test_an_event_past_the_threshold_keeps_its_acting_organisers(fresh_store, monkeypatch):
    """Links written out of order (organisations and events interleaved): each
    event's candidate names as acting exactly the bodies it was linked to as
    more than mentioned, read from the snapshot, not from objects made at load."""
    monkeypatch.setattr(consolidation_mirror, "OBJECTS_BELOW", 0)
    conn = fresh_store.db.conn
    t0, t1, year = stored_span("2010-11-10", None, "day")
    for org in range(1, 6):
        conn.execute("INSERT INTO organisations (id, name, key) VALUES (?, ?, ?)",
                     (org, f"Org {org}", f"org {org}"))
    for event_id in (1, 2, 3):
        conn.execute("INSERT INTO events (id, title, kind, start, precision, t_start, t_end,"
                     " year, source_count) VALUES (?, 't', 'strike', '2010-11-10', 'day',"
                     " ?, ?, ?, 1)", (event_id, t0, t1, year))
    links = [(3, 5, "mentioned"), (1, 4, "organiser"), (2, 1, "mentioned"),
             (1, 2, "mentioned"), (3, 1, "target"), (1, 3, "supporter"), (2, 5, "mentioned")]
    conn.executemany("INSERT INTO event_organisations (event_id, organisation_id, role)"
                     " VALUES (?, ?, ?)", links)
    mirror = ConsolidationMirror(conn)
    assert mirror.ready()
    assert len(mirror._base) == 3 and not mirror._base.promoted.any()  # all in the arrays
    read = mirror.consolidation_candidates("strike", t0, t1, None, named_by=[1, 2, 3, 4, 5])
    acting = {c.event_id: (c.organisation_ids, c.acting_ids) for c in read}
    assert acting == {1: ({2, 3, 4}, {3, 4}), 2: ({1, 5}, set()), 3: ({1, 5}, {1})}
    assert _by_id(read) == _by_id(fresh_store.consolidation_candidates(
        "strike", t0, t1, None, named_by=[1, 2, 3, 4, 5]))
