"""Ctrl+Z right after changing a field in the event pane undoes that change:
the box no longer swallows the key when it has nothing of its own to undo."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _edit_title(window, qtbot, new: str) -> None:
    box = window.detail_pane.title_edit
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    qtbot.keyClicks(box, new)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_ctrl_z_in_the_title_box_after_enter_undoes_the_title_change(
        hand_store, make_window, qtbot):
    window = make_window(hand_store)
    event_id = int(window.table_model.event_id(0))
    window.select_events([event_id])
    pane = window.detail_pane
    old = pane.title_edit.text()
    _edit_title(window, qtbot, "Walkout against deportations")
    qtbot.waitUntil(lambda: hand_store.event_row(event_id)["title"]
                    == "Walkout against deportations")
    qtbot.keyClick(pane.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: hand_store.event_row(event_id)["title"] == old)
    assert pane.title_edit.text() == old
    assert window.table_model.index(0, 1).data() == old
    # And the Redo key (Ctrl+Shift+Z or Ctrl+Y) brings it back, still from the box.
    redo = window.redo_action.shortcut()[0]
    qtbot.keyClick(pane.title_edit, redo.key(), redo.keyboardModifiers())
    qtbot.waitUntil(lambda: pane.title_edit.text() == "Walkout against deportations")


def test_while_typing_ctrl_z_still_undoes_the_typing_first(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    event_id = int(window.table_model.event_id(0))
    window.select_events([event_id])
    box = window.detail_pane.title_edit
    old = box.text()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.end(False)
    qtbot.keyClicks(box, " now")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == old
    assert hand_store.event_row(event_id)["title"] == old
    assert not window.undo_stack.canUndo()
