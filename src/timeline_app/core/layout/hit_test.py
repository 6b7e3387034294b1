"""What sits under the pointer: events, counted clusters and shelf chips.

Everything here reads a layout already computed (a :class:`Frame` or a
:class:`ShelfLayout`), the same one the painter draws, so what a click hits
is always what the user sees there. No Qt: tested with plain coordinates.
"""

from __future__ import annotations

import math

import numpy as np

from timeline_app.core.layout.frame import Cluster, ClusterLane, EventLane, Frame
from timeline_app.core.layout.lanes import LaneGeometry
from timeline_app.core.layout.shelf import PAGE_CLICK_FRACTION, ShelfLayout
from timeline_app.core.timeline_data import TimelineData

#: How far outside a marker (px) a click still counts as on it.
SLOP_PX = 2.0


def event_at(frame: Frame, x: float, y: float, slop: float = SLOP_PX) -> int | None:
    """Dated index of the event drawn under (x, y), or None.

    Markers win over bars and labels, and the nearest marker wins. In a
    crowded lane only the lone markers between the clusters answer.
    """
    lane = frame.lane_at(y)
    if lane is None:
        return None
    event_lane = frame.events.get(lane.index)
    if event_lane is not None:
        return _event_in_lane(frame, event_lane, lane, x, y, slop)
    cluster_lane = frame.clusters.get(lane.index)
    if cluster_lane is None:
        return None
    return _lone_marker_in_lane(frame, cluster_lane, lane, x, y, slop)


def _event_in_lane(frame: Frame, event_lane: EventLane, lane: LaneGeometry, x: float, y: float,
                   slop: float) -> int | None:
    metrics = frame.metrics
    row = math.floor((y - lane.rows_top) / metrics.row_height)
    on_row = np.flatnonzero(event_lane.row == row)
    if not len(on_row):
        return None
    marker_x = event_lane.ax[on_row]
    distance = np.abs(marker_x - x)
    nearest = int(np.argmin(distance))
    if distance[nearest] <= metrics.marker_radius + slop:
        return int(event_lane.index[on_row[nearest]])
    # Not on a marker: a bar or a label counts, the nearest marker's first.
    left = np.minimum(event_lane.x0[on_row], marker_x - metrics.marker_radius)
    right = np.maximum(event_lane.x1[on_row], marker_x + metrics.marker_radius)
    on_bar = (left <= x) & (x <= right)
    labelled = event_lane.label[on_row]
    if len(event_lane.label_x):
        label_left = event_lane.label_x[on_row]
        label_right = label_left + event_lane.label_w[on_row]
    else:  # a lane laid out without label positions: labels run right
        label_left = marker_x + metrics.marker_radius
        label_right = label_left + metrics.label_gap + event_lane.label_w[on_row]
    # The label and the gap to its marker count, on whichever side it sits.
    on_label = labelled & (np.minimum(label_left, marker_x) <= x) & (
        x <= np.maximum(label_right, marker_x))
    inside = np.flatnonzero(on_bar | on_label)
    if len(inside):
        pick = inside[np.argmin(distance[inside])]
        return int(event_lane.index[on_row[pick]])
    return None


def _lone_marker_in_lane(frame: Frame, cluster_lane: ClusterLane, lane: LaneGeometry, x: float,
                         y: float, slop: float) -> int | None:
    metrics = frame.metrics
    if abs(y - lane.cluster_centre) > metrics.pill_height / 2 + slop:
        return None
    singles = np.flatnonzero(cluster_lane.single >= 0)
    if not len(singles):
        return None
    distance = np.abs(cluster_lane.single_x[singles] - x)
    nearest = int(np.argmin(distance))
    if distance[nearest] <= metrics.marker_radius + slop:
        return int(cluster_lane.single[singles[nearest]])
    return None


def cluster_at(frame: Frame, data: TimelineData, x: float, y: float) -> Cluster | None:
    """The counted cluster drawn under (x, y), or None.

    The whole height of a crowded lane's rows answers, not just the pill,
    so a cluster is easy to hit; the density strip counts too.
    """
    lane = frame.lane_at(y)
    if lane is None or lane.index not in frame.clusters:
        return None
    cluster_lane = frame.clusters[lane.index]
    if not (lane.rows_top <= y < lane.top + lane.height):
        return None
    k = _pill_at(frame, cluster_lane, x)
    if k is None:
        return None
    bucket = int(cluster_lane.buckets[k])
    bucket_start = bucket * cluster_lane.bucket_days
    bucket_end = (bucket + 1) * cluster_lane.bucket_days
    first, last = _member_days(frame, data, lane.index, bucket_start, bucket_end)
    return Cluster(lane.index, lane.title, int(cluster_lane.counts[k]), bucket_start, bucket_end,
                   first, last, float(cluster_lane.cx[k]), lane.cluster_centre)


def _pill_at(frame: Frame, cluster_lane: ClusterLane, x: float) -> int | None:
    """The bucket whose pill (its words included, where widened) is nearest x."""
    worded = cluster_lane.worded
    if worded is not None and len(worded.bucket):
        inside = np.flatnonzero((worded.left <= x) & (x <= worded.left + worded.width))
        if len(inside):
            return int(worded.bucket[inside[0]])
    multi = np.flatnonzero(cluster_lane.counts > 1)
    if not len(multi):
        return None
    distance = np.abs(cluster_lane.cx[multi] - x)
    nearest = int(np.argmin(distance))
    if distance[nearest] > frame.metrics.cluster_width / 2:
        return None
    return int(multi[nearest])


def _member_days(frame: Frame, data: TimelineData, lane: int, bucket_start: float,
                 bucket_end: float) -> tuple[float, float]:
    """First and last marker day of the lane's events in a bucket (and in view)."""
    anchors = data.anchors[frame.member_index]
    inside = ((frame.lane_index == lane) & (anchors >= max(bucket_start, frame.start))
              & (anchors < min(bucket_end, frame.end)))
    picked = anchors[inside]
    if not len(picked):
        return bucket_start, bucket_end
    return float(picked.min()), float(picked.max())


def chip_at(shelf: ShelfLayout, x: float, y: float) -> int | None:
    """Undated index of the shelf chip under (x, y), or None."""
    if not shelf.covers(y):
        return None
    for chip in shelf.chips:
        if chip.rect.contains(x, y):
            return chip.undated_index
    return None


def is_page_click(shelf: ShelfLayout, x: float, y: float) -> bool:
    """Whether a click at (x, y) lands on the shelf's page note, not a chip."""
    return (shelf.covers(y) and chip_at(shelf, x, y) is None
            and x >= shelf.width * PAGE_CLICK_FRACTION)
