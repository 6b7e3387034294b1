"""A filter change keeps the zoom the person chose while the matches still
fill it, refits when they would leave it empty or half-empty, and says in
the status line when it kept the zoom."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from timeline_app.core.partial_dates import date_to_days


def day(iso: str) -> float:
    return date_to_days(date.fromisoformat(iso))


def _click_box(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _tick_name(qtbot, entity_list, name: str) -> None:
    """Click the tick box of ``name`` in an organisation or people list."""
    proxy = entity_list.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data() and str(index.data()).startswith(name):
            entity_list.view.scrollTo(index)
            rect = entity_list.view.visualRect(index)
            box = QPoint(rect.left() + rect.height() // 2, rect.center().y())
            qtbot.mouseClick(entity_list.view.viewport(), Qt.MouseButton.LeftButton, pos=box)
            return
    raise AssertionError(f"{name} is not in the list")


def test_a_filter_whose_events_still_fill_a_zoomed_view_keeps_the_zoom_and_says_so(
        hand_store, make_window, qtbot):
    window = make_window(hand_store)
    canvas = window.canvas
    canvas.set_visible_range(day("2015-06-01"), day("2023-01-01"))  # the person's own view
    chosen = canvas.visible_range()
    # The NUS's walkout (2015) and letter (2022) still span most of that view.
    _tick_name(qtbot, window.filter_pane.organisations, "National Union of Students")
    assert canvas.data().dated_count == 2
    assert canvas.visible_range() == chosen
    assert "Kept your zoom" in window.statusBar().currentMessage()


def test_a_filter_that_would_leave_the_view_half_empty_refits_to_its_events(
        hand_store, make_window, qtbot):
    window = make_window(hand_store)
    canvas = window.canvas
    canvas.set_visible_range(day("2015-06-01"), day("2023-01-01"))
    _click_box(qtbot, window.filter_pane.kind_boxes["campaign"])  # September 2016 only
    start, end = canvas.visible_range()
    first, last = canvas.data().extent()
    assert start < first and last < end
    assert end - start < 60  # framed around the one month, not the eight years
    assert canvas.is_fitted()


def test_a_filter_on_a_fitted_view_fits_the_result(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    canvas = window.canvas
    assert canvas.is_fitted()
    _click_box(qtbot, window.filter_pane.kind_boxes["walkout"])
    _click_box(qtbot, window.filter_pane.kind_boxes["campaign"])
    first, last = canvas.data().extent()
    start, end = canvas.visible_range()
    assert start < first and last < end and canvas.is_fitted()
