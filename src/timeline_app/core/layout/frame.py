"""Where every dated event sits for one view: the layout's :class:`Frame`.

``build_frame`` decides, lane by lane, whether events can be drawn one by one
(each with a row and, where room allows, a label) or whether the lane is too
crowded and shows counted clusters and a per-pixel-column density instead.
Painting and hit-testing (core.layout.hit_test) both read the same Frame, so
they can never disagree.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from timeline_app.core.layout.labels import (
    ClusterLabels, LabelSpacing, Measure, assign_rows, label_priority, place_cluster_labels,
    place_mark_labels, shorten,
)
from timeline_app.core.layout.lanes import LaneGeometry, LaneSet, Metrics, must_overflow
from timeline_app.core.layout.shelf import short_count
from timeline_app.core.timeline_data import TimelineData

#: Dated indices -> label widths in px (already capped); injected so the
#: layout never measures text itself.
LabelWidths = Callable[[np.ndarray], np.ndarray]
#: Dated index -> its label's text (already capped to the widest label).
LabelText = Callable[[int], str]


@dataclass(frozen=True)
class TextTools:
    """What the frame needs to know about text: each event's label width and
    text, and ``measure`` for shortened labels and cluster words (without
    it, labels that do not fit whole are left out)."""

    label_widths: LabelWidths
    label_text: LabelText | None = None
    measure: Measure | None = None


@dataclass
class EventLane:
    """A lane drawn event by event: rows assigned, labels where they fit.

    Arrays are aligned and ordered by dated index (time order): ``index``,
    ``ax`` (marker x), ``x0``/``x1`` (span in x), ``row``, ``label`` (bool),
    ``label_x`` (where the label's text starts: right of the marker, or left
    of it where only that side has room; NaN without a label), ``label_w``
    (its width in px) and ``label_text`` (what it says, shortened with an
    ellipsis only where nothing longer fits; "" without a label).
    """

    lane: LaneGeometry
    index: np.ndarray
    ax: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    row: np.ndarray
    label: np.ndarray
    label_w: np.ndarray
    label_x: np.ndarray = field(default_factory=lambda: np.empty(0))
    label_text: tuple[str, ...] = ()

    @property
    def labelled_count(self) -> int:
        return int(np.count_nonzero(self.label))

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
    pill_w: np.ndarray = field(default_factory=lambda: np.empty(0))  # each count pill's width
    worded: ClusterLabels | None = None  # pills widened to "3 walkouts" where room allows


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
    """Everything placed for one view; painting and hit-testing both read it.

    ``first_index``/``end_index`` bound the dated events the frame looked at
    (a little wider than the view, for labels reaching in from the left);
    ``member_index`` and ``lane_index`` list their lane memberships (dated
    index and lane), an event in several lanes once per lane.
    """

    start: float
    end: float
    width: float
    metrics: Metrics
    lanes: list[LaneGeometry]
    events: dict[int, EventLane] = field(default_factory=dict)
    clusters: dict[int, ClusterLane] = field(default_factory=dict)
    first_index: int = 0
    end_index: int = 0
    lane_index: np.ndarray | None = None
    member_index: np.ndarray | None = None

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

    def marker_position(self, lane: int, index: int, anchor_day: float) -> tuple[float, float] | None:
        """Where dated event ``index`` (in lane ``lane``, marker at
        ``anchor_day``) is drawn, or None when this frame does not show it."""
        event_lane = self.events.get(lane)
        if event_lane is not None:
            k = int(np.searchsorted(event_lane.index, index))
            if k < len(event_lane.index) and event_lane.index[k] == index:
                return float(event_lane.ax[k]), event_lane.y_of(k)
            return None
        if lane in self.clusters:
            return self.x_of(anchor_day), self.clusters[lane].lane.cluster_centre
        return None


def build_frame(*, data: TimelineData, lanes: LaneSet, geometries: list[LaneGeometry],
                start_day: float, end_day: float, width_px: float, view_top: float,
                view_bottom: float, label_widths: LabelWidths,
                metrics: Metrics = Metrics(), label_text: LabelText | None = None,
                measure: Measure | None = None) -> Frame:
    """Place the events of [start_day, end_day) into ``geometries`` for a
    view ``width_px`` wide, of which [view_top, view_bottom) is on screen.

    Per lane: if its events can be stacked into its rows (labels included
    where they fit) they are drawn one by one; otherwise the lane shows
    counted clusters and a density strip. ``label_widths`` measures titles;
    it is only called for lanes that may show labels, so huge zoomed-out
    views never measure text. ``label_text`` gives a label's text (the
    event's title by default) and ``measure`` the width of any text, for
    shortened labels and worded clusters (left out without it).
    """
    text = TextTools(label_widths, label_text or data.title_of, measure)
    frame = Frame(start_day, end_day, width_px, metrics, geometries)
    if not len(data.ids) or not geometries or width_px <= 0:
        return frame
    days_per_px = (end_day - start_day) / width_px
    # Events a little left of the view may still show a label reaching in.
    first, stop = data.visible_slice(start_day - metrics.max_label_width * days_per_px, end_day)
    member_index, lane_index = lanes.members(data, first, stop)
    frame.first_index, frame.end_index = first, stop
    frame.member_index, frame.lane_index = member_index, lane_index
    counts = (np.bincount(lane_index, minlength=len(lanes)) if len(lane_index)
              else np.zeros(len(lanes), int))

    crowded: list[int] = []
    for lane in geometries:
        if lane.top + lane.height <= view_top or lane.top >= view_bottom:
            continue  # scrolled out of sight
        count = int(counts[lane.index])
        capacity = lane.rows * width_px / (2 * metrics.marker_radius)
        if count == 0:
            frame.events[lane.index] = _empty_event_lane(lane)
            continue
        if count > capacity:
            crowded.append(lane.index)
            continue
        placed = _place_events(data, lane, member_index[lane_index == lane.index], frame, text)
        if placed is None:
            crowded.append(lane.index)
        else:
            frame.events[lane.index] = placed
    if crowded:
        _cluster_lanes(frame, data, crowded, len(lanes), contiguous=lanes.mode == "kind")
        if measure is not None:
            for lane in crowded:
                kind = lanes.keys[lane] if lanes.mode == "kind" else None
                _word_clusters(frame.clusters[lane], kind, frame, measure)
    return frame


def _empty_event_lane(lane: LaneGeometry) -> EventLane:
    empty_f = np.empty(0)
    return EventLane(lane, np.empty(0, np.int64), empty_f, empty_f, empty_f,
                     np.empty(0, np.int32), np.empty(0, bool), empty_f)


def _place_events(data: TimelineData, lane: LaneGeometry, index: np.ndarray, frame: Frame,
                  text: TextTools) -> EventLane | None:
    """Rows and labels for one lane's events, or None if they cannot all get a row."""
    metrics, start, width = frame.metrics, frame.start, frame.width
    days_per_px = (frame.end - start) / width
    marker_x = (data.anchors[index] - start) / days_per_px
    span_left = (data.starts[index] - start) / days_per_px
    span_right = (data.ends[index] - start) / days_per_px
    # A span reaching into view whose marker lies off screen (a campaign
    # begun last year, a day seen at hour zoom) keeps its marker and label
    # pinned just inside the edge, so it is never on screen unnamed.
    inset = metrics.marker_radius + 2
    off = (((marker_x < inset) | (marker_x > width - inset))
           & (span_right - span_left > 2 * inset))
    if off.any():
        lowest = np.maximum(span_left, 0.0) + inset
        highest = np.minimum(span_right, width) - inset
        pinned = np.clip(marker_x, lowest, np.maximum(lowest, highest))
        marker_x = np.where(off & (highest >= lowest), pinned, marker_x)
    radius = metrics.marker_radius
    if must_overflow(marker_x, lane.rows, 2 * radius):
        return None
    is_range = data.is_range[index]
    # Real ranges claim their length; the faded span of an imprecise date
    # does not, so "sometime in 2017" cannot push a whole year of events down.
    left = np.where(is_range, np.minimum(span_left, marker_x - radius), marker_x - radius)
    marker_right = np.where(is_range, np.maximum(span_right, marker_x + radius),
                            marker_x + radius) + metrics.marker_gap
    label_w = np.minimum(np.asarray(text.label_widths(index), dtype=np.float64),
                         metrics.max_label_width)
    label_right = np.maximum(marker_right,
                             marker_x + radius + metrics.label_gap + label_w + metrics.marker_gap)
    row = assign_rows(left, marker_right, label_right, lane.rows)
    if row is None:
        return None
    spans = np.where(is_range, data.ends[index] - data.starts[index], 0.0)
    spacing = LabelSpacing(radius, metrics.label_gap, metrics.marker_gap,
                           _min_shortened_px(text.measure))
    placed = place_mark_labels(marker_x=marker_x, left=left, marker_right=marker_right, row=row,
                               label_w=label_w, priority=label_priority(spans), rows=lane.rows,
                               view_width=width, spacing=spacing)
    texts = [""] * len(index)
    for k in np.flatnonzero(placed.shown).tolist():
        full = text.label_text(int(index[k]))
        if not placed.shortened[k]:
            texts[k] = full
        elif text.measure is not None:
            texts[k] = shorten(full, float(placed.width[k]), text.measure)
            placed.width[k] = text.measure(texts[k]) if texts[k] else 0.0
        placed.shown[k] = bool(texts[k])
    placed.left[~placed.shown] = np.nan
    placed.width[~placed.shown] = 0.0
    return EventLane(lane, index, marker_x, span_left, span_right, placed.row, placed.shown,
                     np.where(placed.shown, placed.width, label_w), placed.left, tuple(texts))


