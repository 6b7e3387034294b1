"""Help ▸ Keyboard Shortcuts and Help ▸ Guide, opened from the menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from timeline_app.ui.canvas_keys import ARROW_KEYS_STATUS, ARROW_KEYS_TIP, CANVAS_GESTURES
from timeline_app.ui.help_dialogs import GuideDialog, ShortcutsDialog
from timeline_app.ui.profile_view import ProfileView
from timeline_app.ui.window_fit import FRAME_ALLOWANCE


def _open_from_help_menu(qtbot, window, action):
    """Open the Help menu with Alt+H and choose ``action`` with the keyboard."""
    window.activateWindow()
    menu = window.menuBar().actions()[-1].menu()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def test_the_shortcuts_dialog_lists_menu_shortcuts_grouped_by_menu(qtbot, hand_store,
                                                                    make_window):
    window = make_window(hand_store)
    _open_from_help_menu(qtbot, window, window.shortcuts_action)
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    rows = dialog.listed()
    export_keys = QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("File", "Export", export_keys) in rows
    assert any(group == "Edit" and action == "Undo" for group, action, _ in rows)
    # The canvas's own keys are listed from the table the canvas obeys.
    timeline = [(action, keys) for group, action, keys in rows if group.startswith("Timeline")]
    assert len(timeline) >= len(CANVAS_GESTURES)
    assert any(keys == "← / →" and "Previous or next event" in action
               for action, keys in timeline)


def test_a_new_action_with_a_shortcut_appears_in_the_dialog(qtbot, hand_store, make_window):
    window = make_window(hand_store)
    view_menu = window.menuBar().actions()[2].menu()
    extra = QAction("&Show Something New", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    view_menu.addAction(extra)
    window.addAction(extra)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog.isVisible()
    keys = QKeySequence("Ctrl+Alt+J").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("View", "Show Something New", keys) in dialog.listed()


def test_the_guide_explains_the_arrow_keys_and_opens_no_links(qtbot, hand_store, make_window):
    window = make_window(hand_store)
    _open_from_help_menu(qtbot, window, window.guide_action)
    dialog = window.findChild(GuideDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    text = dialog.browser.toPlainText()
    for heading in ("Import", "Filter", "Read", "Correct", "Export"):
        assert heading in text
    assert ARROW_KEYS_TIP in " ".join(text.split())
    assert dialog.browser.isReadOnly()
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()


def test_hovering_the_timeline_explains_the_arrow_keys_in_the_status_bar(qtbot, hand_store,
                                                                         make_window):
    window = make_window(hand_store)
    qtbot.mouseMove(window.canvas, window.canvas.rect().center())
    QApplication.processEvents()
    assert window.canvas.statusTip() == ARROW_KEYS_STATUS
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == ARROW_KEYS_STATUS,
                    timeout=2000)


def test_at_1024_by_640_the_arrow_keys_tip_is_not_cut_off_by_the_event_count(
        qtbot, seeded_store, make_window):
    """The status tip was a 115-character sentence: at 1024x640 the count on
    the right ("6 of 9 events shown · 3 background facts hidden") cut it at
    "(Shift+Left/Righ"."""
    from PySide6.QtCore import QRect

    from timeline_app.ui.window_fit import fit_window

    window = make_window(seeded_store)
    fit_window(window, QRect(0, 0, 1024, 640))
    qtbot.wait(50)
    qtbot.mouseMove(window.canvas, window.canvas.rect().center())
    QApplication.processEvents()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == window.canvas.statusTip(), timeout=2000)
    message = bar.currentMessage()
    room = window.count_label.mapTo(bar, window.count_label.rect().topLeft()).x()
    assert bar.fontMetrics().horizontalAdvance(message) + 16 <= room, (
        f"{message!r} needs {bar.fontMetrics().horizontalAdvance(message)}px, "
        f"the status bar leaves {room}px beside the count")
    assert "Shift" in message  # still says how to pan with a selection


SMALL_SCREEN = QRect(0, 0, 1024, 640 - 28)  # a 1024x640 screen less a panel


@pytest.mark.parametrize("dialog_class", [ShortcutsDialog, GuideDialog, ProfileView])
def test_the_help_and_profile_dialogs_fit_a_640_pixel_screen(qtbot, hand_store, make_window,
                                                             dialog_class):
    window = make_window(hand_store)
    dialog = dialog_class(window, available=SMALL_SCREEN)
    qtbot.addWidget(dialog)
    framed_height = dialog.height() + FRAME_ALLOWANCE.height()
    assert framed_height <= SMALL_SCREEN.height(), (
        f"{dialog.windowTitle()!r} is {framed_height}px tall with its frame "
        f"on a {SMALL_SCREEN.height()}px screen")
    assert dialog.width() + FRAME_ALLOWANCE.width() <= SMALL_SCREEN.width()


def test_every_shortcut_can_be_scrolled_to_in_the_fitted_dialog(qtbot, hand_store, make_window):
    window = make_window(hand_store)
    dialog = ShortcutsDialog(window, available=SMALL_SCREEN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.view
    last_group = dialog.model.index(dialog.model.rowCount() - 1, 0)
    last = dialog.model.index(dialog.model.rowCount(last_group) - 1, 0, last_group)
    view.scrollTo(last)
    assert view.viewport().rect().contains(view.visualRect(last).center())
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.geometry().bottom() <= dialog.height(), "the Close button is cut off"
