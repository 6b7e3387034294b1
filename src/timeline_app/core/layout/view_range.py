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
#: Widest view while there is no dated data: a century.
CENTURY_DAYS = 36525.0
#: Day numbers of 0002-01-01 and 9998-12-31: the calendar the axis can label.
FIRST_DAY = date_to_days(date(2, 1, 1))
LAST_DAY = date_to_days(date(9998, 12, 31))

Extent = tuple[float, float] | None


#: Margin each side of the data in a fitted view, as a share of its span.
FIT_MARGIN = 0.04
#: Today joins the fitted view when it lies within this share of the data's
#: span (or a month) of the data; further off it would only add empty time.
TODAY_NEAR = 0.1
#: Zooming out stops at this many times the fitted view's span.
ZOOM_OUT_SLACK = 1.25
#: Zooming out may always show at least a year, so a few days' data keeps context.
MIN_ZOOM_OUT_DAYS = 366.0


def fit_extent(extent: Extent, today: float) -> tuple[float, float] | None:
    """The stretch a fitted view must show: the data, widened to Today only
    when Today lies inside it or near it; None without dated data."""
    if extent is None:
        return None
    first, last = extent
    near = max((last - first) * TODAY_NEAR, 30.0)
    if first - near <= today <= last + near:
        first, last = min(first, today), max(last, today)
    return first, last


def fit_range(extent: Extent, today: float) -> tuple[float, float]:
    """The range that shows all of ``extent`` (and Today, when near it) with
    a small margin each side.

    The margin is the same both sides: labels that would run off the right
    edge are placed left of their markers instead (core.layout.labels), so
    no empty future is needed for them. With no dated data the view shows
    the five years up to today; a single day gets a month around it so a
    lone event does not fill the screen.
    """
    shown = fit_extent(extent, today)
    if shown is None:
        return today - 5 * 365.25, today + 60.0
    first, last = shown
    span = max(last - first, 30.0)
    centre = (first + last) / 2
    margin = span * FIT_MARGIN
    return centre - span / 2 - margin, centre + span / 2 + margin


def max_span_for(extent: Extent, today: float | None = None) -> float:
    """Widest allowed view: a little more than the fitted view (a century
    without dated data), so zooming out never loses the data in empty time."""
    if extent is None:
        return CENTURY_DAYS
    reference = (extent[0] + extent[1]) / 2 if today is None else today
    start, end = fit_range(extent, reference)
    return max((end - start) * ZOOM_OUT_SLACK, MIN_ZOOM_OUT_DAYS)


def clamp_range(start: float, end: float, extent: Extent, today: float) -> tuple[float, float]:
    """Keep a view within zoom limits and near the data.

    The span is clamped between hours and a little more than the fitted
    view; the centre may wander at most half a screen past the data's ends,
    so a user can never pan off into an empty void and lose everything.
    """
    if not (math.isfinite(start) and math.isfinite(end)):
        start, end = fit_range(extent, today)
    if end < start:
        start, end = end, start
    span = min(max(end - start, MIN_SPAN_DAYS), max_span_for(extent, today))
    centre = (start + end) / 2
    first, last = fit_extent(extent, today) or (today - 5 * 365.25, today + 60.0)
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
                       extent: Extent, today: float | None = None) -> tuple[float, float]:
    """Like zoom_range but stops at the zoom limits without drifting the anchor."""
    span = end - start
    new_span = min(max(span / factor, MIN_SPAN_DAYS), max_span_for(extent, today))
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
