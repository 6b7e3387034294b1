"""Which events a person is offered when moving a source to another event.

A source is moved to the event it really reports, which is nearly always
close in time: the chooser lists the events whose dates lie within a window
around the source's own event (any kind, those of the same kind first, then
the nearest), or, when asked, every dated and undated event. Works on the
window's ``EventColumns`` in memory, so opening the chooser costs no query.
"""

from __future__ import annotations

import numpy as np

from .event_columns import EventColumns

#: days either side of the source's event that the chooser offers by default
NEAR_DAYS = 45
#: at most this many events are listed (the search box narrows them further)
MAX_TARGETS = 2000


def move_targets(columns: EventColumns, event_id: int, near_days: float | None = NEAR_DAYS,
                 limit: int = MAX_TARGETS) -> list[int]:
    """Ids of the events ``event_id``'s sources could move to, best first.

    ``near_days`` None offers every event. Events of the same kind come
    first, then the nearest in time, then the oldest id; the event itself is
    never offered.
    """
    row = columns.row_of(event_id)
    others = columns.ids != event_id
    if row is None:
        return columns.ids[others][:limit].tolist()
    start, end = columns.starts[row], columns.ends[row]
    starts, ends = columns.starts, columns.ends
    dated = not np.isnan(start)
    with np.errstate(invalid="ignore"):
        distance = (np.maximum(np.maximum(starts - end, start - ends), 0.0)
                    if dated else np.zeros(len(columns.ids)))
    distance = np.where(np.isnan(distance), np.inf, distance)
    keep = others
    if near_days is not None:
        keep = keep & (distance <= near_days) if dated else keep & (columns.kinds == columns.kinds[row])
    other_kind = (columns.kinds != columns.kinds[row]).astype(np.int8)
    rows = np.flatnonzero(keep)
    order = np.lexsort((columns.ids[rows], distance[rows], other_kind[rows]))
    return columns.ids[rows[order]][:limit].tolist()
