"""Stepping through events with the keyboard and keeping them in view."""

from __future__ import annotations

from timeline_app.core.layout import nearest_to, range_revealing, step_from
from timeline_app.core.timeline_data import TimelineData


def mixed() -> TimelineData:
    """Three dated events (days 10, 20, 30) and one undated."""
    return TimelineData.from_columns([1, 2, 3, 4], ["a", "b", "c", "d"], ["letter"] * 4,
                                     [30.0, 10.0, 20.0, None], [31.0, 11.0, 21.0, None],
                                     ["day", "day", "day", "unknown"], [None] * 4)


def test_right_walks_through_dated_events_in_time_then_the_undated_ones():
    data = mixed()
    seen, current = [], None
    for _ in range(5):
        current = step_from(data, current, 1)
        seen.append(current)
    assert seen == [2, 3, 1, 4, 4]  # stops at the last


def test_left_from_nowhere_starts_at_the_last_event():
    assert step_from(mixed(), None, -1) == 4


def test_space_picks_the_event_nearest_the_centre_of_the_view():
    assert nearest_to(mixed(), 24.0) == 3
    assert nearest_to(TimelineData.empty(), 24.0) is None


def test_an_event_off_the_right_edge_is_panned_in_without_zooming():
    start, end = range_revealing(150.0, 0.0, 100.0)
    assert end - start == 100.0 and start < 150.0 < end
    assert range_revealing(50.0, 0.0, 100.0) == (0.0, 100.0)  # already in view: no change
