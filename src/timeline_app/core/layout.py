"""Where things go on the timeline, in pixels, without Qt.

Everything the canvas needs to decide before it paints: the time <-> x
mapping and zoom/pan limits, the adaptive axis ticks, the lanes and their
heights, which events get a row and a label, and — when too many events
crowd a lane — counted clusters and a per-pixel-column density. The canvas
turns a :class:`Frame` into painter calls and asks it what sits under the
pointer, so hit-testing and painting can never disagree.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from timeline_app.core.models import KINDS
from timeline_app.core.partial_dates import MONTHS, date_to_days, days_to_date
from timeline_app.core.timeline_data import TimelineData

# -- zoom and pan limits ------------------------------------------------------

#: Narrowest view: a few hours across the widget.
MIN_SPAN_DAYS = 0.1
#: Widest view unless the data itself is wider: a century.
CENTURY_DAYS = 36525.0
#: Day numbers of 0002-01-01 and 9998-12-31: the calendar the axis can label.
FIRST_DAY = date_to_days(date(2, 1, 1))
LAST_DAY = date_to_days(date(9998, 12, 31))


def max_span_for(extent: tuple[float, float] | None) -> float:
    """Widest allowed view: a century, or the whole data with a margin."""
    if extent is None:
        return CENTURY_DAYS
    return max(CENTURY_DAYS, (extent[1] - extent[0]) * 1.1)


def fit_range(extent: tuple[float, float] | None, today: float,
              width_px: float = 0.0, last_label_px: float = 0.0) -> tuple[float, float]:
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
    lo, hi = extent
    span = max(hi - lo, 30.0)
    centre = (lo + hi) / 2
    lo, hi = centre - span / 2, centre + span / 2
    start, end = lo - span * 0.04, hi + span * 0.22
    if width_px > 0 and last_label_px > 0:
        room = min(last_label_px + 12.0, width_px / 3)
        # The data (with its left margin) takes the width the label leaves.
        needed = (hi - start) * width_px / (width_px - room)
        end = max(end, start + needed)
    return start, end


def clamp_range(start: float, end: float, extent: tuple[float, float] | None,
                today: float) -> tuple[float, float]:
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
    lo, hi = extent if extent is not None else (today - 5 * 365.25, today + 60.0)
    centre = min(max(centre, lo - span / 2), hi + span / 2)
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
                       extent: tuple[float, float] | None) -> tuple[float, float]:
    """Like zoom_range but stops at the zoom limits without drifting the anchor."""
    span = end - start
    new_span = min(max(span / factor, MIN_SPAN_DAYS), max_span_for(extent))
    return zoom_range(start, end, span / new_span, anchor_fraction)


# -- the adaptive axis --------------------------------------------------------

_MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
_MONDAY_1970 = 4  # 1970-01-05 was a Monday; 1970-01-01 was a Thursday


@dataclass(frozen=True)
class Tick:
    """One axis tick at day number ``day`` with its ``label``."""

    day: float
    label: str


@dataclass(frozen=True)
class AxisTicks:
    """Ticks for one view: ``minor`` is the fine tier (e.g. months), ``major``
    the context tier above it (e.g. years); ``major`` starts with the period
    that contains the left edge, so its label can stay pinned on screen."""

    unit: str  # "hour" | "day" | "week" | "month" | "year"
    step: int
    minor: list[Tick]
    major: list[Tick]


#: Candidate tick scales, finest first: unit, step, shortest spacing in days,
#: characters in the longest label.
_SCALES: tuple[tuple[str, int, float, int], ...] = (
    ("hour", 1, 1 / 24, 5), ("hour", 3, 3 / 24, 5), ("hour", 6, 6 / 24, 5),
    ("hour", 12, 12 / 24, 5),
    ("day", 1, 1.0, 2), ("day", 2, 2.0, 2),
    ("week", 1, 7.0, 6),
    ("month", 1, 28.0, 3), ("month", 3, 89.0, 3), ("month", 6, 181.0, 3),
    ("year", 1, 365.0, 4), ("year", 2, 730.0, 4), ("year", 5, 1826.0, 4),
    ("year", 10, 3652.0, 4), ("year", 20, 7305.0, 4), ("year", 50, 18262.0, 4),
    ("year", 100, 36524.0, 4), ("year", 200, 73048.0, 4), ("year", 500, 182621.0, 4),
    ("year", 1000, 365242.0, 4),
)


def choose_scale(days_per_px: float, char_px: float, padding_px: float = 12.0) -> tuple[str, int]:
    """The finest tick scale whose labels fit between neighbouring ticks."""
    for unit, step, spacing_days, chars in _SCALES:
        if spacing_days / days_per_px >= chars * char_px + padding_px:
            return unit, step
    return _SCALES[-1][0], _SCALES[-1][1]


def axis_ticks(start: float, end: float, width_px: float, char_px: float = 7.0) -> AxisTicks:
    """Ticks and labels for the view [start, end) drawn ``width_px`` wide.

    ``char_px`` is the width of one label character (a digit) in the axis
    font; the scale is chosen so that labels never overlap.
    """
    start = max(start, FIRST_DAY)
    end = min(end, LAST_DAY)
    dpp = (end - start) / max(width_px, 1.0)
    unit, step = choose_scale(dpp, char_px)
    if unit == "hour":
        minor = _hour_ticks(start, end, step)
        major = _day_ticks(start, end, 1, long_label=True, include_before=True)
    elif unit == "day":
        minor = _day_ticks(start, end, step)
        major = _month_ticks(start, end, 1, long_label=True, include_before=True)
    elif unit == "week":
        minor = _week_ticks(start, end)
        major = _month_ticks(start, end, 1, long_label=True, include_before=True)
    elif unit == "month":
        minor = _month_ticks(start, end, step)
        major = _year_ticks(start, end, 1, include_before=True)
    else:
        minor = _year_ticks(start, end, step)
        major = _decade_ticks(start, end, include_before=True) if step < 10 else []
    return AxisTicks(unit, step, minor, major)


def _hour_ticks(start: float, end: float, step: int) -> list[Tick]:
    first = math.ceil(start * 24 / step) * step
    ticks = []
    hour = first
    while hour / 24 < end:
        ticks.append(Tick(hour / 24, f"{hour % 24:02d}:00"))
        hour += step
    return ticks


def _day_ticks(start: float, end: float, step: int, long_label: bool = False,
               include_before: bool = False) -> list[Tick]:
    day = math.floor(start) if include_before else math.ceil(start)
    day = day - (day % step)
    if not include_before and day < start:
        day += step
    ticks = []
    while day < end:
        d = days_to_date(day)
        if long_label:
            label = f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTH_ABBR[d.month - 1]} {d.year}"
        else:
            label = str(d.day)
        ticks.append(Tick(float(day), label))
        day += step
    return ticks


def _week_ticks(start: float, end: float) -> list[Tick]:
    day = math.ceil(start)
    day += (-(day - _MONDAY_1970)) % 7
    ticks = []
    while day < end:
        d = days_to_date(day)
        ticks.append(Tick(float(day), f"{d.day} {_MONTH_ABBR[d.month - 1]}"))
        day += 7
    return ticks


def _month_ticks(start: float, end: float, step: int, long_label: bool = False,
                 include_before: bool = False) -> list[Tick]:
    d = days_to_date(math.floor(start))
    month_index = d.year * 12 + (d.month - 1)
    month_index -= month_index % step
    ticks = []
    while True:
        year, month = divmod(month_index, 12)
        if year > 9998:
            break
        day = date_to_days(date(year, month + 1, 1))
        if day >= end:
            break
        if day >= start or include_before:
            label = f"{MONTHS[month]} {year}" if long_label else _MONTH_ABBR[month]
            ticks.append(Tick(day, label))
        month_index += step
    return ticks


def _year_ticks(start: float, end: float, step: int, include_before: bool = False) -> list[Tick]:
    year = days_to_date(math.floor(start)).year
    year -= year % step
    ticks = []
    while year <= 9998:
        day = date_to_days(date(max(year, 1), 1, 1))
        if day >= end:
            break
        if day >= start or include_before:
            ticks.append(Tick(day, str(year)))
        year += step
    return ticks


def _decade_ticks(start: float, end: float, include_before: bool = False) -> list[Tick]:
    return [Tick(t.day, f"{t.label}s") for t in _year_ticks(start, end, 10, include_before)]


def place_labels(xs: list[float], widths: list[float], view_width: float,
                 pin_first: bool = True, gap: float = 8.0) -> list[float | None]:
    """Left x for each label so none overlap, or None for labels to hide.

    With ``pin_first`` the label of the period already under way at the left
    edge stays on screen (pinned at x=4) until the next label pushes it out,
    the way a map keeps a street name visible.
    """
    placed: list[float | None] = [None] * len(xs)
    right_edge = -math.inf
    for i, (x, w) in enumerate(zip(xs, widths)):
        left = x + 4
        if pin_first and left < 4:
            left = 4.0
            nxt = xs[i + 1] + 4 if i + 1 < len(xs) else math.inf
            left = min(left, nxt - gap - w)  # slide off as the next one arrives
        if left + w < 0 or left > view_width:
            continue
        if left < right_edge + gap:
            continue
        placed[i] = left
        right_edge = left + w
    return placed


# -- lanes -------------------------------------------------------------------


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes the layout works in (the canvas scales them to its font)."""

    row_h: float = 18.0
    header_h: float = 18.0
    density_h: float = 10.0
    pad: float = 4.0
    min_lane_h: float = 64.0
    marker_r: float = 5.0
    gap: float = 6.0
    label_gap: float = 3.0
    max_label_px: float = 300.0
    cluster_px: float = 34.0
    pill_h: float = 16.0


