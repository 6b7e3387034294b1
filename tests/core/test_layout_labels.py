"""Label placement without a widget: a fixed-width font of 7 px a character."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from timeline_app.core.layout import (
    LabelSpacing, Metrics, assign_rows, build_frame, cluster_at, cluster_noun, label_priority,
    lane_geometries, make_lanes, place_cluster_labels, place_mark_labels, shorten,
)
from timeline_app.core.partial_dates import date_to_days, event_span
from timeline_app.core.timeline_data import TimelineData

CHAR_PX = 7.0
SPACING = LabelSpacing(marker_radius=5.0, label_gap=3.0, marker_gap=6.0, min_shortened_px=40.0)


def measure(text: str) -> float:
    return CHAR_PX * len(text)


def place(xs: list[float], widths: list[float], rows: int = 2, view_width: float = 1000.0,
          spans: list[float] | None = None):
    """Rows and labels for plain markers at ``xs`` with labels ``widths`` wide."""
    x = np.asarray(xs, dtype=float)
    w = np.asarray(widths, dtype=float)
    r = SPACING.marker_radius
    left, marker_right = x - r, x + r + SPACING.marker_gap
    label_right = np.maximum(marker_right, x + r + SPACING.label_gap + w + SPACING.marker_gap)
    row = assign_rows(left, marker_right, label_right, rows)
    assert row is not None
    priority = label_priority(np.zeros(len(xs)) if spans is None else np.asarray(spans))
    return place_mark_labels(marker_x=x, left=left, marker_right=marker_right, row=row,
                             label_w=w, priority=priority, rows=rows, view_width=view_width,
                             spacing=SPACING)


def extents(placed, xs: list[float]) -> list[tuple[int, float, float]]:
    """(row, left, right) of every marker and every label drawn."""
    r = SPACING.marker_radius
    out = [(int(placed.row[k]), x - r, x + r) for k, x in enumerate(xs)]
    out += [(int(placed.row[k]), float(placed.left[k]), float(placed.left[k] + placed.width[k]))
            for k in np.flatnonzero(placed.shown)]
    return out


def assert_no_overlaps(placed, xs: list[float], view_width: float = 1000.0) -> None:
    items = extents(placed, xs)
    for i, (row_a, a0, a1) in enumerate(items):
        for row_b, b0, b1 in items[i + 1:]:
            if row_a == row_b:
                assert a1 <= b0 or b1 <= a0, f"{(a0, a1)} overlaps {(b0, b1)} in row {row_a}"
    for k in np.flatnonzero(placed.shown):
        assert 0.0 <= placed.left[k] and placed.left[k] + placed.width[k] <= view_width


def test_marks_far_apart_all_get_their_whole_label_in_the_first_row():
    placed = place([50.0, 400.0, 750.0], [200.0, 200.0, 200.0])
    assert placed.shown.all() and not placed.shortened.any()
    assert placed.row.tolist() == [0, 0, 0]


def test_a_second_row_takes_the_marks_whose_labels_would_collide():
    xs = [50.0, 80.0, 110.0, 140.0]
    placed = place(xs, [150.0] * 4, rows=4)
    assert placed.shown.all() and not placed.shortened.any()
    assert sorted(placed.row.tolist()) == [0, 1, 2, 3]
    assert_no_overlaps(placed, xs)


def test_every_row_of_a_lane_is_used_before_any_label_is_dropped():
    xs = [50.0, 70.0, 300.0, 320.0]
    placed = place(xs, [200.0] * 4, rows=2)
    assert placed.shown.all()
    assert set(placed.row.tolist()) == {0, 1}
    assert_no_overlaps(placed, xs)


def test_a_label_with_no_room_on_the_right_goes_left_of_its_marker():
    xs = [100.0, 980.0]
    placed = place(xs, [120.0, 120.0], rows=1)
    assert placed.shown.all() and not placed.shortened.any()
    assert placed.left[1] + placed.width[1] < 980.0  # left of the marker at the edge
    assert_no_overlaps(placed, xs)


def test_labels_are_shortened_only_when_no_whole_label_fits_either_side():
    xs = [20.0, 150.0, 280.0]
    placed = place(xs, [200.0, 60.0, 60.0], rows=1, view_width=400.0)
    assert placed.shortened.tolist() == [True, False, False]
    assert placed.width[0] < 200.0
    assert_no_overlaps(placed, xs, 400.0)


def test_no_label_is_squeezed_below_a_readable_width():
    xs = [20.0, 50.0]
    placed = place(xs, [200.0, 200.0], rows=1, view_width=60.0)
    assert not placed.shown.any()


def test_the_longest_lived_event_wins_a_contested_gap():
    xs = [20.0, 250.0]  # B's label only fits left of it, where A's label wants to be
    placed = place(xs, [200.0, 200.0], rows=1, view_width=290.0, spans=[0.0, 90.0])
    assert placed.shown.tolist() == [False, True] and not placed.shortened[1]
    placed = place(xs, [200.0, 200.0], rows=1, view_width=290.0)
    assert placed.shown.tolist() == [True, False]  # equal: the earlier one


def test_ties_go_to_the_earlier_event():
    assert label_priority(np.zeros(3)).tolist() == [0, 1, 2]
    assert label_priority(np.array([0.0, 5.0, 0.0])).tolist() == [1, 0, 2]
    assert label_priority(np.zeros(3), weights=np.array([0.2, 0.9, 0.5])).tolist() == [1, 2, 0]


def test_placement_is_the_same_every_time():
    rng = np.random.default_rng(3)
    xs = np.sort(rng.uniform(0, 1400, 40)).tolist()
    widths = rng.uniform(40, 300, 40).tolist()
    first = place(xs, widths, rows=4, view_width=1400.0)
    again = place(xs, widths, rows=4, view_width=1400.0)
    assert first.row.tolist() == again.row.tolist()
    assert np.array_equal(first.left, again.left, equal_nan=True)


@pytest.mark.parametrize("seed", range(8))
def test_random_lanes_never_overlap_and_every_lone_mark_is_labelled(seed):
    rng = np.random.default_rng(seed)
    xs = np.sort(rng.uniform(0, 1400, 40)).tolist()
    widths = rng.uniform(40, 300, 40).tolist()
    placed = place(xs, widths, rows=4, view_width=1400.0)
    assert_no_overlaps(placed, xs, 1400.0)
    # A mark left without a label has no readable width free on either side.
    reach = SPACING.marker_radius + SPACING.label_gap
    items = extents(placed, xs)
    for k in np.flatnonzero(~placed.shown).tolist():
        row, x = int(placed.row[k]), xs[k]
        others = [(a, b) for j, (r, a, b) in enumerate(items) if r == row and j != k]
        right_limit = min([a for a, _b in others if a > x] + [1400.0 + SPACING.marker_gap])
        left_limit = max([b for _a, b in others if b < x] + [-SPACING.marker_gap])
        assert right_limit - SPACING.marker_gap - (x + reach) < SPACING.min_shortened_px
        assert (x - reach) - (left_limit + SPACING.marker_gap) < SPACING.min_shortened_px


def test_too_few_rows_for_the_markers_is_reported():
    left = np.array([0.0, 2.0, 4.0])
    assert assign_rows(left, left + 16.0, left + 16.0, 2) is None


def test_shorten_cuts_at_the_end_with_an_ellipsis_and_only_when_needed():
    assert shorten("Students walk out", 1000.0, measure) == "Students walk out"
    short = shorten("Students walk out", 70.0, measure)
    assert short.endswith("…") and measure(short) <= 70.0
    assert short == "Students…"
    assert shorten("Students", 5.0, measure) == ""


def test_cluster_words_name_the_kind_in_the_plural():
    assert cluster_noun("walkout", 3) == "3 walkouts"
    assert cluster_noun("vote", 1) == "1 vote"
    assert cluster_noun("other", 4) == "4 events"
    assert cluster_noun(None, 1200) == "1,200 events"  # an organisation's lane


def test_cluster_pills_widen_into_words_where_there_is_room():
    centre = np.array([100.0, 134.0, 600.0])
    counts = np.array([3, 12, 40])
    pills = np.full(3, 24.0)
    worded = place_cluster_labels(centre_x=centre, counts=counts, pill_w=pills, obstacles=[],
                                  kind="walkout", view_width=1000.0, measure=measure)
    # 40 has room; 12 has; 3 sits right against 12's pill, so it keeps its count.
    assert worded.text == ("12 walkouts", "40 walkouts")
    assert worded.bucket.tolist() == [1, 2]
    ends = worded.left + worded.width
    assert (ends <= 1000.0).all()


# -- the frame: labels decided for a whole view ----------------------------------------------


def day(iso: str) -> float:
    return date_to_days(date.fromisoformat(iso))


def frame_for(events: list[tuple[str, str, str]], start: str, end: str, width: float = 700.0,
              height: float = 400.0):
    spans = [event_span(iso, None, precision) for _t, iso, precision in events]
    data = TimelineData.from_columns(
        list(range(1, len(events) + 1)), [t for t, _i, _p in events], ["other"] * len(events),
        [s for s, _ in spans], [e for _, e in spans], [p for _t, _i, p in events],
        [None] * len(events))
    lanes = make_lanes(data, "kind")
    geometries, _ = lane_geometries(lanes, top=0.0, height=height, scroll_y=0.0,
                                    metrics=Metrics())
    frame = build_frame(data=data, lanes=lanes, geometries=geometries, start_day=day(start),
                        end_day=day(end), width_px=width, view_top=0.0, view_bottom=height,
                        label_widths=lambda idx: np.array([measure(data.title_of(i)) for i in idx]),
                        measure=measure)
    return data, frame


def test_a_frame_labels_close_events_in_several_rows_with_their_titles():
    events = [("Attacks on migrants' rights", "2012", "year"),
              ("In light of the tragic events", "2015-11-10", "day"),
              ("Trump signed an order", "2017-01", "month"),
              ("Adopted by the NUS", "2017", "year")]
    data, frame = frame_for(events, "2011-06-01", "2023-06-01")
    lane = frame.events[0]
    assert lane.label.all()
    assert {data.title_of(int(i)) for i in lane.index} == set(lane.label_text)
    assert len(set(lane.row.tolist())) > 1


def test_a_frame_shortens_a_title_only_where_nothing_else_fits():
    events = [("A very long title that cannot possibly fit here", "2017-01-01", "day"),
              ("Next", "2017-01-20", "day")]
    _data, frame = frame_for(events, "2016-12-25", "2017-01-31", width=200.0, height=80.0)
    lane = frame.events[0]
    assert lane.label.all()
    shortened = [t for t in lane.label_text if t.endswith("…")]
    assert len(shortened) == 1
    assert "Next" in lane.label_text


def test_a_crowded_lane_words_its_biggest_clusters():
    events = [(f"Walkout {i}", "2017-03-10", "day") for i in range(300)]
    events += [(f"Walkout b{i}", "2014-03-10", "day") for i in range(5)]
    data, frame = frame_for(events, "2010-01-01", "2020-01-01", width=1000.0)
    clusters = frame.clusters[0]
    assert clusters.worded is not None
    assert set(clusters.worded.text) == {"300 events", "5 events"}
    left = float(clusters.worded.left[0])
    width = float(clusters.worded.width[0])
    hit = cluster_at(frame, data, left + width - 2, frame.lanes[0].cluster_centre)
    assert hit is not None  # the words are part of the pill a click hits


def test_a_mark_whose_label_fits_nowhere_in_its_row_moves_to_a_free_row():
    xs = [20.0, 250.0]  # as in the contested gap, but with a second row
    placed = place(xs, [200.0, 200.0], rows=2, view_width=290.0)
    assert placed.shown.all() and not placed.shortened.any()
    assert placed.row.tolist() == [0, 1]
    assert_no_overlaps(placed, xs, 290.0)