def _min_shortened_px(measure: Measure | None) -> float:
    """A shortened label must keep a few letters to say anything; without a
    way to measure, labels are only shown whole."""
    return math.inf if measure is None else measure("Abcd" + "…")


def _cluster_lanes(frame: Frame, data: TimelineData, crowded: list[int], lane_count: int,
                   contiguous: bool = False) -> None:
    """Counted clusters and density strips for the ``crowded`` lanes, all at once.

    ``contiguous``: the memberships are the events from ``frame.first_index``
    on, one each (lanes by kind), so the anchors are a slice, not a copy.
    At a million events every step is one numpy pass over the memberships,
    in place where it can be, since each fresh array costs page faults too."""
    start, end, width = frame.start, frame.end, frame.width
    days_per_px = (end - start) / width
    kept_anchors, kept_lanes, positions = _kept_members(frame, data, crowded, lane_count,
                                                        contiguous)
    bucket_days = frame.metrics.cluster_width * days_per_px
    first_bucket = math.floor(start / bucket_days)
    bucket_count = math.floor(end / bucket_days) - first_bucket + 1
    scratch = kept_anchors / bucket_days
    np.floor(scratch, out=scratch)
    scratch -= first_bucket
    slots = scratch.astype(np.int64)
    np.clip(slots, 0, bucket_count - 1, out=slots)
    keys = np.multiply(kept_lanes, bucket_count, dtype=np.int64)
    keys += slots
    flat_counts = np.bincount(keys, minlength=lane_count * bucket_count)
    counts = flat_counts.reshape(lane_count, bucket_count)
    # A bucket holding one event names it: those few events are found directly.
    lone = np.flatnonzero(np.take(flat_counts == 1, keys))
    lone_members = lone if positions is None else positions[lone]
    single_of = np.full(len(flat_counts), -1, dtype=np.int64)
    single_of[keys[lone]] = (lone_members + frame.first_index if contiguous
                             else frame.member_index[lone_members])
    single_of = single_of.reshape(lane_count, bucket_count)

    columns = int(math.ceil(width))
    np.subtract(kept_anchors, start, out=scratch)
    scratch *= 1.0 / days_per_px
    np.copyto(slots, scratch, casting="unsafe")  # truncated, as astype would
    np.clip(slots, 0, columns - 1, out=slots)
    np.multiply(kept_lanes, columns, out=keys)
    keys += slots
    density = np.bincount(keys, minlength=lane_count * columns).reshape(lane_count, columns)

    for lane in crowded:
        occupied = np.flatnonzero(counts[lane])
        lane_counts = counts[lane, occupied]
        single = single_of[lane, occupied]
        single_x = np.where(single >= 0,
                            (data.anchors[np.maximum(single, 0)] - start) / days_per_px, np.nan)
        centre_x = ((first_bucket + occupied + 0.5) * bucket_days - start) / days_per_px
        frame.clusters[lane] = ClusterLane(frame.lanes[lane], bucket_days, first_bucket + occupied,
                                           lane_counts, centre_x, single, single_x, density[lane])


