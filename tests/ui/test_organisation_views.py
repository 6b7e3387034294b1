"""Colour by organisation and compare, as a person reaches them: the
organisation list's context menu and the View menu's picker, with real
clicks; the legend names the colours, compared lanes join shared events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from timeline_app.core.store import Store
from timeline_app.ui.canvas_org_marks import organisation_colour
from timeline_app.ui.filter_pane import NAME_ROLE

from conftest import add_hand_document

JOINT_TEXT = "The NUS and the UCU marched together on 1 March 2017 in London."
NUS, UCU = "National Union of Students", "University and College Union"


def _window(store, make_window):
    add_hand_document(store, JOINT_TEXT, "Joint march", "2017-03-01", [
        ("NUS and UCU march", "protest", "2017-03-01", "day", "marched together on 1 March 2017",
         (NUS, UCU)),
    ])
    window = make_window(store)
    window.resize(1400, 900)
    return window


def _right_click_entry(qtbot, entity_list, name: str, entry: str) -> None:
    """Right-click ``name`` in the list and click the menu entry starting with ``entry``."""
    view = entity_list.view
    index = next(entity_list.proxy.index(r, 0) for r in range(entity_list.proxy.rowCount())
                 if entity_list.proxy.index(r, 0).data(NAME_ROLE) == name)
    view.scrollTo(index)

    def click_entry(tries: int = 200) -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            if tries:
                QTimer.singleShot(10, lambda: click_entry(tries - 1))
            return
        action = next(a for a in menu.actions() if a.text().startswith(entry))
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(10, click_entry)
    at = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=at)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at)))


def _distance(a, b) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _tick(qtbot, picker, name: str) -> None:
    item = picker.list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    rect = picker.list.visualItemRect(item)
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + rect.height() // 2, rect.center().y()))


def test_colouring_an_organisation_from_the_list_rings_its_events_and_names_it(
        hand_store, make_window, qtbot):
    window = _window(hand_store, make_window)
    _right_click_entry(qtbot, window.filter_pane.organisations, NUS, "Colour")
    qtbot.waitUntil(lambda: window.canvas.coloured_organisations() == (NUS,))
    legend = window.view.organisation_legend
    assert legend.isVisible() and legend.names() == (NUS,)
    canvas = window.canvas
    window.lanes_by_org_action.trigger()  # the NUS lane, busiest, comes first
    image = canvas.render_to_image(canvas.width(), canvas.height())
    ring = canvas.frame().metrics.marker_radius + 2.5
    orange = organisation_colour(0)
    nus_ids = {i for i, o in zip(window.columns["ids"], window.columns["orgs"], strict=True)
               if NUS in o.split("; ")}
    ringed, plain = set(), set()
    for lane in canvas.frame().events.values():
        for k, index in enumerate(lane.index.tolist()):
            if lane.y_of(k) + ring > canvas.height() - 40:
                continue  # below the fold (the undated shelf)
            top = lane.y_of(k) - ring
            near = min(_distance(image.pixelColor(round(lane.ax[k]), round(top) + dy), orange)
                       for dy in (-1, 0, 1))
            (ringed if near < 40 else plain).add(int(canvas.data().ids[index]))
    assert ringed == nus_ids  # every NUS event, in every lane it is drawn in
    nus_lane = canvas.frame().lanes[canvas.lane_titles().index(NUS)]
    metrics = canvas.frame().metrics
    header_ring = min(_distance(image.pixelColor(round(8 + metrics.marker_radius + 1), y), orange)
                      for y in range(round(nus_lane.top), round(nus_lane.top
                                                                + metrics.header_height)))
    assert header_ring < 40  # the NUS lane's title carries its colour too
    assert plain and not plain & nus_ids
    window.organisation_views.clear_colours_action.trigger()
    assert not legend.isVisible()


def test_comparing_two_organisations_from_the_view_menu_joins_their_shared_event(
        hand_store, make_window, qtbot):
    window = _window(hand_store, make_window)
    window.organisation_views.compare_action.trigger()
    picker = window.organisation_views.picker
    ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _tick(qtbot, picker, NUS)
    assert not ok.isEnabled()  # one is not a comparison
    _tick(qtbot, picker, UCU)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.canvas.lane_titles() == [NUS, UCU]
    assert window.canvas.shared_event_links() == 1  # the joint march, in both lanes
    assert "Comparing 2 organisations" in window.statusBar().currentMessage()
    window.organisation_views.stop_comparing_action.trigger()
    assert len(window.canvas.lane_titles()) > 2


def test_compare_with_from_the_list_starts_with_that_organisation_ticked(
        hand_store, make_window, qtbot):
    window = _window(hand_store, make_window)
    _right_click_entry(qtbot, window.filter_pane.organisations, UCU, "Compare")
    qtbot.waitUntil(lambda: window.organisation_views.picker is not None)
    picker = window.organisation_views.picker
    assert picker.chosen() == [UCU]
    _tick(qtbot, picker, NUS)
    qtbot.mouseClick(picker.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.canvas.compared_organisations() == (UCU, NUS)


def test_selecting_an_event_left_out_of_a_comparison_keeps_the_window_working(
        hand_store, make_window, qtbot):
    window = _window(hand_store, make_window)
    window.organisation_views.compare([NUS, UCU])
    sheffield = next(e["id"] for e in hand_store.events() if e["kind"] == "campaign")
    row = window.table_model.row_of(sheffield)
    rect = window.table.visualRect(window.table_model.index(row, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.canvas.selected_ids() == [sheffield]
    assert window.detail_pane.event_id == sheffield


def test_the_coloured_organisations_are_remembered_next_time(hand_store, make_window, qtbot):
    window = _window(hand_store, make_window)
    window.organisation_views.colour_action.trigger()
    picker = window.organisation_views.picker
    _tick(qtbot, picker, UCU)
    _tick(qtbot, picker, NUS)
    qtbot.mouseClick(picker.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.view.organisation_legend.names() == (UCU, NUS)
    window.close()
    again = make_window(Store.open(hand_store.path))
    assert again.canvas.coloured_organisations() == (UCU, NUS)
    assert again.view.organisation_legend.names() == (UCU, NUS)
