"""The timeline canvas and overview as a user drives them (offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor, QHelpEvent, QMouseEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip

from timeline_app.core.partial_dates import date_to_days, event_span
from timeline_app.core.timeline_data import TimelineData
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.ui.kind_style import kind_color
from timeline_app.ui.timeline_view import TimelineView

EVENTS = [  # id, kind, start, end, precision, organisation
    (1, "walkout", "2017-02-20", None, "day", "NUS"),
    (2, "campaign", "2017-03", None, "month", "UCU"),
    (3, "letter", "2017-01-10", "2017-04-15", "day", "NUS"),
    (4, "protest", "2017-06-01", None, "day", None),
    (5, "walkout", "2017-05-02", None, "day", "NUS"),
    (6, "strike", None, None, "unknown", "UCU"),
]


def day(iso: str) -> float:
    return date_to_days(date.fromisoformat(iso))


def small_data() -> TimelineData:
    spans = [event_span(s, e, p) for _i, _k, s, e, p, _o in EVENTS]
    return TimelineData.from_columns(
        [e[0] for e in EVENTS], [f"Event {e[0]}" for e in EVENTS], [e[1] for e in EVENTS],
        [s for s, _ in spans], [e for _, e in spans], [e[4] for e in EVENTS],
        [e[5] for e in EVENTS], orgs=[e[5] or "" for e in EVENTS])


@pytest.fixture
def canvas(shown_canvas):
    widget = shown_canvas
    widget.set_data(small_data())
    widget.set_visible_range(day("2016-12-01"), day("2017-07-01"))
    return widget


def marker_pos(canvas: TimelineCanvas, event_id: int) -> QPointF:
    """Where the canvas drew an event's marker, from its layout frame."""
    data = canvas.data()
    index = data.locate(event_id)[1]
    frame = canvas.frame()
    for lane in frame.events.values():
        hits = (lane.index == index).nonzero()[0]
        if len(hits):
            k = int(hits[0])
            return QPointF(float(lane.ax[k]), lane.y_of(k))
    raise AssertionError(f"event {event_id} not drawn individually")


def send_mouse(widget, kind, pos: QPointF, button=Qt.MouseButton.LeftButton,
               buttons=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier):
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def wheel(widget, pos: QPointF, dx: int = 0, dy: int = 0,
          modifiers=Qt.KeyboardModifier.NoModifier):
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(dx, dy),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


# -- zoom and pan ------------------------------------------------------------


def test_wheel_zoom_keeps_the_time_under_the_pointer_fixed(canvas):
    x = 730.0
    before = canvas.day_at(x)
    span = canvas.visible_range()[1] - canvas.visible_range()[0]
    wheel(canvas, QPointF(x, 200), dy=240)
    assert canvas.day_at(x) == pytest.approx(before, abs=1e-6)
    assert canvas.visible_range()[1] - canvas.visible_range()[0] < span


def test_ctrl_wheel_and_zoom_out_also_keep_the_pointer_time(canvas):
    x = 120.0
    before = canvas.day_at(x)
    wheel(canvas, QPointF(x, 200), dy=-360, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert canvas.day_at(x) == pytest.approx(before, abs=1e-6)


def test_horizontal_scroll_pans_without_zooming(canvas):
    start, end = canvas.visible_range()
    wheel(canvas, QPointF(500, 200), dx=-240)
    new_start, new_end = canvas.visible_range()
    assert new_start > start
    assert new_end - new_start == pytest.approx(end - start)


def test_pinch_zooms_around_the_fingers(canvas):
    x = 300.0
    before = canvas.day_at(x)
    span = canvas.visible_range()[1] - canvas.visible_range()[0]
    pinch = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                QPointingDevice.primaryPointingDevice(), 2, QPointF(x, 100),
                                QPointF(x, 100), QPointF(x, 100), 0.5, QPointF(0, 0), 0)
    QApplication.sendEvent(canvas, pinch)
    start, end = canvas.visible_range()
    assert canvas.day_at(x) == pytest.approx(before, abs=1e-6)
    assert span / (end - start) == pytest.approx(1.5)


