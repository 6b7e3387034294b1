"""One selection across the canvas, the event list and the detail pane:
choosing an event anywhere shows it everywhere, and filters keep it or drop
it consistently."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.core.filters import EventFilter


def _click_row(qtbot, window, row: int) -> None:
    table = window.table
    rect = table.visualRect(window.table_model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_row_in_the_list_selects_that_event_on_the_canvas_and_shows_it(
        hand_store, make_window, qtbot):
    window = make_window(hand_store)
    _click_row(qtbot, window, 2)
    chosen = window.table_model.event_id(2)
    assert window.canvas.selected_ids() == [chosen]
    assert window.detail_pane.event_id == chosen
    assert window.detail_pane.title_edit.text() == window.table_model.data(
        window.table_model.index(2, 1))


def test_selecting_on_the_canvas_selects_the_row_in_the_list_and_shows_it(hand_store,
                                                                          make_window):
    window = make_window(hand_store)
    letter = next(e["id"] for e in hand_store.events() if e["kind"] == "letter")
    window.canvas.select_ids([letter])
    assert window.table.selected_event_ids() == [letter]
    assert window.detail_pane.event_id == letter


def test_selecting_several_events_shows_the_first_and_says_how_many(hand_store, make_window):
    window = make_window(hand_store)
    first, second = window.table_model.event_id(0), window.table_model.event_id(1)
    window.select_events([first, second])
    assert sorted(window.table.selected_event_ids()) == sorted([first, second])
    assert window.detail_pane.event_id in (first, second)
    assert window.detail_pane.selection_note.text() == "2 events selected; showing the first."
    assert window.detail_pane.selection_note.isVisibleTo(window.detail_pane)


def test_a_filter_that_keeps_the_selected_event_keeps_it_selected_everywhere(hand_store,
                                                                            make_window):
    window = make_window(hand_store)
    letter = next(e["id"] for e in hand_store.events() if e["kind"] == "letter")
    window.select_events([letter])
    window.filter_pane.kind_boxes["letter"].setChecked(True)
    assert window.canvas.selected_ids() == [letter]
    assert window.table.selected_event_ids() == [letter]
    assert window.detail_pane.event_id == letter


def test_a_filter_that_hides_the_selected_event_clears_the_detail_pane(hand_store,
                                                                      make_window):
    window = make_window(hand_store)
    letter = next(e["id"] for e in hand_store.events() if e["kind"] == "letter")
    window.select_events([letter])
    window.filter_pane.set_filter(EventFilter(kinds=("walkout",)))
    assert window.canvas.selected_ids() == []
    assert window.table.selected_event_ids() == []
    assert window.detail_pane.event_id is None
    assert window.detail_pane.stack.currentIndex() == 0  # the "select an event" note


def test_choosing_in_one_pane_loads_the_detail_once_not_once_per_pane(hand_store,
                                                                     make_window,
                                                                     monkeypatch):
    window = make_window(hand_store)
    shown: list = []
    original = window.detail_pane.show_event
    monkeypatch.setattr(window.detail_pane, "show_event",
                        lambda *args: (shown.append(args), original(*args)))
    window.table.selectRow(1)
    assert shown == [(window.table_model.event_id(1), 1)]
    shown.clear()
    window.canvas.select_ids([window.table_model.event_id(0)])
    assert shown == [(window.table_model.event_id(0), 1)]


def test_clearing_the_selection_on_the_canvas_clears_the_list_and_the_detail(hand_store,
                                                                            make_window):
    window = make_window(hand_store)
    window.select_events([window.table_model.event_id(0)])
    window.canvas.select_ids([])
    assert window.table.selected_event_ids() == []
    assert window.detail_pane.event_id is None
