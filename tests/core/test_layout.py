"""Timeline data and layout maths: slicing, ticks, stacking, clusters, limits."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from timeline_app.core.layout import (
    CENTURY_DAYS, MIN_SPAN_DAYS, NO_ORGANISATION, Metrics, axis_ticks, build_frame, clamp_range,
    cluster_at, event_at, fit_range, labels_that_fit, lane_geometries, make_lanes, place_labels,
    stack_rows, zoom_range, zoom_range_limited,
)
from timeline_app.core.partial_dates import date_to_days, days_to_date, event_span
from timeline_app.core.timeline_data import TimelineData, describe_span


def day(iso: str) -> float:
    return date_to_days(date.fromisoformat(iso))


def make(events: list[tuple]) -> TimelineData:
    """events: (id, kind, start_iso, end_iso, precision, org)."""
    spans = [event_span(s, e, p) for _i, _k, s, e, p, _o in events]
    return TimelineData.from_columns(
        [e[0] for e in events], [f"Event {e[0]}" for e in events], [e[1] for e in events],
        [s for s, _ in spans], [e for _, e in spans], [e[4] for e in events],
        [e[5] for e in events])


# -- data --------------------------------------------------------------------


def test_dated_events_are_sorted_and_undated_ones_kept_apart():
    data = make([(3, "letter", "2017-05-01", None, "day", None),
                 (1, "walkout", "2015-11-17", None, "day", "NUS"),
                 (9, "vote", None, None, "unknown", None),
                 (2, "strike", "2016", None, "year", "UCU")])
    assert data.ids.tolist() == [1, 2, 3]
    assert data.undated_ids.tolist() == [9]
    assert data.title_of(0) == "Event 1"
    assert data.undated_title_of(0) == "Event 9"
    assert data.locate(9) == (False, 0)
    assert data.locate(2) == (True, 1)
    assert data.locate(42) is None


def test_mismatched_columns_get_a_clear_message():
    with pytest.raises(ValueError, match="titles has 1"):
        TimelineData.from_columns([1, 2], ["only one"], ["walkout"] * 2, [1.0, 2.0],
                                  [2.0, 3.0], ["day"] * 2, [None, None])


def test_unknown_kind_is_drawn_as_other_instead_of_failing():
    data = TimelineData.from_columns([1], ["x"], ["sit-in"], [10.0], [11.0], ["day"], [None])
    assert data.kind_name(data.kinds[0]) == "other"


def test_visible_slice_finds_a_long_campaign_that_began_before_the_window():
    data = make([(1, "campaign", "2010-01-01", "2019-12-31", "day", None),
                 (2, "walkout", "2012-05-01", None, "day", None),
                 (3, "walkout", "2018-05-01", None, "day", None)])
    lo, hi = data.visible_slice(day("2015-01-01"), day("2015-02-01"))
    assert 0 in range(lo, hi)
    assert 2 not in range(lo, hi)


def test_imprecise_dates_put_their_marker_mid_span_and_ranges_at_the_start():
    data = make([(1, "campaign", "2017-02", None, "month", None),
                 (2, "letter", "2016", None, "year", None),
                 (3, "campaign", "2017-02", "2017-05", "month", None),
                 (4, "strike", "2017-02-20", None, "day", None)])
    by_id = dict(zip(data.ids.tolist(), data.anchors.tolist()))
    assert days_to_date(by_id[1]) == date(2017, 2, 15)
    assert days_to_date(by_id[2]).year == 2016 and days_to_date(by_id[2]).month == 7
    assert by_id[3] == day("2017-02-01")
    ranges = dict(zip(data.ids.tolist(), data.is_range.tolist()))
    assert ranges == {1: False, 2: False, 3: True, 4: False}
    assert days_to_date(by_id[4]) == date(2017, 2, 20)


@pytest.mark.parametrize("start, end, precision, text", [
    ("2017-02-20", None, "day", "20 February 2017"),
    ("2017-02", None, "month", "February 2017"),
    ("2016", None, "year", "2016"),
    ("2025", None, "approximate", "about 2025"),
    ("2017-02-20", "2017-03-03", "day", "20 February – 3 March 2017"),
    ("2017-02", "2017-05", "month", "February – May 2017"),
])
def test_spans_read_the_way_a_person_writes_dates(start, end, precision, text):
    s, e = event_span(start, end, precision)
    assert describe_span(s, e, precision) == text


def test_describing_no_date_says_undated():
    assert describe_span(None, None, "unknown") == "undated"


# -- view limits -----------------------------------------------------------


def test_zoom_keeps_the_anchor_time_at_the_same_fraction():
    start, end = 1000.0, 2000.0
    fraction = 0.3
    before = start + (end - start) * fraction
    s, e = zoom_range(start, end, 4.0, fraction)
    assert s + (e - s) * fraction == pytest.approx(before)
    assert e - s == pytest.approx(250.0)


def test_zoom_stops_between_hours_and_a_little_more_than_the_data():
    s, e = zoom_range_limited(0.0, 1.0, 1000.0, 0.5, (0.0, 10.0))
    assert e - s == pytest.approx(MIN_SPAN_DAYS)
    s, e = clamp_range(0.0, 10**6, (0.0, 1000.0), 0.0)
    fit_start, fit_end = fit_range((0.0, 1000.0), 0.0)
    assert e - s == pytest.approx((fit_end - fit_start) * 1.25)
    s, e = clamp_range(0.0, 10**6, None, 0.0)
    assert e - s == pytest.approx(CENTURY_DAYS)  # nothing dated: a century


def test_zooming_out_on_data_from_2010_to_2024_stops_near_that_span():
    extent = (day("2010-01-01"), day("2024-12-31"))
    s, e = zoom_range_limited(extent[0], extent[1], 0.001, 0.5, extent, today=day("2060-01-01"))
    assert (e - s) / 365.25 < 15 * 1.4


def test_fit_range_shows_all_data_with_a_small_margin_each_side():
    s, e = fit_range((100.0, 900.0), 0.0)
    assert s < 100.0 and e > 900.0
    assert 100.0 - s == pytest.approx(e - 900.0)
    assert 0.03 * 800 <= 100.0 - s <= 0.05 * 800


def test_fit_range_leaves_a_far_today_out_and_takes_a_near_one_in():
    data = (day("2012-01-01"), day("2023-01-01"))
    s, e = fit_range(data, day("2026-07-01"))
    assert e < day("2023-07-01")  # no empty future up to a far-off today
    s, e = fit_range(data, day("2023-06-01"))
    assert e > day("2023-06-01")  # today just after the data is shown
    s, e = fit_range(data, day("2018-01-01"))
    assert e < day("2023-07-01")  # today inside the data changes nothing


# -- axis ticks ------------------------------------------------------------


@pytest.mark.parametrize("span_days, unit, check", [
    (80 * 365.25, "year", lambda d, label: d.month == 1 and d.day == 1 and label == str(d.year)),
    (4 * 365.25, "month", lambda d, label: d.day == 1 and label == d.strftime("%b")),
    (120, "week", lambda d, label: d.weekday() == 0 and label == f"{d.day} {d.strftime('%b')}"),
    (30, "day", lambda d, label: label == str(d.day)),
    (1.5, "hour", lambda d, label: label.endswith(":00")),
])
def test_axis_switches_unit_with_zoom_and_labels_the_ticks(span_days, unit, check):
    start = day("2016-03-07")
    ticks = axis_ticks(start, start + span_days, 1200, char_px=7.0)
    assert ticks.unit == unit
    assert len(ticks.minor) >= 3
    for tick in ticks.minor:
        assert start <= tick.day < start + span_days
        assert check(days_to_date(tick.day), tick.label)


def test_hour_ticks_are_labelled_with_the_hour_they_mark():
    start = day("2016-03-07")
    ticks = axis_ticks(start, start + 0.5, 1200, char_px=7.0)
    for tick in ticks.minor:
        hours = round((tick.day - start) * 24)
        assert tick.label == f"{hours:02d}:00"


def test_major_tier_gives_context_and_includes_the_period_under_way():
    start = day("2016-03-20")
    ticks = axis_ticks(start, start + 4 * 365.25, 1200, char_px=7.0)
    assert ticks.unit == "month"
    assert ticks.major[0].label == "2016" and ticks.major[0].day < start
    assert [t.label for t in ticks.major[1:]] == ["2017", "2018", "2019", "2020"]


@pytest.mark.parametrize("span_days", [0.2, 3, 20, 200, 3000, 30000])
def test_minor_ticks_leave_room_for_their_labels(span_days):
    width, char_px = 900, 7.0
    ticks = axis_ticks(0.0, span_days, width, char_px)
    px_per_day = width / span_days
    xs = [t.day * px_per_day for t in ticks.minor]
    for (x0, x1), tick in zip(zip(xs, xs[1:]), ticks.minor):
        assert x1 - x0 >= len(tick.label) * char_px


def test_placed_labels_never_overlap_and_the_first_stays_pinned():
    xs = [-300.0, 50.0, 60.0, 400.0]
    widths = [80.0, 80.0, 80.0, 80.0]
    placed = place_labels(xs, widths, 1000, pin_first=True)
    assert placed[0] is not None and placed[0] <= 4
    assert placed[2] is None  # would overlap the label at 50
    shown = [(x, w) for x, w in zip(placed, widths) if x is not None]
    for (a, wa), (b, _wb) in zip(shown, shown[1:]):
        assert a + wa <= b


def test_pinned_label_slides_out_as_the_next_one_arrives():
    placed = place_labels([-300.0, 60.0], [100.0, 100.0], 1000, pin_first=True)
    assert placed[0] is not None and placed[0] + 100 <= placed[1]


# -- stacking and clusters ---------------------------------------------------


def test_stacking_never_overlaps_items_in_a_row():
    rng = np.random.default_rng(3)
    left = rng.uniform(0, 500, 60)
    right = left + rng.uniform(5, 80, 60)
    rows = stack_rows(left, right, 30)
    assert (rows >= 0).all()
    for r in set(rows.tolist()):
        members = np.flatnonzero(rows == r)
        order = members[np.argsort(left[members])]
        assert (right[order][:-1] <= left[order][1:]).all()


def test_stacking_reports_items_that_find_no_row():
    left = np.array([0.0, 1.0, 2.0])
    rows = stack_rows(left, left + 50, 2)
    assert rows.tolist() == [0, 1, -1]


def test_labels_fit_only_before_the_next_event_in_their_row():
    left = np.array([0.0, 30.0, 200.0])
    label_right = np.array([100.0, 60.0, 260.0])
    rows = np.array([0, 0, 0])
    assert labels_that_fit(left, label_right, rows).tolist() == [False, True, True]


def test_organisation_lanes_put_the_busiest_first_and_no_organisation_last():
    data = make([(1, "walkout", "2017-01-01", None, "day", "UCU"),
                 (2, "walkout", "2017-01-02", None, "day", "NUS"),
                 (3, "walkout", "2017-01-03", None, "day", "NUS"),
                 (4, "walkout", "2017-01-04", None, "day", None)])
    lanes = make_lanes(data, "organisation")
    assert lanes.titles == ("NUS", "UCU", NO_ORGANISATION)
    assert lanes.lane_of(data, 0, 4).tolist() == [1, 0, 0, 2]


def _frame_for(data, start, end, width=1000, height=400):
    lanes = make_lanes(data, "kind")
    geometries, _ = lane_geometries(lanes, top=0.0, height=height, scroll_y=0.0, metrics=Metrics())
    return build_frame(data=data, lanes=lanes, geometries=geometries, start_day=start, end_day=end,
                       width_px=width, view_top=0.0, view_bottom=height,
                       label_widths=lambda idx: np.full(len(idx), 60.0))


def test_crowded_lane_turns_into_clusters_with_the_right_counts():
    busy = [(i, "walkout", "2017-03-10", None, "day", None) for i in range(1, 301)]
    lone = [(1000, "walkout", "2012-06-01", None, "day", None),
            (1001, "letter", "2017-03-10", None, "day", None)]
    data = make(busy + lone)
    frame = _frame_for(data, day("2010-01-01"), day("2020-01-01"))
    walkout = frame.clusters[0]
    assert int(walkout.counts.sum()) == 301
    assert 300 in walkout.counts.tolist()
    assert 1 not in frame.clusters  # a single letter is drawn as itself
    x = frame.x_of(data.anchors[data.locate(1)[1]])
    cluster = cluster_at(frame, data, x, frame.lanes[0].cluster_centre)
    assert cluster is not None and cluster.count == 300
    assert days_to_date(cluster.first_day) == date(2017, 3, 10)
    lone_x = frame.x_of(data.anchors[data.locate(1000)[1]])
    assert event_at(frame, lone_x, frame.lanes[0].cluster_centre) == data.locate(1000)[1]


def test_density_counts_every_crowded_event_once():
    rng = np.random.default_rng(5)
    n = 5000
    starts = np.sort(rng.uniform(day("2001-01-01"), day("2020-01-01"), n)).round()
    data = TimelineData.from_columns(list(range(n)), ["t"] * n, ["strike"] * n, starts,
                                     starts + 1, ["day"] * n, [None] * n)
    frame = _frame_for(data, day("2000-01-01"), day("2021-01-01"))
    assert int(frame.clusters[0].density.sum()) == n
    assert int(frame.clusters[0].counts.sum()) == n


def test_sparse_lane_is_drawn_event_by_event_with_labels():
    data = make([(1, "walkout", "2017-03-01", None, "day", None),
                 (2, "walkout", "2017-03-20", None, "day", None)])
    frame = _frame_for(data, day("2017-02-15"), day("2017-04-15"))
    lane = frame.events[0]
    assert lane.label.all()
    assert lane.row.tolist() == [0, 0]
    assert event_at(frame, lane.ax[1], lane.y_of(1)) == 1
    assert event_at(frame, lane.ax[1] + 30, lane.y_of(1)) == 1  # on its label
    assert event_at(frame, lane.ax[1] - 40, lane.y_of(1)) is None