@dataclass(frozen=True)
class LaneSet:
    """The lanes for one grouping: by kind or by organisation.

    ``lut`` turns an event's code into its lane: kind codes directly, and
    organisation codes shifted by one so "no organisation" (-1) has a slot.
    """

    mode: str
    keys: tuple[str | None, ...]
    titles: tuple[str, ...]
    counts: tuple[int, ...]
    lut: np.ndarray

    def __len__(self) -> int:
        return len(self.keys)

    def lane_of(self, data: TimelineData, lo: int, hi: int) -> np.ndarray:
        """Lane index of each dated event in [lo, hi)."""
        if self.mode == "kind":
            return self.lut[data.kinds[lo:hi]]
        return self.lut[data.org_codes[lo:hi] + 1]

    def lane_of_index(self, data: TimelineData, index: int) -> int:
        if self.mode == "kind":
            return int(self.lut[data.kinds[index]])
        return int(self.lut[data.org_codes[index] + 1])


NO_ORGANISATION = "No organisation"


def make_lanes(data: TimelineData, mode: str) -> LaneSet:
    """Lanes for the dated events: kinds in their usual order, or the
    organisations busiest first with "No organisation" last."""
    if mode == "kind":
        counts = np.bincount(data.kinds, minlength=len(KINDS))
        present = [k for k in range(len(KINDS)) if counts[k]]
        lut = np.full(len(KINDS), -1, dtype=np.int16)
        lut[present] = np.arange(len(present), dtype=np.int16)
        return LaneSet("kind", tuple(KINDS[k] for k in present),
                       tuple(KINDS[k].capitalize() for k in present),
                       tuple(int(counts[k]) for k in present), lut)
    if mode != "organisation":
        raise ValueError(f"lane mode must be 'kind' or 'organisation', not {mode!r}")
    counts = np.bincount(data.org_codes + 1, minlength=len(data.org_names) + 1)
    present = [c for c in range(1, len(counts)) if counts[c]]
    if counts[0]:
        present.append(0)  # events without an organisation go last
    lut = np.full(len(counts), -1, dtype=np.int32)
    lut[present] = np.arange(len(present), dtype=np.int32)
    keys = tuple(data.org_names[c - 1] if c else None for c in present)
    titles = tuple(k if k is not None else NO_ORGANISATION for k in keys)
    return LaneSet("organisation", keys, titles, tuple(int(counts[c]) for c in present), lut)


