"""Status bar messages on a small screen: a message longer than the room
left of the event count was cut off mid-word ("…(see the strip below):
press H"); it now shows its start and its end, and the whole in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QRect

from timeline_app.core.layout.main_stretch import MainStretch
from timeline_app.ui.canvas_tooltips import fit_note
from timeline_app.ui.plain_text import tooltip
from timeline_app.ui.window_fit import fit_window


def _long_note() -> str:
    """What a fit that left two far-off dates out says (2003 to 2025)."""
    return fit_note(MainStretch(731_000, 739_000, earlier=2), everything=False)


def test_a_long_message_beside_the_count_keeps_its_start_and_end_and_shows_whole_on_hover(
        qtbot, hand_store, make_window):
    window = make_window(hand_store)
    fit_window(window, QRect(0, 0, 1024, 640))
    bar = window.statusBar()
    window.count_label.setText("289 of 719 events shown · 1 filter · 1 background fact hidden")
    qtbot.wait(10)  # laid out first: a status tip arriving meanwhile (the pointer left over the canvas) comes before
    note = _long_note()
    bar.showMessage(note, 15000)
    assert bar.currentMessage() == note
    room = bar.message_rect()
    assert room.right() < window.count_label.x(), "the message runs under the count"
    shown = bar.shown_message()
    assert bar.fontMetrics().horizontalAdvance(shown) <= room.width()
    assert shown != note and "…" in shown
    assert shown.startswith("Fitted to") and shown.endswith("to show everything.")
    assert bar.toolTip() == tooltip(note)
    bar.clearMessage()
    assert bar.toolTip() == ""


def test_a_short_message_shows_whole_without_a_tooltip(qtbot, hand_store, make_window):
    window = make_window(hand_store)
    fit_window(window, QRect(0, 0, 1024, 640))
    bar = window.statusBar()
    bar.showMessage("Exported to /tmp/a.csv", 8000)
    assert bar.shown_message() == "Exported to /tmp/a.csv"
    assert bar.toolTip() == ""