def test_dragging_moves_the_content_with_the_pointer(canvas):
    grabbed = canvas.day_at(300)
    send_mouse(canvas, QEvent.Type.MouseButtonPress, QPointF(300, 250))
    send_mouse(canvas, QEvent.Type.MouseMove, QPointF(400, 250), button=Qt.MouseButton.NoButton)
    send_mouse(canvas, QEvent.Type.MouseMove, QPointF(500, 250), button=Qt.MouseButton.NoButton)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, QPointF(500, 250),
               buttons=Qt.MouseButton.NoButton)
    assert canvas.day_at(500) == pytest.approx(grabbed, abs=1e-6)
    assert canvas.selected_ids() == []  # a drag is not a click


def test_home_fits_every_dated_event_after_zooming_in(canvas, qtbot):
    canvas.zoom_by(50, 100)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    start, end = canvas.visible_range()
    first, last = canvas.data().extent()
    assert start < first and end > last


def test_plus_and_minus_keys_zoom_in_and_out(canvas, qtbot):
    span = lambda: canvas.visible_range()[1] - canvas.visible_range()[0]  # noqa: E731
    before = span()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert span() < before
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert span() > before


def test_zoom_stops_at_hours_and_a_little_beyond_the_data(canvas):
    for _ in range(60):
        canvas.zoom_in()
    start, end = canvas.visible_range()
    assert end - start == pytest.approx(0.1)
    for _ in range(80):
        canvas.zoom_out()
    start, end = canvas.visible_range()
    assert end - start == pytest.approx(366.0)  # half a year of data: a year at most


def test_visible_range_changes_are_signalled(canvas, qtbot):
    with qtbot.waitSignal(canvas.visibleRangeChanged) as blocker:
        canvas.set_visible_range(day("2017-01-01"), day("2017-03-01"))
    assert blocker.args == [day("2017-01-01"), day("2017-03-01")]


# -- hit testing, selection, keyboard ------------------------------------------


def test_hit_testing_picks_the_event_under_its_marker(canvas):
    for event_id in (1, 2, 4, 5):
        assert canvas.event_at(marker_pos(canvas, event_id)) == event_id
    empty = QPointF(canvas.x_of(day("2016-12-20")), marker_pos(canvas, 4).y())
    assert canvas.event_at(empty) is None


def test_click_selects_and_ctrl_click_adds(canvas, qtbot):
    with qtbot.waitSignal(canvas.selectionChanged) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=marker_pos(canvas, 1).toPoint())
    assert blocker.args == [[1]]
    with qtbot.waitSignal(canvas.selectionChanged) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         pos=marker_pos(canvas, 4).toPoint())
    assert blocker.args == [[1, 4]]
    with qtbot.waitSignal(canvas.selectionChanged) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                         pos=QPointF(canvas.x_of(day("2016-12-20")), 300).toPoint())
    assert blocker.args == [[]]


def test_right_and_left_keys_walk_through_events_in_time_order(canvas, qtbot):
    canvas.select_ids([3])  # letter from 10 January
    seen = []
    for _ in range(4):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        seen.append(canvas.selected_ids())
    assert seen == [[1], [2], [5], [4]]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.selected_ids() == [6]  # then the undated shelf
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.selected_ids() == [4]


def test_moving_to_the_next_event_brings_it_into_view(canvas, qtbot):
    canvas.set_visible_range(day("2017-02-10"), day("2017-02-28"))
    canvas.select_ids([1])
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # the March campaign, off to the right
    start, end = canvas.visible_range()
    anchor = canvas.data().anchors[canvas.data().locate(2)[1]]
    assert start <= anchor <= end
    assert end - start == pytest.approx(18.0)


def test_arrow_keys_pan_when_nothing_is_selected(canvas, qtbot):
    start, _ = canvas.visible_range()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.visible_range()[0] > start
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.visible_range()[0] < start


def test_space_selects_the_event_nearest_the_centre_and_escape_clears(canvas, qtbot):
    canvas.set_visible_range(day("2017-05-01"), day("2017-06-30"))
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert canvas.selected_ids() == [4]
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.selected_ids() == []


