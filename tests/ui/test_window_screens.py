"""The window on small and large screens: it opens inside the screen with its
event list and status bar in sight, and the event pane gives its room to the
timeline until an event is selected, remembering when the person closes it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton

from timeline_app.core.store import Store
from timeline_app.ui.kind_grid import KindGrid
from timeline_app.ui.window_fit import fit_window


def _click_row(qtbot, window, row: int) -> None:
    rect = window.table.visualRect(window.table_model.index(row, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _inside_window(window, widget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def test_at_1024_by_640_the_whole_window_fits_with_list_and_status_bar_in_sight(
        hand_store, make_window, qtbot):
    window = make_window(hand_store)
    screen = QRect(0, 0, 1024, 640)
    fit_window(window, screen)
    qtbot.wait(50)
    assert screen.contains(window.geometry())
    assert window.table_dock.isVisible() and _inside_window(window, window.table_dock)
    assert window.statusBar().isVisible() and _inside_window(window, window.statusBar())
    assert window.table.viewport().height() >= 60  # room for a few rows of the list
    # With nothing selected the event pane is out of the way: the timeline is wide.
    assert not window.detail_dock.isVisible()
    assert window.canvas.width() >= window.width() * 0.6


def test_at_1920_by_1080_the_window_takes_most_of_the_screen_centred(hand_store, make_window,
                                                                      qtbot):
    """A 1360x860 window left a third of a 1920-pixel screen unused."""
    window = make_window(hand_store)
    screen = QRect(0, 0, 1920, 1080)
    fit_window(window, screen)
    qtbot.wait(50)
    assert window.width() >= 0.85 * 1920 and window.height() >= 0.85 * 1080 - 36
    assert abs(window.geometry().center().x() - screen.center().x()) <= 2
    assert screen.contains(window.geometry())


def test_at_1366_by_768_the_window_fills_the_screen_less_its_frame(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    screen = QRect(0, 0, 1366, 768)
    fit_window(window, screen)
    qtbot.wait(50)
    assert window.width() >= 1350 and screen.contains(window.geometry())


def test_the_first_window_fits_the_screen_it_opens_on(hand_store, make_window):
    window = make_window(hand_store)
    assert window.screen().availableGeometry().contains(window.geometry())


def test_a_window_saved_on_a_big_screen_shrinks_to_a_small_one(hand_store, make_window,
                                                               settings, qtbot):
    window = make_window(hand_store)
    fit_window(window, QRect(0, 0, 1920, 1080))
    window.close()
    again = make_window(Store.open(hand_store.path))
    assert again.screen().availableGeometry().contains(again.geometry())


def test_the_event_pane_appears_when_an_event_is_clicked_in_the_list(hand_store, make_window,
                                                                     qtbot):
    window = make_window(hand_store)
    assert not window.detail_dock.isVisible()
    _click_row(qtbot, window, 0)
    assert window.detail_dock.isVisible()
    assert window.detail_pane.event_id == window.table_model.event_id(0)


def test_closing_the_event_pane_is_remembered_across_selections_and_restarts(
        hand_store, make_window, settings, qtbot):
    window = make_window(hand_store)
    _click_row(qtbot, window, 0)
    close = window.detail_dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not window.detail_dock.isVisible()
    _click_row(qtbot, window, 1)
    assert not window.detail_dock.isVisible()  # the person closed it: it stays closed
    window.close()
    again = make_window(Store.open(hand_store.path))
    _click_row(qtbot, again, 0)
    assert not again.detail_dock.isVisible()
    again.detail_dock.toggleViewAction().trigger()  # View ▸ Event brings it back
    assert again.detail_dock.isVisible()
    _click_row(qtbot, again, 1)
    assert again.detail_dock.isVisible()


def _cut_off_in_filter_pane(window) -> list[str]:
    """Filter controls whose right edge lies past the pane's visible column."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QScrollArea, QSpinBox

    viewport = window.filter_pane.findChild(QScrollArea).viewport()
    cut = []
    for kind in (QAbstractButton, QComboBox, QSpinBox):
        for widget in window.filter_pane.findChildren(kind):
            if widget.isVisibleTo(window.filter_pane):
                right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
                if right > viewport.width():
                    cut.append(widget.text() if hasattr(widget, "text") else type(widget).__name__)
    return cut


def test_at_1024_by_640_no_filter_is_cut_off_at_the_right_of_its_pane(hand_store, make_window,
                                                                     qtbot):
    window = make_window(hand_store)
    fit_window(window, QRect(0, 0, 1024, 640))
    qtbot.wait(50)
    assert _cut_off_in_filter_pane(window) == []
    # Every kind can be ticked: the kinds stack in one column in a narrow pane.
    assert window.filter_pane.findChild(KindGrid).columns == 1


def test_a_wide_filter_pane_lays_the_kinds_out_in_two_columns(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    fit_window(window, QRect(0, 0, 1920, 1080))
    qtbot.wait(50)
    grid = window.filter_pane.findChild(KindGrid)
    assert grid.columns == 2  # the window's own share for filters holds two columns
    window.resizeDocks([window.filter_dock], [420], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    assert grid.columns == 2
    assert _cut_off_in_filter_pane(window) == []
    window.resizeDocks([window.filter_dock], [250], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: grid.columns == 1)
    assert _cut_off_in_filter_pane(window) == []
