"""What a click hits, read from a layout built without a widget."""

from __future__ import annotations

from datetime import date

import numpy as np

from timeline_app.core.layout import (
    Metrics, build_frame, cluster_at, event_at, lane_geometries, make_lanes,
)
from timeline_app.core.partial_dates import date_to_days, event_span
from timeline_app.core.timeline_data import TimelineData

METRICS = Metrics()
LABEL_PX = 60.0


def day(iso: str) -> float:
    return date_to_days(date.fromisoformat(iso))


def walkouts(*isos: str) -> TimelineData:
    spans = [event_span(iso, None, "day") for iso in isos]
    ids = list(range(1, len(isos) + 1))
    return TimelineData.from_columns(ids, [f"Walkout {i}" for i in ids], ["walkout"] * len(ids),
                                     [s for s, _ in spans], [e for _, e in spans],
                                     ["day"] * len(ids), [None] * len(ids))


def frame_of(data: TimelineData, start: str, end: str, width: float = 1000.0,
             height: float = 400.0):
    lanes = make_lanes(data, "kind")
    geometries, _ = lane_geometries(lanes, top=0.0, height=height, scroll_y=0.0, metrics=METRICS)
    return build_frame(data=data, lanes=lanes, geometries=geometries, start_day=day(start),
                       end_day=day(end), width_px=width, view_top=0.0, view_bottom=height,
                       label_widths=lambda index: np.full(len(index), LABEL_PX), metrics=METRICS)


def marker_of(frame, dated_index: int) -> tuple[float, float]:
    lane = frame.events[0]
    k = int(np.flatnonzero(lane.index == dated_index)[0])
    return float(lane.ax[k]), lane.y_of(k)


def test_a_click_on_a_marker_hits_its_event():
    frame = frame_of(walkouts("2017-03-01", "2017-09-01"), "2017-01-01", "2018-01-01")
    assert event_at(frame, *marker_of(frame, 1)) == 1


def test_a_click_2_px_outside_a_marker_still_hits_it():
    frame = frame_of(walkouts("2017-03-01", "2017-09-01"), "2017-01-01", "2018-01-01")
    x, y = marker_of(frame, 1)
    assert event_at(frame, x - METRICS.marker_radius - 2, y) == 1
    assert event_at(frame, x, y - METRICS.marker_radius) == 1


def test_a_click_on_an_events_label_hits_that_event():
    frame = frame_of(walkouts("2017-03-01", "2017-09-01"), "2017-01-01", "2018-01-01")
    x, y = marker_of(frame, 0)
    assert event_at(frame, x + METRICS.marker_radius + LABEL_PX / 2, y) == 0


def test_a_click_in_empty_space_hits_nothing():
    frame = frame_of(walkouts("2017-03-01", "2017-09-01"), "2017-01-01", "2018-01-01")
    x, y = marker_of(frame, 0)
    assert event_at(frame, x - 40, y) is None
    assert event_at(frame, x, y + 3 * METRICS.row_height) is None  # an empty row below
    assert event_at(frame, x, -10) is None  # above every lane


def test_close_events_stacked_in_two_rows_are_each_hit_on_their_own_row():
    frame = frame_of(walkouts("2017-03-01", "2017-03-05"), "2017-01-01", "2018-01-01")
    (x0, y0), (x1, y1) = marker_of(frame, 0), marker_of(frame, 1)
    assert y1 > y0  # the second event's marker would overlap the first's label
    assert event_at(frame, x0, y0) == 0
    assert event_at(frame, x1, y1) == 1
    assert event_at(frame, x0, y1) is None  # below the first marker: the second row


def crowded_frame():
    busy = ["2017-03-10"] * 300
    data = walkouts(*busy, "2012-06-01")
    return data, frame_of(data, "2010-01-01", "2020-01-01")


def test_clicking_a_crowded_lane_finds_the_cluster_with_its_count_and_days():
    data, frame = crowded_frame()
    lane = frame.lanes[0]
    x = frame.x_of(day("2017-03-10") + 0.5)
    cluster = cluster_at(frame, data, x, lane.cluster_centre)
    assert cluster is not None and cluster.count == 300
    assert cluster.first_day == cluster.last_day == day("2017-03-10") + 0.5  # mid-day
    assert cluster.lane_title == "Walkout"


def test_the_whole_height_of_a_crowded_lane_answers_for_its_cluster():
    data, frame = crowded_frame()
    lane = frame.lanes[0]
    x = frame.x_of(day("2017-03-10") + 0.5)
    assert cluster_at(frame, data, x, lane.rows_top + 1).count == 300
    assert cluster_at(frame, data, x, lane.density_top + 1).count == 300
    assert cluster_at(frame, data, x, lane.top + 1) is None  # the lane's title strip


def test_a_lone_event_in_a_crowded_lane_is_hit_as_itself_not_as_a_cluster():
    data, frame = crowded_frame()
    lane = frame.lanes[0]
    lone = data.locate(301)[1]
    x = frame.x_of(float(data.anchors[lone]))
    assert event_at(frame, x, lane.cluster_centre) == lone
    assert cluster_at(frame, data, x, lane.cluster_centre) is None


def test_a_click_between_clusters_hits_neither_cluster_nor_event():
    data, frame = crowded_frame()
    lane = frame.lanes[0]
    x = frame.x_of(day("2015-01-01"))
    assert cluster_at(frame, data, x, lane.cluster_centre) is None
    assert event_at(frame, x, lane.cluster_centre) is None
