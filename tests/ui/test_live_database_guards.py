"""The window refuses to export over its own database, and says so in a message box."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from timeline_app.ui.export_dialog import ExportDialog


def test_exporting_over_the_open_database_shows_a_message_and_writes_nothing(
        hand_store, make_window, qtbot, tmp_path):
    window = make_window(hand_store)
    before = os.stat(hand_store.path)
    dialog = ExportDialog(hand_store, window.event_filter, window.canvas, 3, window,
                          str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    dialog.path_edit.setText(hand_store.path)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.refusal is not None and dialog.refusal.isVisible())
    assert dialog.refusal.icon() == QMessageBox.Icon.Warning
    assert dialog.refusal.text() == (
        f"Cannot export to {hand_store.path}: it is the Timeline database itself; "
        "choose another file to export to.")
    assert dialog.isVisible() and not hasattr(dialog, "written")
    after = os.stat(hand_store.path)
    assert (after.st_ino, after.st_size) == (before.st_ino, before.st_size)
    assert hand_store.event_count() == 3
