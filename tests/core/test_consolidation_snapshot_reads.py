"""The snapshot of shown events is read cheaply, and the page pulls it narrows read alike.

``ShownArrays.read`` reads straight from the table when it holds no more events
than the snapshot may (capping the read costs a copy of every row), and finds
each event's position without a second sort when the rows came in id order;
``DocumentTargets.pull_in_pages`` reads only the page-dated events the import's
copy lists near the day. Each must answer exactly as the slower way did.
"""

from __future__ import annotations

import json
import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from test_consolidation_mirror import _fill, random_window

from timeline_app.core.consolidation.document_joins import DOCUMENT_DATED_CONFIDENCE
from timeline_app.core.consolidation.matching import APPROXIMATE_SLACK
from timeline_app.core.models import KINDS
from timeline_app.core.store import consolidation_mirror
from timeline_app.core.store.consolidation_mirror import ConsolidationMirror
from timeline_app.core.store.document_targets import _PAGES_AMONG, _PAGES_NEAR
from timeline_app.core.store.shown_arrays import ShownArrays

_SHOWN = "SELECT count(*) FROM events WHERE consolidated_into IS NULL"


def _same(a: ShownArrays, b: ShownArrays) -> bool:
    return all(np.array_equal(value, getattr(b, name), equal_nan=True)
               for name, value in vars(a).items() if isinstance(value, np.ndarray))


def test_a_capped_read_holds_what_a_straight_read_holds(fresh_store):
    """A table holding more events than the snapshot may, most of them hidden
    behind others: the capped read gives the same snapshot, and None past it."""
    _fill(fresh_store, random.Random(5))
    conn = fresh_store.db.conn
    conn.execute("UPDATE events SET t_start = t_start + 0.5 WHERE id % 50 = 0")  # not plain
    shown = conn.execute(_SHOWN).fetchone()[0]
    assert shown < 400
    straight, straight_odd = ShownArrays.read(conn, 400)
    capped, capped_odd = ShownArrays.read(conn, shown)  # 400 stored: the capped read
    assert capped_odd == straight_odd and straight_odd
    assert _same(capped, straight) and len(straight) + len(straight_odd) == shown
    assert ShownArrays.read(conn, shown - 1) is None


def _arrays(ids: list[int], starts: list[float | None]) -> ShownArrays:
    count = len(ids)
    t_start = np.array([np.nan if s is None else s for s in starts])
    return ShownArrays(np.array(ids, dtype=np.int64), np.zeros(count, dtype=np.int64),
                       np.zeros(count, dtype=np.int64), t_start, t_start + 1,
                       np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64),
                       np.zeros(0, dtype=np.int64))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-1_000, 1_000), unique=True, max_size=40).flatmap(
    lambda ids: st.tuples(st.just(ids), st.permutations(ids),
                          st.lists(st.none() | st.integers(0, 20).map(float),
                                   min_size=len(ids), max_size=len(ids)),
                          st.integers(-1_001, 1_001))))
def test_each_id_is_found_in_id_order_or_not(case):
    """Rows read in id order (the position of each id follows from the sort by
    start) and in any other order find every id at its position, and no other."""
    ids, shuffled, starts, probe = case
    for order in (sorted(ids), shuffled):
        arrays = _arrays(order, starts)
        positions = arrays.positions_of(np.array(order + [probe], dtype=np.int64))
        assert arrays.ids[positions[:-1]].tolist() == order
        assert (positions[-1] >= 0) == (probe in ids)


def test_pages_listed_by_the_copy_are_read_as_the_statement_reads_them(fresh_store, monkeypatch):
    """The page-dated pages standing alone near a day, read among the events the
    copy lists, are those the statement over every event near the day finds, in
    its order; the copy lists none when the statement finds none."""
    monkeypatch.setattr(consolidation_mirror, "OBJECTS_BELOW", 0)
    rng = random.Random(41)
    _fill(fresh_store, rng)
    conn = fresh_store.db.conn
    # main mentions of documents standing for themselves, some dated surely
    conn.execute("UPDATE events SET main = 1, document_id = id % 40 + 1, field_confidence ="
                 " CASE WHEN id % 3 THEN '{\"date\": 0.3}' ELSE '{\"date\": 0.9}' END")
    mirror = ConsolidationMirror(conn)
    assert mirror.ready()
    pulled = 0
    for _ in range(300):
        _, t0, t1, orgs, _ = random_window(rng)
        listed = mirror.page_ids(t0, t1, orgs)
        assert listed is not None
        params = [*KINDS, t0 - APPROXIMATE_SLACK - 1, t1 + APPROXIMATE_SLACK, rng.randint(1, 40),
                  DOCUMENT_DATED_CONFIDENCE, json.dumps(sorted(orgs))]
        near = conn.execute(_PAGES_NEAR, params).fetchall()
        assert conn.execute(_PAGES_AMONG, [json.dumps(listed), *params]).fetchall() == near
        assert listed or not near
        pulled += len(near)
        if rng.random() < 0.2:  # some events become objects, as a mention's tests make them
            mirror.consolidation_candidates(rng.choice(KINDS), t0, t1, None)
    assert pulled > 100
