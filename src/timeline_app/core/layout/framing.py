"""Whether a view the person chose still frames the events after a filter.

A filter change keeps the zoom the person chose, unless what remains would
leave the view empty or half-empty: then the view is refitted to the
events, since a view of nothing (or of a few events squeezed into one side)
hides the answer to the question just asked.
"""

from __future__ import annotations

import numpy as np

from timeline_app.core.timeline_data import TimelineData

#: A view counts as half-empty when the dated events inside it cover less
#: than this share of its width.
SPARSE_SHARE = 0.5


def view_is_sparse(data: TimelineData, start: float, end: float,
                   share: float = SPARSE_SHARE) -> bool:
    """True when the dated events overlapping [start, end) cover less than
    ``share`` of it, from the first one's start to the last one's end (no
    dated event in view: True; no dated event at all: False, nothing to fit)."""
    if not data.dated_count:
        return False
    lo, hi = data.visible_slice(start, end)
    # Every start before ``hi`` lies before ``end`` (the starts are sorted), so
    # an event is inside when it ends after ``start``; the first of those has
    # the earliest start, and the latest end of all is the latest inside.
    ends = data.ends[lo:hi]
    latest = float(ends.max()) if len(ends) else start
    if latest <= start:
        return True
    first = max(float(data.starts[lo + int(np.argmax(ends > start))]), start)
    return min(latest, end) - first < share * (end - start)


__all__ = ["SPARSE_SHARE", "view_is_sparse"]
