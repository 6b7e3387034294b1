"""When a chosen view no longer frames the events: empty or half-empty views."""

from __future__ import annotations

from datetime import date

from timeline_app.core.layout import view_is_sparse
from timeline_app.core.partial_dates import date_to_days, event_span
from timeline_app.core.timeline_data import TimelineData


def day(iso: str) -> float:
    return date_to_days(date.fromisoformat(iso))


def data_of(*isos: str) -> TimelineData:
    spans = [event_span(iso, None, "day") for iso in isos]
    n = len(isos)
    return TimelineData.from_columns(list(range(n)), [f"E{i}" for i in range(n)],
                                     ["walkout"] * n, [s for s, _ in spans],
                                     [e for _, e in spans], ["day"] * n, [None] * n)


def test_a_view_with_no_event_in_it_is_sparse():
    data = data_of("2015-01-01", "2015-06-01")
    assert view_is_sparse(data, day("2020-01-01"), day("2021-01-01"))


def test_events_bunched_in_a_corner_of_the_view_make_it_half_empty():
    data = data_of("2016-01-01", "2016-02-01")
    assert view_is_sparse(data, day("2015-01-01"), day("2019-01-01"))


def test_events_spread_across_most_of_the_view_keep_it():
    data = data_of("2015-02-01", "2018-11-01")
    assert not view_is_sparse(data, day("2015-01-01"), day("2019-01-01"))


def test_events_running_past_both_edges_keep_a_zoomed_in_view():
    data = data_of("2010-01-01", "2016-06-01", "2024-01-01")
    assert view_is_sparse(data, day("2016-05-01"), day("2016-07-01"))  # one day in two months
    assert not view_is_sparse(data_of(*[f"2016-{m:02d}-15" for m in range(1, 13)]),
                              day("2016-03-01"), day("2016-09-01"))


def test_no_dated_events_leaves_nothing_to_fit():
    assert not view_is_sparse(TimelineData.empty(), 0.0, 100.0)
