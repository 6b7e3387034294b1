"""Moving through events with the keyboard: the next one in time, or the nearest.

Dated events come first in time order, then the undated ones in shelf
order, so Left and Right walk every event once.
"""

from __future__ import annotations

import numpy as np

from timeline_app.core.timeline_data import TimelineData


def step_from(data: TimelineData, event_id: int | None, step: int) -> int | None:
    """The id ``step`` events after (or before) ``event_id``, stopping at
    the ends; from nowhere, the first (or last) event. None with no events."""
    total = data.dated_count + data.undated_count
    if total == 0:
        return None
    where = data.locate(event_id) if event_id is not None else None
    if where is None:
        position = 0 if step > 0 else total - 1
    else:
        position = where[1] if where[0] else data.dated_count + where[1]
        position = min(max(position + step, 0), total - 1)
    if position < data.dated_count:
        return int(data.ids[position])
    return int(data.undated_ids[position - data.dated_count])


def nearest_to(data: TimelineData, day: float) -> int | None:
    """The dated event whose marker is nearest ``day``; with no dated events
    the first undated one; None with no events."""
    if data.dated_count:
        i = int(np.searchsorted(data.starts, day))
        candidates = [k for k in (i - 1, i) if 0 <= k < data.dated_count]
        best = min(candidates, key=lambda k: abs(data.anchors[k] - day))
        return int(data.ids[best])
    if data.undated_count:
        return int(data.undated_ids[0])
    return None
