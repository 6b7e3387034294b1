"""Labels and the fitted view as a user meets them: the seeds at Fit, an
import into a fitted view, zooming out, a year filter. Read from the
canvas's own layout decisions, not from pixels."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import Qt

from timeline_app.core.filters import WINDOW_DEFAULT
from timeline_app.core.partial_dates import date_to_days, event_span
from timeline_app.core.timeline_data import TimelineData
from timeline_app.ui.canvas import TimelineCanvas


def day(iso: str) -> float:
    return date_to_days(date.fromisoformat(iso))


def data_of(events: list[tuple[int, str, str]]) -> TimelineData:
    """(id, kind, ISO day) events, titled "Event <id>"."""
    spans = [event_span(iso, None, "day") for _i, _k, iso in events]
    return TimelineData.from_columns(
        [i for i, _k, _d in events], [f"Event {i}" for i, _k, _d in events],
        [k for _i, k, _d in events], [s for s, _ in spans], [e for _, e in spans],
        ["day"] * len(events), [None] * len(events))


def labelled_share(canvas: TimelineCanvas) -> tuple[int, int]:
    """(marks labelled, marks drawn) in the canvas's current frame; a lone
    chip on the undated shelf always carries its title."""
    frame = canvas.frame()
    drawn = sum(len(lane.index) for lane in frame.events.values())
    labelled = sum(lane.labelled_count for lane in frame.events.values())
    return labelled, drawn


def assert_labels_inside(canvas: TimelineCanvas) -> None:
    for lane in canvas.frame().events.values():
        shown = np.flatnonzero(lane.label)
        assert (lane.label_x[shown] >= 0).all()
        assert (lane.label_x[shown] + lane.label_w[shown] <= canvas.width()).all()


@pytest.fixture
def canvas(shown_canvas):
    widget = shown_canvas
    return widget


def test_at_fit_every_seed_mark_is_labelled(seeded_store, make_window, qtbot):
    window = make_window(seeded_store)
    window.resize(1400, 900)
    canvas = window.view.canvas
    qtbot.waitUntil(lambda: canvas.data().dated_count > 0)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    labelled, drawn = labelled_share(canvas)
    data = canvas.data()
    assert drawn == data.dated_count  # every dated seed event is its own mark
    assert labelled == drawn
    # The ten seed events, less the background facts the window hides (kind "context").
    shown = len(seeded_store.matching_event_ids(WINDOW_DEFAULT))
    assert drawn + len(canvas._view.shelf(canvas.width(), canvas.height()).chips) == shown
    assert_labels_inside(canvas)


def test_fit_shows_the_data_with_a_small_margin_not_years_of_future(canvas, qtbot):
    canvas.set_data(data_of([(1, "walkout", "2012-03-01"), (2, "vote", "2016-06-23"),
                             (3, "letter", "2020-01-10")]))
    canvas.pan_by_pixels(300)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    start, end = canvas.visible_range()
    span = day("2020-01-11") - day("2012-03-01")
    assert day("2012-03-01") - span * 0.06 < start < day("2012-03-01")
    assert day("2020-01-11") < end < day("2020-01-11") + span * 0.06
    assert_labels_inside(canvas)


def test_zooming_out_stops_a_little_beyond_the_data(canvas, qtbot):
    canvas.set_data(data_of([(1, "walkout", "2010-01-01"), (2, "vote", "2024-06-01")]))
    fit_start, fit_end = canvas.visible_range()
    canvas.setFocus()
    for _ in range(20):
        qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    start, end = canvas.visible_range()
    assert end - start == pytest.approx((fit_end - fit_start) * 1.25)
    assert (end - start) / 365.25 < 20  # not 1970-2070


def test_an_import_into_a_fitted_view_refits_to_show_the_new_events(canvas):
    canvas.set_data(data_of([(1, "walkout", "2015-01-01"), (2, "vote", "2016-01-01")]))
    canvas.set_data(data_of([(1, "walkout", "2015-01-01"), (2, "vote", "2016-01-01"),
                             (3, "letter", "2022-01-01")]), keep_view=True)
    start, end = canvas.visible_range()
    assert start < day("2015-01-01") and end > day("2022-01-02")
    assert canvas.is_fitted()


def test_an_import_keeps_a_view_the_user_zoomed_to(canvas, qtbot):
    canvas.set_data(data_of([(1, "walkout", "2015-01-01"), (2, "vote", "2016-01-01")]))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    chosen = canvas.visible_range()
    assert not canvas.is_fitted()
    canvas.set_data(data_of([(1, "walkout", "2015-01-01"), (2, "vote", "2016-01-01"),
                             (3, "letter", "2022-01-01")]), keep_view=True)
    assert canvas.visible_range() == pytest.approx(chosen)


def test_the_first_import_into_an_empty_timeline_is_fitted_even_after_panning(canvas):
    canvas.set_data(TimelineData.empty())
    canvas.pan_by_pixels(200)
    canvas.set_data(data_of([(1, "walkout", "2015-01-01"), (2, "vote", "2016-01-01")]),
                    keep_view=True)
    start, end = canvas.visible_range()
    assert start < day("2015-01-01") and end > day("2016-01-02")
    assert end - start < 1.2 * 365.25


def test_a_year_filter_frames_its_events_with_every_label_inside(seeded_store, make_window,
                                                                  qtbot):
    window = make_window(seeded_store)
    window.resize(1400, 900)
    window.filter_pane.year_from.setValue(2016)
    window.filter_pane.year_to.setValue(2017)
    canvas = window.view.canvas
    data = canvas.data()
    start, end = canvas.visible_range()
    first, last = data.extent()
    assert start < first and end > last
    assert (end - start) < (last - first) * 1.2 + 31
    labelled, drawn = labelled_share(canvas)
    assert drawn and labelled == drawn
    assert_labels_inside(canvas)
