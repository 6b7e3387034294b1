"""Roles in the detail pane: each name of the event with its role, changed with
the keyboard, saved at once and undone with the window's Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.ui.role_chooser import RoleChooser


def _nus(store, event_id: int) -> int:
    return next(r["id"] for r in store.event_link_roles(event_id)
                if r["name"] == "National Union of Students")


def test_choosing_a_role_saves_it_and_undo_puts_the_old_one_back(hand_store, make_window, qtbot):
    window = make_window(hand_store)
    event_id = window.table_model.event_id(0)
    window.select_events([event_id])
    nus = _nus(hand_store, event_id)
    box = window.detail_pane.roles.box_for("organisation", nus)
    assert box is not None and box.currentData() == "mentioned"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)  # the first role: organiser
    assert hand_store.link_role("organisation", event_id, nus) == ("organiser", True)
    assert window.detail_pane.roles.box_for("organisation", nus).currentData() == "organiser"
    window.undo_action.trigger()
    assert hand_store.link_role("organisation", event_id, nus) == ("mentioned", False)
    assert window.detail_pane.roles.box_for("organisation", nus).currentData() == "mentioned"
    window.redo_action.trigger()
    assert hand_store.link_role("organisation", event_id, nus) == ("organiser", True)


def test_names_from_documents_are_shown_as_plain_text(qtbot):
    chooser = RoleChooser()
    qtbot.addWidget(chooser)
    chooser.show_links([{"kind": "organisation", "id": 1, "name": "<b>Union</b>",
                         "role": "target", "by_user": False}])
    labels = [w for w in chooser.findChildren(type(chooser._empty)) if w.text() == "<b>Union</b>"]
    assert labels and labels[0].textFormat() == Qt.TextFormat.PlainText
    assert chooser.box_for("organisation", 1).currentText() == "Target"
