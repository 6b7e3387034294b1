"""The detail pane lists every event of the page; one the filters hide (here
a background fact, hidden by default) used to empty the selection when
clicked, and the event pane vanished from under the pointer with nothing
said. Now it is marked in the list, and clicking it says why it is hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _select_walkout(window, qtbot):
    data = window.canvas.data()
    walkout = next(int(i) for n, i in enumerate(data.ids)
                   if data.title_of(n).startswith("Students walk out"))
    window.select_events([walkout])
    qtbot.waitUntil(lambda: window.detail_pane.event_id == walkout)
    return walkout


def _item(pane, starts: str):
    return next(pane.others.item(i) for i in range(pane.others.count())
                if starts in pane.others.item(i).text())


def test_clicking_a_hidden_event_of_the_page_keeps_the_pane_and_says_why(
        seeded_store, make_window, qtbot):
    window = make_window(seeded_store)
    walkout = _select_walkout(window, qtbot)
    pane = window.detail_pane
    hidden = _item(pane, "anti-migrant sentiment")
    assert "hidden" in hidden.toolTip().lower()
    qtbot.mouseClick(pane.others.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.others.visualItemRect(hidden).center())
    qtbot.wait(20)
    assert window.selected_ids() == [walkout], "the selection was lost"
    assert pane.event_id == walkout and window.detail_dock.isVisible(), "the event pane vanished"
    assert pane.others.currentItem().data(Qt.ItemDataRole.UserRole) == walkout, (
        "the list points at an event the pane does not show")
    message = window.statusBar().currentMessage()
    assert "background fact" in message and "Show context events" in message, message


def test_once_shown_the_same_event_is_selected(seeded_store, make_window, qtbot):
    window = make_window(seeded_store)
    _select_walkout(window, qtbot)
    window.filter_pane.show_context.setChecked(True)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.others.count() == 2)
    item = _item(pane, "anti-migrant sentiment")
    assert "hidden" not in item.toolTip().lower()
    qtbot.mouseClick(pane.others.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.others.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.selected_ids() == [pane.event_id] and
                    "anti-migrant" in pane.title_edit.text())
