"""Context events stay off the timeline and list until "Show context events" is
ticked; "Only events they organised" narrows an organisation to its organisers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from timeline_app.core import editing


def _tick(qtbot, box) -> None:
    """Click the box's tick mark, as a person would."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_context_events_show_only_when_the_box_is_ticked(hand_store, make_window, qtbot):
    editing.add_event(hand_store, title="Government order on visas", kind="context",
                      start="2017-01-27", precision="day")
    window = make_window(hand_store)
    everything = hand_store.event_count()
    assert window.table_model.rowCount() == everything - 1
    box = window.filter_pane.show_context
    assert not box.isChecked()
    _tick(qtbot, box)
    assert box.isChecked()
    assert window.table_model.rowCount() == everything
    qtbot.mouseClick(window.filter_pane.clear_button, Qt.MouseButton.LeftButton)
    assert box.isChecked() and window.table_model.rowCount() == everything  # a view choice, kept


def test_only_events_they_organised_narrows_the_organisation_filter(hand_store, make_window,
                                                                    qtbot):
    window = make_window(hand_store)
    nus = hand_store.find_organisation_ids("National Union of Students")[0]
    events = hand_store.entity_event_ids("organisation", nus)
    editing.set_link_role(hand_store, "organisation", events[0], nus, "organiser")
    window.filter_pane.show_only("organisation", nus)
    assert window.table_model.rowCount() == len(events)
    box = window.filter_pane.organisers_only
    _tick(qtbot, box)
    assert window.event_filter.organisers_only
    assert [window.table_model.event_id(r) for r in range(window.table_model.rowCount())] == \
        [events[0]]
    assert "organised by" in window.count_label.toolTip()