def _kept_members(frame: Frame, data: TimelineData, crowded: list[int], lane_count: int,
                  contiguous: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """(anchor, lane, membership position or None: all of them) of each
    membership in view and in a crowded lane."""
    member_index, lane_index = frame.member_index, frame.lane_index
    if contiguous:
        anchors = data.anchors[frame.first_index:frame.first_index + len(member_index)]
    else:
        anchors = data.anchors[member_index]
    keep = (anchors >= frame.start) & (anchors < frame.end)
    if len(crowded) < lane_count:
        is_crowded = np.zeros(lane_count, dtype=bool)
        is_crowded[crowded] = True
        keep &= is_crowded[lane_index]
    if keep.all():  # every event in view: no copies to make
        return anchors, lane_index, None
    positions = np.flatnonzero(keep)
    return anchors[positions], lane_index[positions], positions


def _word_clusters(cluster_lane: ClusterLane, kind: str | None, frame: Frame,
                   measure: Measure) -> None:
    """Each counted pill's width, and which pills have room to say "3 walkouts"."""
    metrics = frame.metrics
    cluster_lane.pill_w = np.array(
        [min(metrics.cluster_width - 4, measure(short_count(int(c))) + 10)
         for c in cluster_lane.counts.tolist()])
    multi = np.flatnonzero(cluster_lane.counts > 1)
    singles = cluster_lane.single_x[cluster_lane.single >= 0].tolist()
    radius = metrics.marker_radius
    worded = place_cluster_labels(
        centre_x=cluster_lane.cx[multi], counts=cluster_lane.counts[multi],
        pill_w=cluster_lane.pill_w[multi], obstacles=[(x - radius, x + radius) for x in singles],
        kind=kind, view_width=frame.width, measure=measure)
    worded.bucket = multi[worded.bucket] if len(worded.bucket) else worded.bucket
    cluster_lane.worded = worded