def test_select_ids_pans_to_an_event_off_screen(canvas, qtbot):
    canvas.set_visible_range(day("2017-01-01"), day("2017-01-20"))
    with qtbot.waitSignal(canvas.selectionChanged):
        canvas.select_ids([4, 999])
    assert canvas.selected_ids() == [4]
    start, end = canvas.visible_range()
    assert start <= day("2017-06-01") <= end


def test_double_click_zooms_to_the_event_and_activates_it(canvas, qtbot):
    with qtbot.waitSignal(canvas.eventActivated) as blocker:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=marker_pos(canvas, 5).toPoint())
    assert blocker.args == [5]
    start, end = canvas.visible_range()
    assert start < day("2017-05-02") < end and end - start < 30


def test_clicking_a_cluster_zooms_into_its_events(qtbot):
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 500)
    n = 400
    spans = [event_span("2017-03-10", None, "day")] * n + [event_span("2005-01-01", None, "day")]
    canvas.set_data(TimelineData.from_columns(
        list(range(n + 1)), ["t"] * (n + 1), ["walkout"] * (n + 1), [s for s, _ in spans],
        [e for _, e in spans], ["day"] * (n + 1), [None] * (n + 1)))
    canvas.set_visible_range(day("2000-01-01"), day("2020-01-01"))
    frame = canvas.frame()
    pos = QPointF(canvas.x_of(day("2017-03-10") + 0.5), frame.lanes[0].cluster_centre)
    cluster = canvas.cluster_at(pos)
    assert cluster is not None and cluster.count == n
    assert "400 events" in canvas.tooltip_text(pos)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    start, end = canvas.visible_range()
    assert start <= day("2017-03-10") < end and end - start < 30


# -- placement of undated and imprecise events --------------------------------


def test_undated_events_sit_on_the_shelf_and_can_be_picked(canvas, qtbot):
    frame = canvas.frame()
    assert all(6 not in canvas.data().ids[lane.index].tolist() for lane in frame.events.values())
    shelf_y = canvas.height() - 8
    hits = {canvas.event_at(QPointF(x, shelf_y)) for x in range(0, canvas.width(), 4)}
    assert 6 in hits
    x = next(x for x in range(0, canvas.width(), 4) if canvas.event_at(QPointF(x, shelf_y)) == 6)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, shelf_y))
    assert canvas.selected_ids() == [6]


def test_month_precision_event_marks_mid_month_over_a_faded_month(canvas):
    pos = marker_pos(canvas, 2)
    assert canvas.day_at(pos.x()) == pytest.approx(day("2017-03-16"), abs=0.6)
    image = canvas.render_to_image(canvas.width(), canvas.height())
    blue = kind_color("campaign")
    background = image.pixelColor(int(canvas.x_of(day("2017-02-20"))), int(pos.y()))
    faded = image.pixelColor(int(canvas.x_of(day("2017-03-04"))), int(pos.y()))
    # Inside the month but away from the marker: tinted towards the kind's
    # colour, yet clearly lighter than the marker itself.
    assert faded != background
    assert faded.blue() - faded.red() > background.blue() - background.red()
    assert faded.lightness() > blue.lightness() + 40


def test_hovering_a_marker_shows_its_tooltip(canvas):
    pos = marker_pos(canvas, 1).toPoint()
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, pos, canvas.mapToGlobal(pos)))
    assert QToolTip.isVisible()
    assert "Event 1" in QToolTip.text() and "20 February 2017" in QToolTip.text()
    QToolTip.hideText()


def test_tooltip_names_title_date_kind_and_organisations(canvas):
    text = canvas.tooltip_text(marker_pos(canvas, 2))
    assert "Event 2" in text and "March 2017" in text
    assert "campaign" in text and "UCU" in text


