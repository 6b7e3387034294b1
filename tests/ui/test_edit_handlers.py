"""The window's edits: each is one step on the undo stack, and a refused
edit says why without changing anything."""

from __future__ import annotations


def _shown(window) -> list[int]:
    return [window.table_model.event_id(r) for r in range(window.table_model.rowCount())]


def test_deleting_several_selected_events_is_one_undo_step(hand_store, make_window):
    window = make_window(hand_store)
    two = _shown(window)[:2]
    window.select_events(two)
    window.delete_action.trigger()
    assert window.undo_stack.count() == 1
    assert window.statusBar().currentMessage().startswith("Deleted 2 events")
    window.undo_action.trigger()
    assert set(two) <= set(_shown(window))


def test_deleting_a_document_removes_its_events_until_undone(hand_store, make_window):
    window = make_window(hand_store)
    letter = next(e for e in hand_store.events() if e["kind"] == "letter")
    window.delete_document(letter["document_id"])
    assert letter["id"] not in _shown(window)
    assert hand_store.document_count() == 2
    window.undo_action.trigger()
    assert letter["id"] in _shown(window) and hand_store.document_count() == 3


def test_names_edited_in_the_detail_pane_reach_the_list_and_can_be_undone(hand_store,
                                                                         make_window):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    window.detail_pane.edit_names("organisation", ["UCU"])
    assert hand_store.events(ids=[event_id])[0]["organisations"] == ["UCU"]
    assert "UCU" in window.filter_pane.organisations.labels().values()
    window.undo_action.trigger()
    assert hand_store.events(ids=[event_id])[0]["organisations"] != ["UCU"]


def test_an_event_without_a_title_is_refused_and_nothing_is_added(hand_store, make_window):
    window = make_window(hand_store)
    assert window.add_event(title="  ", start="2018") is None
    assert window.undo_stack.count() == 0
    assert hand_store.event_count() == 3
    assert window.statusBar().currentMessage()


def test_renaming_to_an_empty_name_is_refused(hand_store, make_window):
    window = make_window(hand_store)
    org = hand_store.find_organisation_ids("National Union of Students")[0]
    assert window.rename_entity("organisation", org, "") is False
    assert window.undo_stack.count() == 0
    assert window.filter_pane.organisations.labels()[org] == "National Union of Students"
