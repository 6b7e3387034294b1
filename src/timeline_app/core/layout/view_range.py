"""Which stretch of time the timeline shows: fitting, zoom and pan limits.

Pure arithmetic on day numbers (see core.partial_dates), so the canvas and
the overview strip agree on the same limits and both can be tested without a
window.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

from timeline_app.core.partial_dates import date_to_days

#: Narrowest view: a few hours across the widget.
MIN_SPAN_DAYS = 0.1
#: Widest view unless the data itself is wider: a century.
CENTURY_DAYS = 36525.0
#: Day numbers of 0002-01-01 and 9998-12-31: the calendar the axis can label.
FIRST_DAY = date_to_days(date(2, 1, 1))
LAST_DAY = date_to_days(date(9998, 12, 31))

Extent = tuple[float, float] | None


def max_span_for(extent: Extent) -> float:
    """Widest allowed view: a century, or the whole data with a margin."""
    if extent is None:
        return CENTURY_DAYS
    return max(CENTURY_DAYS, (extent[1] - extent[0]) * 1.1)


def fit_range(extent: Extent, today: float, width_px: float = 0.0,
              last_label_px: float = 0.0) -> tuple[float, float]:
    """The range that shows all of ``extent`` with a margin each side.

    The right margin is wider: labels run to the right of their markers, and
    the latest event's title should be readable after Fit All. Given the
    view's width and that label's width in pixels, the margin is made just
    wide enough for it (but never more than a third of the view, so a long
    title cannot squeeze the data into a corner). With no dated data the
    view shows the five years up to today; a single day gets a month around
    it so a lone event does not fill the screen.
    """
    if extent is None:
        return today - 5 * 365.25, today + 60.0
    first, last = extent
    span = max(last - first, 30.0)
    centre = (first + last) / 2
    first, last = centre - span / 2, centre + span / 2
    start, end = first - span * 0.04, last + span * 0.22
    if width_px > 0 and last_label_px > 0:
        room = min(last_label_px + 12.0, width_px / 3)
        # The data (with its left margin) takes the width the label leaves.
        needed = (last - start) * width_px / (width_px - room)
        end = max(end, start + needed)
    return start, end


def clamp_range(start: float, end: float, extent: Extent, today: float) -> tuple[float, float]:
    """Keep a view within zoom limits and near the data.

    The span is clamped between hours and a century (or the data's width);
    the centre may wander at most half a screen past the data's ends, so a
    user can never pan off into an empty void and lose everything.
    """
    if not (math.isfinite(start) and math.isfinite(end)):
        start, end = fit_range(extent, today)
    if end < start:
        start, end = end, start
    span = min(max(end - start, MIN_SPAN_DAYS), max_span_for(extent))
    centre = (start + end) / 2
    first, last = extent if extent is not None else (today - 5 * 365.25, today + 60.0)
    centre = min(max(centre, first - span / 2), last + span / 2)
    centre = min(max(centre, FIRST_DAY + span / 2), LAST_DAY - span / 2)
    return centre - span / 2, centre + span / 2


def zoom_range(start: float, end: float, factor: float, anchor_fraction: float) -> tuple[float, float]:
    """Zoom by ``factor`` (>1 zooms in) keeping the time at ``anchor_fraction``
    of the width (0 = left edge, 1 = right edge) where it is."""
    span = end - start
    anchor = start + span * anchor_fraction
    new_span = span / factor
    return anchor - new_span * anchor_fraction, anchor - new_span * anchor_fraction + new_span


def zoom_range_limited(start: float, end: float, factor: float, anchor_fraction: float,
                       extent: Extent) -> tuple[float, float]:
    """Like zoom_range but stops at the zoom limits without drifting the anchor."""
    span = end - start
    new_span = min(max(span / factor, MIN_SPAN_DAYS), max_span_for(extent))
    return zoom_range(start, end, span / new_span, anchor_fraction)


def today_day_number() -> float:
    """Now as a fractional day number (local time), for the today marker."""
    now = datetime.now()
    midnight = date_to_days(now.date())
    return midnight + (now - datetime(now.year, now.month, now.day)) / timedelta(days=1)


def range_around_cluster(first_day: float, last_day: float) -> tuple[float, float]:
    """A view that spreads a cluster's events, first to last, across the width."""
    span = max(last_day - first_day, 1.0)
    pad = span * 0.15 + 0.5
    return first_day - pad, last_day + pad


def range_around_event(start_day: float, end_day: float) -> tuple[float, float]:
    """A view of an event and some time around it: three times its length, a week at least."""
    span = max((end_day - start_day) * 3.0, 7.0)
    centre = (start_day + end_day) / 2
    return centre - span / 2, centre + span / 2


def range_revealing(day: float, start: float, end: float,
                    margin_fraction: float = 0.08) -> tuple[float, float]:
    """The view [start, end) panned, not zoomed, just enough that ``day`` is
    at least ``margin_fraction`` of the width inside an edge."""
    span = end - start
    margin = span * margin_fraction
    if day < start + margin:
        return day - margin, day - margin + span
    if day > end - margin:
        return day + margin - span, day + margin
    return start, end