# -- rendering ---------------------------------------------------------------


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_rendered_markers_have_their_kind_colour_in_their_lane_and_column(canvas, ratio):
    image = canvas.render_to_image(canvas.width(), canvas.height(), device_pixel_ratio=ratio)
    assert image.width() == canvas.width() * ratio
    lanes = canvas.lane_titles()
    for event_id, kind, iso in ((1, "walkout", "2017-02-20"), (4, "protest", "2017-06-01")):
        x = canvas.x_of(day(iso) + 0.5)  # day events sit mid-day
        y = canvas.lane_row_y(lanes.index(kind.capitalize()))
        colour = image.pixelColor(int(x * ratio), int(y * ratio))
        assert _close(colour, kind_color(kind)), (event_id, colour.name())
        other_lane = canvas.lane_row_y(lanes.index("Letter"))
        elsewhere = image.pixelColor(int(x * ratio), int(other_lane * ratio))
        assert not _close(elsewhere, kind_color(kind))


def test_lanes_by_organisation_put_events_under_their_first_organisation(canvas):
    canvas.set_lane_mode("organisation")
    assert canvas.lane_titles() == ["NUS", "UCU", "No organisation"]
    pos = marker_pos(canvas, 4)  # protest without an organisation
    assert canvas.frame().lane_at(pos.y()).title == "No organisation"
    with pytest.raises(ValueError):
        canvas.set_lane_mode("colour")


def test_canvas_is_focusable_and_describes_itself(canvas):
    assert canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert canvas.accessibleName() == "Timeline"
    assert "5 of 5 dated events and 1 undated" in canvas.accessibleDescription()


# -- overview ----------------------------------------------------------------


@pytest.fixture
def view(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_data(small_data())
    widget.canvas.set_visible_range(day("2017-02-01"), day("2017-03-01"))
    return widget


def test_overview_follows_the_canvas(view):
    assert view.overview.visible_range() == view.canvas.visible_range()


def test_dragging_the_overview_window_pans_the_canvas(view):
    overview = view.overview
    rect = overview.window_rect()
    span = view.canvas.visible_range()[1] - view.canvas.visible_range()[0]
    centre = rect.center()
    send_mouse(overview, QEvent.Type.MouseButtonPress, centre)
    send_mouse(overview, QEvent.Type.MouseMove, centre + QPointF(80, 0), button=Qt.MouseButton.NoButton)
    send_mouse(overview, QEvent.Type.MouseButtonRelease, centre + QPointF(80, 0),
               buttons=Qt.MouseButton.NoButton)
    start, end = view.canvas.visible_range()
    assert start > day("2017-02-01")
    assert end - start == pytest.approx(span)


def test_dragging_an_overview_edge_resizes_the_view(view):
    overview = view.overview
    right = QPointF(overview.window_rect().right(), overview.height() / 2)
    send_mouse(overview, QEvent.Type.MouseButtonPress, right)
    send_mouse(overview, QEvent.Type.MouseMove, right + QPointF(100, 0), button=Qt.MouseButton.NoButton)
    send_mouse(overview, QEvent.Type.MouseButtonRelease, right + QPointF(100, 0),
               buttons=Qt.MouseButton.NoButton)
    start, end = view.canvas.visible_range()
    assert start == pytest.approx(day("2017-02-01"))
    assert end > day("2017-03-01")


def test_a_narrow_kind_legend_says_what_it_leaves_out_instead_of_cutting_a_name(qtbot):
    """With the event pane open at 1024 pixels the legend ended in "Lette",
    and Protest, Strike and the rest were gone without a word."""
    from timeline_app.core.models import KINDS
    from timeline_app.ui.kind_style import KindLegend

    legend = KindLegend()
    qtbot.addWidget(legend)
    legend.resize(260, 24)
    legend.show()
    qtbot.waitExposed(legend)
    shown = legend.shown_kinds()
    assert 0 < len(shown) < len(KINDS) and shown == KINDS[:len(shown)]
    hidden = len(KINDS) - len(shown)
    assert legend.more_text() == f"+{hidden} more"
    used = 6 + sum(legend._entry_width(k) for k in shown)
    assert used + legend.fontMetrics().horizontalAdvance(legend.more_text()) <= legend.width()
    assert KINDS[-1].capitalize() in legend.toolTip()
    legend.resize(legend.sizeHint().width() + 40, 24)
    qtbot.waitUntil(lambda: legend.shown_kinds() == KINDS)
    assert legend.more_text() == "" and legend.toolTip() == ""
