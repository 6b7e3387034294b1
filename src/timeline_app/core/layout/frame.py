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

from timeline_app.core.layout.lanes import (
    LaneGeometry, LaneSet, Metrics, labels_that_fit, must_overflow, stack_rows,
)
from timeline_app.core.timeline_data import TimelineData

#: Dated indices -> label widths in px (already capped); injected so the
#: layout never measures text itself.
LabelWidths = Callable[[np.ndarray], np.ndarray]


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
    """Everything placed for one view; painting and hit-testing both read it.

    ``first_index``/``end_index`` bound the dated events the frame looked at
    (a little wider than the view, for labels reaching in from the left) and
    ``lane_index`` holds the lane of each of them.
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
                metrics: Metrics = Metrics()) -> Frame:
    """Place the events of [start_day, end_day) into ``geometries`` for a
    view ``width_px`` wide, of which [view_top, view_bottom) is on screen.

    Per lane: if its events can be stacked into its rows (labels included
    where they fit) they are drawn one by one; otherwise the lane shows
    counted clusters and a density strip. ``label_widths`` measures titles;
    it is only called for lanes that may show labels, so huge zoomed-out
    views never measure text.
    """
    frame = Frame(start_day, end_day, width_px, metrics, geometries)
    if not len(data.ids) or not geometries or width_px <= 0:
        return frame
    days_per_px = (end_day - start_day) / width_px
    # Events a little left of the view may still show a label reaching in.
    first, stop = data.visible_slice(start_day - metrics.max_label_width * days_per_px, end_day)
    lane_index = lanes.lane_of(data, first, stop)
    frame.first_index, frame.end_index, frame.lane_index = first, stop, lane_index
    counts = (np.bincount(lane_index, minlength=len(lanes)) if stop > first
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
        placed = _place_events(data, lane, first + np.flatnonzero(lane_index == lane.index),
                               frame, label_widths)
        if placed is None:
            crowded.append(lane.index)
        else:
            frame.events[lane.index] = placed
    if crowded:
        _cluster_lanes(frame, data, crowded, len(lanes))
    return frame


def _empty_event_lane(lane: LaneGeometry) -> EventLane:
    empty_f = np.empty(0)
    return EventLane(lane, np.empty(0, np.int64), empty_f, empty_f, empty_f,
                     np.empty(0, np.int32), np.empty(0, bool), empty_f)


def _place_events(data: TimelineData, lane: LaneGeometry, index: np.ndarray, frame: Frame,
                  label_widths: LabelWidths) -> EventLane | None:
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
    label_w = np.minimum(np.asarray(label_widths(index), dtype=np.float64), metrics.max_label_width)
    label_right = np.maximum(marker_right,
                             marker_x + radius + metrics.label_gap + label_w + metrics.marker_gap)

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
    return EventLane(lane, index, marker_x, span_left, span_right, row, label, label_w)


def _cluster_lanes(frame: Frame, data: TimelineData, crowded: list[int], lane_count: int) -> None:
    """Counted clusters and density strips for the ``crowded`` lanes, all at once."""
    metrics, start, end, width = frame.metrics, frame.start, frame.end, frame.width
    days_per_px = (end - start) / width
    first, lane_index = frame.first_index, frame.lane_index
    anchors = data.anchors[first:first + len(lane_index)]
    keep = (anchors >= start) & (anchors < end)
    if len(crowded) < lane_count:
        is_crowded = np.zeros(lane_count, dtype=bool)
        is_crowded[crowded] = True
        keep &= is_crowded[lane_index]
    positions = np.flatnonzero(keep)
    kept_anchors = anchors[positions]
    kept_lanes = lane_index[positions].astype(np.int64)

    bucket_days = metrics.cluster_width * days_per_px
    first_bucket = math.floor(start / bucket_days)
    bucket_count = math.floor(end / bucket_days) - first_bucket + 1
    bucket = np.floor(kept_anchors / bucket_days).astype(np.int64) - first_bucket
    np.clip(bucket, 0, bucket_count - 1, out=bucket)
    keys = kept_lanes * bucket_count + bucket
    size = lane_count * bucket_count
    counts = np.bincount(keys, minlength=size).reshape(lane_count, bucket_count)
    # For a bucket with one event, the sum of positions is that event's position.
    position_sums = np.bincount(keys, weights=positions.astype(np.float64),
                                minlength=size).reshape(lane_count, bucket_count)

    columns = int(math.ceil(width))
    column = ((kept_anchors - start) / days_per_px).astype(np.int64)
    np.clip(column, 0, columns - 1, out=column)
    density = np.bincount(kept_lanes * columns + column,
                          minlength=lane_count * columns).reshape(lane_count, columns)

    for lane in crowded:
        occupied = np.flatnonzero(counts[lane])
        lane_counts = counts[lane, occupied]
        single = np.where(lane_counts == 1, position_sums[lane, occupied].astype(np.int64) + first,
                          -1)
        single_x = np.where(single >= 0,
                            (data.anchors[np.maximum(single, 0)] - start) / days_per_px, np.nan)
        centre_x = ((first_bucket + occupied + 0.5) * bucket_days - start) / days_per_px
        frame.clusters[lane] = ClusterLane(frame.lanes[lane], bucket_days, first_bucket + occupied,
                                           lane_counts, centre_x, single, single_x, density[lane])