@dataclass(frozen=True)
class LaneGeometry:
    """Where one lane sits vertically and how many event rows it holds."""

    index: int
    title: str
    count: int
    top: float
    height: float
    rows: int
    metrics: Metrics

    @property
    def rows_top(self) -> float:
        return self.top + self.metrics.header_h

    def row_centre(self, row: int) -> float:
        return self.rows_top + (row + 0.5) * self.metrics.row_h

    @property
    def cluster_centre(self) -> float:
        m = self.metrics
        return self.rows_top + (self.height - m.header_h - m.density_h - m.pad) / 2

    @property
    def density_top(self) -> float:
        return self.top + self.height - self.metrics.density_h - self.metrics.pad / 2


def lane_geometries(lanes: LaneSet, top: float, height: float, scroll_y: float,
                    metrics: Metrics) -> tuple[list[LaneGeometry], float]:
    """Stack lanes from ``top``; each gets an equal share of ``height`` but
    at least ``min_lane_h``. Returns the geometries and the content height
    (more than ``height`` means the lanes scroll vertically)."""
    n = len(lanes)
    if n == 0:
        return [], 0.0
    lane_h = max(metrics.min_lane_h, math.floor(height / n))
    usable = lane_h - metrics.header_h - metrics.density_h - metrics.pad
    rows = max(1, int(usable // metrics.row_h))
    geoms = [LaneGeometry(i, lanes.titles[i], lanes.counts[i], top + i * lane_h - scroll_y,
                          lane_h, rows, metrics) for i in range(n)]
    return geoms, lane_h * n


# -- stacking events in rows -----------------------------------------------


def stack_rows(left: np.ndarray, right: np.ndarray, rows: int) -> np.ndarray:
    """Greedy first-fit: the row for each item so extents in a row never
    overlap, or -1 when every row is taken at that point.

    Items are placed left to right by their ``left`` edge; an item occupies
    [left, right) of its row.
    """
    n = len(left)
    result = np.full(n, -1, dtype=np.int32)
    if n == 0:
        return result
    row_end = [-math.inf] * rows
    order = np.argsort(left, kind="stable")
    lefts = left[order].tolist()
    rights = right[order].tolist()
    for k, i in enumerate(order.tolist()):
        lft = lefts[k]
        for r in range(rows):
            if row_end[r] <= lft:
                row_end[r] = rights[k]
                result[i] = r
                break
    return result


def labels_that_fit(left: np.ndarray, label_right: np.ndarray, row: np.ndarray) -> np.ndarray:
    """Whether each item's label ends before the next item in its row begins."""
    n = len(left)
    fits = np.ones(n, dtype=bool)
    if n < 2:
        return fits
    order = np.lexsort((left, row))
    same_row_next = row[order][1:] == row[order][:-1]
    clash = same_row_next & (label_right[order][:-1] > left[order][1:])
    fits[order[:-1][clash]] = False
    return fits


def must_overflow(anchor_x: np.ndarray, rows: int, marker_px: float) -> bool:
    """True when some stretch one marker wide holds more markers than rows:
    no stacking can fit them, so there is no point trying."""
    if len(anchor_x) <= rows:
        return False
    xs = np.sort(anchor_x)
    within = np.searchsorted(xs, xs + marker_px, side="left") - np.arange(len(xs))
    return bool(within.max() > rows)


# -- frames -------------------------------------------------------------------


@dataclass
class EventLane:
    """A lane drawn event by event: rows assigned, labels where they fit.

    Arrays are aligned and ordered by dated index (time order): ``index``,
    ``ax`` (marker x), ``x0``/``x1`` (span in x), ``row``, ``label`` (bool),
    ``label_w`` (label width in px).
    """

    lane: LaneGeometry
    index: np.ndarray
    ax: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    row: np.ndarray
    label: np.ndarray
    label_w: np.ndarray

    def y_of(self, k: int) -> float:
        return self.lane.row_centre(int(self.row[k]))


@dataclass
class ClusterLane:
    """A lane too crowded for single events: counts per time bucket and a
    density per pixel column. Buckets are fixed in time (``bucket_days``
    wide, numbered from day 0) so clusters travel with the content when
    panning instead of shimmering."""

    lane: LaneGeometry
    bucket_days: float
    buckets: np.ndarray  # absolute bucket numbers that hold events
    counts: np.ndarray
    cx: np.ndarray  # bucket centre x
    single: np.ndarray  # dated index when a bucket holds one event, else -1
    single_x: np.ndarray  # that event's marker x
    density: np.ndarray  # events per pixel column


@dataclass(frozen=True)
class Cluster:
    """A counted cluster under the pointer: ``count`` events of lane ``lane``
    whose markers fall in [first_day, last_day]."""

    lane: int
    lane_title: str
    count: int
    bucket_start: float
    bucket_end: float
    first_day: float
    last_day: float
    x: float
    y: float


@dataclass
class Frame:
    """Everything placed for one view; painting and hit-testing both read it."""

    start: float
    end: float
    width: float
    metrics: Metrics
    lanes: list[LaneGeometry]
    events: dict[int, EventLane] = field(default_factory=dict)
    clusters: dict[int, ClusterLane] = field(default_factory=dict)
    lo: int = 0
    hi: int = 0
    lane_index: np.ndarray | None = None  # lane of each event in [lo, hi)

    @property
    def days_per_px(self) -> float:
        return (self.end - self.start) / max(self.width, 1.0)

    def x_of(self, day: float) -> float:
        return (day - self.start) / self.days_per_px

    def day_at(self, x: float) -> float:
        return self.start + x * self.days_per_px

    def lane_at(self, y: float) -> LaneGeometry | None:
        for lane in self.lanes:
            if lane.top <= y < lane.top + lane.height:
                return lane
        return None

    def event_hit(self, x: float, y: float, slop: float = 2.0) -> int | None:
        """Dated index of the event drawn under (x, y), or None.

        Markers win over bars and labels, and the nearest marker wins.
        """
        lane = self.lane_at(y)
        if lane is None:
            return None
        m = self.metrics
        ev = self.events.get(lane.index)
        if ev is not None:
            row = math.floor((y - lane.rows_top) / m.row_h)
            on_row = np.flatnonzero(ev.row == row)
            if not len(on_row):
                return None
            dist = np.abs(ev.ax[on_row] - x)
            best = int(np.argmin(dist))
            if dist[best] <= m.marker_r + slop:
                return int(ev.index[on_row[best]])
            left = np.minimum(ev.x0[on_row], ev.ax[on_row] - m.marker_r)
            right = np.maximum(ev.x1[on_row], ev.ax[on_row] + m.marker_r
                               + np.where(ev.label[on_row], m.label_gap + ev.label_w[on_row], 0))
            inside = np.flatnonzero((left <= x) & (x <= right))
            if len(inside):
                pick = inside[np.argmin(dist[inside])]
                return int(ev.index[on_row[pick]])
            return None
        cl = self.clusters.get(lane.index)
        if cl is None or abs(y - lane.cluster_centre) > m.pill_h / 2 + slop:
            return None
        singles = np.flatnonzero(cl.single >= 0)
        if len(singles):
            dist = np.abs(cl.single_x[singles] - x)
            best = int(np.argmin(dist))
            if dist[best] <= m.marker_r + slop:
                return int(cl.single[singles[best]])
        return None

    def cluster_hit(self, x: float, y: float, data: TimelineData, slop: float = 2.0) -> Cluster | None:
        """The counted cluster drawn under (x, y), or None.

        The whole height of a crowded lane's rows answers, not just the pill,
        so a cluster is easy to hit; the density strip counts too.
        """
        lane = self.lane_at(y)
        if lane is None or lane.index not in self.clusters:
            return None
        cl = self.clusters[lane.index]
        if not (lane.rows_top <= y < lane.top + lane.height):
            return None
        multi = np.flatnonzero(cl.counts > 1)
        if not len(multi):
            return None
        half = self.metrics.cluster_px / 2
        dist = np.abs(cl.cx[multi] - x)
        best = int(np.argmin(dist))
        if dist[best] > half:
            return None
        k = int(multi[best])
        bucket = int(cl.buckets[k])
        b0, b1 = bucket * cl.bucket_days, (bucket + 1) * cl.bucket_days
        first, last = self._member_days(data, lane.index, b0, b1)
        return Cluster(lane.index, lane.title, int(cl.counts[k]), b0, b1, first, last,
                       float(cl.cx[k]), lane.cluster_centre)

    def _member_days(self, data: TimelineData, lane: int, b0: float, b1: float) -> tuple[float, float]:
        anchors = data.anchors[self.lo:self.hi]
        inside = (self.lane_index == lane) & (anchors >= max(b0, self.start)) \
            & (anchors < min(b1, self.end))
        picked = anchors[inside]
        if not len(picked):
            return b0, b1
        return float(picked.min()), float(picked.max())


def build_frame(data: TimelineData, lanes: LaneSet, geoms: list[LaneGeometry], start: float,
                end: float, width: float, view_top: float, view_bottom: float,
                label_widths: Callable[[np.ndarray], np.ndarray],
                metrics: Metrics = Metrics()) -> Frame:
    """Place the events of [start, end) into ``geoms`` for a view ``width`` px wide.

    Per lane: if its events can be stacked into its rows (labels included
    where they fit) they are drawn one by one; otherwise the lane shows
    counted clusters and a density strip. ``label_widths`` measures titles
    (dated indices -> px, already capped); only called for lanes that may
    show labels, so huge zoomed-out views never measure text.
    """
    frame = Frame(start, end, width, metrics, geoms)
    if not len(data.ids) or not geoms or width <= 0:
        return frame
    dpp = (end - start) / width
    m = metrics
    # Events a little left of the view may still show a label reaching in.
    lo, hi = data.visible_slice(start - m.max_label_px * dpp, end)
    lane_index = lanes.lane_of(data, lo, hi)
    frame.lo, frame.hi, frame.lane_index = lo, hi, lane_index
    counts = np.bincount(lane_index, minlength=len(lanes)) if hi > lo else np.zeros(len(lanes), int)

    crowded: list[int] = []
    for lane in geoms:
        if lane.top + lane.height <= view_top or lane.top >= view_bottom:
            continue  # scrolled out of sight
        n = int(counts[lane.index])
        marker_px = 2 * m.marker_r
        capacity = lane.rows * width / marker_px
        if n == 0:
            frame.events[lane.index] = _empty_event_lane(lane)
            continue
        if n > capacity:
            crowded.append(lane.index)
            continue
        placed = _place_events(data, lane, lo + np.flatnonzero(lane_index == lane.index),
                               start, dpp, width, label_widths, m)
        if placed is None:
            crowded.append(lane.index)
        else:
            frame.events[lane.index] = placed
    if crowded:
        _cluster_lanes(frame, data, crowded, lane_index, lo, len(lanes))
    return frame


def _empty_event_lane(lane: LaneGeometry) -> EventLane:
    empty_f = np.empty(0)
    return EventLane(lane, np.empty(0, np.int64), empty_f, empty_f, empty_f,
                     np.empty(0, np.int32), np.empty(0, bool), empty_f)


def _place_events(data: TimelineData, lane: LaneGeometry, index: np.ndarray, start: float,
                  dpp: float, width: float, label_widths: Callable[[np.ndarray], np.ndarray],
                  m: Metrics) -> EventLane | None:
    ax = (data.anchors[index] - start) / dpp
    x0 = (data.starts[index] - start) / dpp
    x1 = (data.ends[index] - start) / dpp
    # A span reaching into view whose marker lies off screen (a campaign
    # begun last year, a day seen at hour zoom) keeps its marker and label
    # pinned just inside the edge, so it is never on screen unnamed.
    inset = m.marker_r + 2
    off = ((ax < inset) | (ax > width - inset)) & (x1 - x0 > 2 * inset)
    if off.any():
        lo_x = np.maximum(x0, 0.0) + inset
        hi_x = np.minimum(x1, width) - inset
        pinned = np.clip(ax, lo_x, np.maximum(lo_x, hi_x))
        ax = np.where(off & (hi_x >= lo_x), pinned, ax)
    if must_overflow(ax, lane.rows, 2 * m.marker_r):
        return None
    is_range = data.is_range[index]
    # Real ranges claim their length; the faded span of an imprecise date
    # does not, so "sometime in 2017" cannot push a whole year of events down.
    left = np.where(is_range, np.minimum(x0, ax - m.marker_r), ax - m.marker_r)
    marker_right = np.where(is_range, np.maximum(x1, ax + m.marker_r), ax + m.marker_r) + m.gap
    label_w = np.minimum(np.asarray(label_widths(index), dtype=np.float64), m.max_label_px)
    label_right = np.maximum(marker_right, ax + m.marker_r + m.label_gap + label_w + m.gap)

    row = stack_rows(left, label_right, lane.rows)
    if (row >= 0).all():
        label = np.ones(len(index), dtype=bool)
    else:
        # Not every label fits: stack by markers alone, then keep the labels
        # that still have room before the next event in their row.
        row = stack_rows(left, marker_right, lane.rows)
        if (row < 0).any():
            return None
        label = labels_that_fit(left, label_right, row)
    return EventLane(lane, index, ax, x0, x1, row, label, label_w)


def _cluster_lanes(frame: Frame, data: TimelineData, crowded: list[int], lane_index: np.ndarray,
                   lo: int, n_lanes: int) -> None:
    m = frame.metrics
    start, end, width = frame.start, frame.end, frame.width
    dpp = (end - start) / width
    anchors = data.anchors[lo:lo + len(lane_index)]
    keep = (anchors >= start) & (anchors < end)
    if len(crowded) < n_lanes:
        is_crowded = np.zeros(n_lanes, dtype=bool)
        is_crowded[crowded] = True
        keep &= is_crowded[lane_index]
    positions = np.flatnonzero(keep)
    a = anchors[positions]
    lanes_k = lane_index[positions].astype(np.int64)

    bucket_days = m.cluster_px * dpp
    b_first = math.floor(start / bucket_days)
    n_buckets = math.floor(end / bucket_days) - b_first + 1
    bucket = np.floor(a / bucket_days).astype(np.int64) - b_first
    np.clip(bucket, 0, n_buckets - 1, out=bucket)
    keys = lanes_k * n_buckets + bucket
    size = n_lanes * n_buckets
    counts = np.bincount(keys, minlength=size).reshape(n_lanes, n_buckets)
    # For a bucket with one event, the sum of positions is that event's position.
    pos_sum = np.bincount(keys, weights=positions.astype(np.float64),
                          minlength=size).reshape(n_lanes, n_buckets)

    columns = int(math.ceil(width))
    col = ((a - start) / dpp).astype(np.int64)
    np.clip(col, 0, columns - 1, out=col)
    density = np.bincount(lanes_k * columns + col, minlength=n_lanes * columns).reshape(n_lanes, columns)

    for li in crowded:
        row = counts[li]
        nz = np.flatnonzero(row)
        c = row[nz]
        single = np.where(c == 1, pos_sum[li, nz].astype(np.int64) + lo, -1)
        single_x = np.where(single >= 0, (data.anchors[np.maximum(single, 0)] - start) / dpp, np.nan)
        cx = ((b_first + nz + 0.5) * bucket_days - start) / dpp
        frame.clusters[li] = ClusterLane(frame.lanes[li], bucket_days, b_first + nz, c, cx,
                                         single, single_x, density[li])


# -- the undated shelf -----------------------------------------------------


def shelf_positions(widths: list[float], first: int, available: float,
                    gap: float = 6.0) -> tuple[list[float], int]:
    """Left x of each chip from ``first`` on that fits in ``available`` px,
    and how many undated events are left over."""
    xs: list[float] = []
    x = 0.0
    for w in widths[first:]:
        if x + w > available:
            break
        xs.append(x)
        x += w + gap
    return xs, len(widths) - first - len(xs)


def today_day_number() -> float:
    """Now as a fractional day number (local time), for the today marker."""
    from datetime import datetime

    now = datetime.now()
    midnight = date_to_days(now.date())
    return midnight + (now - datetime(now.year, now.month, now.day)) / timedelta(days=1)
