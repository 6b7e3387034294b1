"""The main stretch of the dated events: what "Fit" frames first.

A page about a 2016 walkout that says "the union was founded in 1922" puts one
event a century before all the others; fitting everything then squeezes the
real story into the last tenth of the width. So Fit frames the stretch where
nearly all events are, leaving out only a few far-off dates at either end,
and a second Fit shows everything. Evenly spread data, or far-off dates that
are more than a few, are never left out: then the stretch is all of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from timeline_app.core.timeline_data import TimelineData

#: At most this share of the dated events may be left outside the stretch.
OUTLIER_SHARE = 0.05
#: Fewer dated events than this are always fitted whole (no "majority" to find).
MIN_EVENTS = 5
#: Leave events out only when that narrows the view to at most this share of
#: the whole span; otherwise the gain is not worth hiding anything.
NARROWING = 0.5
#: Below this many dated events one left out is a large share of them: only
#: a date far off indeed (the view five times narrower) is left out then,
#: so a small collection's later event (2016, 2017, then 2022) stays in view.
SMALL_SET, SMALL_NARROWING = 20, 0.2
#: An event joins the stretch when its gap to it is at most this share of it.
JOIN_GAP = 0.15


@dataclass(frozen=True)
class MainStretch:
    """The days ``first`` to ``last`` and how many dated events lie wholly
    before and after them (both 0: the stretch is the whole extent)."""

    first: float
    last: float
    earlier: int = 0
    later: int = 0

    @property
    def is_whole(self) -> bool:
        return not (self.earlier or self.later)


def main_stretch(data: TimelineData) -> MainStretch | None:
    """The stretch Fit frames first (None without dated events)."""
    extent = data.extent()
    if extent is None:
        return None
    whole = MainStretch(*extent)
    n = int(data.dated_count)
    if n < MIN_EVENTS:
        return whole
    starts = data.starts
    keep = n - max(1, int(n * OUTLIER_SHARE))
    # The shortest run of ``keep`` consecutive starts: where the events crowd.
    widths = starts[keep - 1:] - starts[:n - keep + 1]
    lo = int(np.argmin(widths))
    hi = lo + keep - 1  # inclusive
    # Grow it over neighbours that sit close to it: only far-off dates stay out.
    while True:
        span = max(float(starts[hi] - starts[lo]), 30.0)
        if lo > 0 and starts[lo] - starts[lo - 1] <= JOIN_GAP * span:
            lo -= 1
        elif hi < n - 1 and starts[hi + 1] - starts[hi] <= JOIN_GAP * span:
            hi += 1
        else:
            break
    first = float(starts[lo])
    last = float(data.ends[lo:hi + 1].max())
    # Events after the run that start inside it but end later join it too.
    last = max(last, float(data.ends[hi + 1:][starts[hi + 1:] < last].max(initial=last)))
    later = int(np.count_nonzero(starts[hi + 1:] >= last))
    earlier = int(np.count_nonzero(data.ends[:lo] <= first)) if lo else 0
    if lo and earlier < lo:  # a long early event reaching into the stretch: show it whole
        return whole
    whole_span = extent[1] - extent[0]
    narrowing = NARROWING if n >= SMALL_SET else SMALL_NARROWING
    if not (earlier or later) or (last - first) > narrowing * whole_span:
        return whole
    return MainStretch(first, last, earlier, later)


__all__ = ["MainStretch", "main_stretch"]
