"""Lanes by organisation in the window: an event shared by two organisations
is drawn, and can be clicked, in both lanes; the View menu orders the lanes
by count or by name, and the choice is remembered."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt

from timeline_app.core.store import Store

from conftest import add_hand_document

JOINT_TEXT = "The NUS and the UCU marched together on 1 March 2017 in London."


def _with_joint_march(store: Store) -> Store:
    add_hand_document(store, JOINT_TEXT, "Joint march", "2017-03-01", [
        ("NUS and UCU march", "protest", "2017-03-01", "day", "marched together on 1 March 2017",
         ("National Union of Students", "University and College Union")),
    ])
    return store


def _marker_in_lane(canvas, title: str, event_id: int) -> QPoint:
    lane = canvas.lane_titles().index(title)
    event_lane = canvas.frame().events[lane]
    k = int(np.flatnonzero(canvas.data().ids[event_lane.index] == event_id)[0])
    return QPoint(round(event_lane.ax[k]), round(event_lane.y_of(k)))


def test_a_shared_event_is_drawn_and_clickable_in_both_organisations_lanes(
        hand_store, make_window, qtbot):
    window = make_window(_with_joint_march(hand_store))
    window.resize(1400, 900)
    window.lanes_by_org_action.trigger()
    canvas = window.canvas
    march = next(e["id"] for e in hand_store.events() if e["title"] == "NUS and UCU march")
    for title in ("National Union of Students", "University and College Union"):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # clear
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                         pos=_marker_in_lane(canvas, title, march))
        assert canvas.selected_ids() == [march]
    # The NUS lane counts what the NUS filter finds: the walkout, the letter, the march.
    nus = canvas.lane_titles().index("National Union of Students")
    assert window.canvas.frame().lanes[nus].count == 3


def test_lanes_ordered_by_name_from_the_view_menu_and_remembered(hand_store, make_window,
                                                                  settings):
    window = make_window(_with_joint_march(hand_store))
    window.lanes_by_org_action.trigger()
    assert window.canvas.lane_titles()[0] == "National Union of Students"  # busiest first
    window.lanes_by_name_action.trigger()
    titles = window.canvas.lane_titles()
    assert titles == sorted(titles, key=str.casefold)  # every hand event names one
    window.close()
    again = make_window(Store.open(hand_store.path))
    assert again.canvas.lane_order() == "name"
    assert again.lanes_by_name_action.isChecked()
