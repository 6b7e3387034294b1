"""The main stretch Fit frames first: far-off dates left out only when few."""

from __future__ import annotations

from timeline_app.core.layout.main_stretch import main_stretch
from timeline_app.core.timeline_data import TimelineData


def _data(starts: list[float], length: float = 1.0) -> TimelineData:
    n = len(starts)
    return TimelineData.from_columns(list(range(1, n + 1)), [f"e{i}" for i in range(n)],
                                     ["walkout"] * n, starts, [s + length for s in starts],
                                     ["day"] * n, [None] * n)


def test_one_far_off_date_is_left_out():
    stretch = main_stretch(_data([0.0] + [30000.0 + 100 * i for i in range(20)]))
    assert (stretch.first, stretch.earlier, stretch.later) == (30000.0, 1, 0)
    assert stretch.last == 30000.0 + 1900 + 1


def test_a_late_goal_date_is_left_out_too():
    stretch = main_stretch(_data([100.0 * i for i in range(20)] + [40000.0]))
    assert (stretch.first, stretch.last, stretch.earlier, stretch.later) == (0.0, 1901.0, 0, 1)


def test_evenly_spread_dates_are_all_kept():
    assert main_stretch(_data([365.0 * i for i in range(40)])).is_whole


def test_too_few_events_or_too_many_outliers_keep_everything():
    assert main_stretch(_data([0.0, 30000.0, 30100.0])).is_whole
    # Ten early events out of forty are a second cluster, not background dates.
    assert main_stretch(_data([float(i) for i in range(10)]
                              + [30000.0 + i for i in range(30)])).is_whole


def test_a_small_collection_keeps_a_later_event_a_few_years_on():
    # 2015-2017 then 2022, as in the bundled seeds: a real event, not background.
    stretch = main_stretch(_data([16756.0, 16800.0, 17050.0, 17167.0, 17217.0, 18993.0], 365.0))
    assert stretch.is_whole


def test_no_dated_events():
    assert main_stretch(_data([])) is None
