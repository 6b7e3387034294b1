"""Edit ▸ Preferences: theme, date style, lanes at start, import workers.

Every test reads and writes the temporary settings file of the ``settings``
fixture, never the person's own; theme and date style are process-wide, so
each test puts them back afterwards.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from timeline_app.core.store import Store
from timeline_app.ui.date_display import set_date_style
from timeline_app.ui.import_dialog import ImportDialog
from timeline_app.ui.kind_style import is_dark
from timeline_app.ui.preferences import PreferencesDialog
from timeline_app.ui.settings import load_preferences
from timeline_app.ui.theme import apply_theme


@pytest.fixture(autouse=True)
def _restore_look():
    yield
    apply_theme("system")
    set_date_style("long")
    ImportDialog.workers = None


def _open_preferences(qtbot, window) -> PreferencesDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _choose(qtbot, box, wanted: str) -> None:
    """Pick a combo box entry the way a keyboard user does: click it to focus,
    close the list, then Up or Down until the wanted entry shows."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    box.hidePopup()
    box.setFocus()
    target = box.findData(wanted)
    assert target >= 0
    for _ in range(box.count()):
        if box.currentIndex() == target:
            break
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)
    assert box.currentData() == wanted


def _mean_lightness(widget) -> float:
    image = widget.grab().toImage()
    samples = [image.pixelColor(x, y).lightness()
               for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)]
    return sum(samples) / len(samples)


def _walkout_row(window) -> int:
    model = window.table_model
    return next(r for r in range(model.rowCount())
                if model.data(model.index(r, 1)) == "Students walk out in solidarity with migrants")


def test_ctrl_comma_opens_preferences_and_dark_theme_applies_at_once(qtbot, hand_store,
                                                                     make_window, settings):
    window = make_window(hand_store)
    dialog = _open_preferences(qtbot, window)
    _choose(qtbot, dialog.theme_box, "dark")
    assert dialog.theme_box.currentData() == "dark"
    qtbot.waitUntil(lambda: is_dark(window.canvas.palette()))
    # The canvas paints its background from the (now dark) palette...
    image = window.canvas.render_to_image(200, 100)
    assert image.pixelColor(5, 90).lightness() < 80
    # ...so does the overview strip under it...
    overview = window.view.overview
    qtbot.waitUntil(lambda: is_dark(overview.palette()))
    assert _mean_lightness(overview) < 100
    # ...and the evidence highlight of the shown document follows the theme too.
    window.select_events([window.table_model.event_id(_walkout_row(window))])
    marks = window.detail_pane.text_view.extraSelections()
    evidence = marks[-1].format.background().color()
    assert evidence.rgb() == window.palette().color(QPalette.ColorRole.Highlight).rgb()
    assert load_preferences(settings).theme == "dark"
    _choose(qtbot, dialog.theme_box, "light")
    qtbot.waitUntil(lambda: not is_dark(window.canvas.palette()))
    qtbot.waitUntil(lambda: _mean_lightness(overview) > 150)


def test_the_date_style_changes_the_list_the_detail_pane_and_the_tooltips(qtbot, hand_store,
                                                                          make_window, settings):
    window = make_window(hand_store)
    row = _walkout_row(window)
    model = window.table_model
    assert model.data(model.index(row, 0)) == "17 November 2015"
    dialog = _open_preferences(qtbot, window)
    _choose(qtbot, dialog.date_box, "iso")
    assert dialog.date_box.currentData() == "iso"
    assert model.data(model.index(row, 0)) == "2015-11-17"
    event_id = model.event_id(row)
    window.select_events([event_id])
    assert window.detail_pane.date_text.text() == "2015-11-17"
    assert "2015-11-17" in window.canvas.describe_event(event_id)
    campaign = next(r for r in range(model.rowCount()) if model.data(model.index(r, 2)) in (
        "campaign", "Campaign"))
    assert model.data(model.index(campaign, 0)) == "2016-09"
    window.close()
    # The choice is saved: the next window starts with it.
    again = make_window(Store.open(hand_store.path))
    assert again.table_model.data(again.table_model.index(_walkout_row(again), 0)) == "2015-11-17"


def test_lanes_at_start_override_the_last_used_grouping(qtbot, hand_store, make_window):
    window = make_window(hand_store)
    assert window.canvas.lane_mode() == "kind"
    dialog = _open_preferences(qtbot, window)
    _choose(qtbot, dialog.lanes_box, "organisation")
    assert dialog.lanes_box.currentData() == "organisation"
    assert window.canvas.lane_mode() == "organisation"
    window.lanes_by_kind_action.trigger()  # the last used grouping is now by kind
    window.close()
    again = make_window(Store.open(hand_store.path))
    assert again.canvas.lane_mode() == "organisation"


def test_the_import_worker_count_reaches_the_import(qtbot, hand_store, make_window, settings):
    window = make_window(hand_store)
    dialog = _open_preferences(qtbot, window)
    box = dialog.workers_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "0")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert load_preferences(settings).import_workers == 0
    assert window.ensure_import_dialog().workers == 0
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert window.ensure_import_dialog().workers == 1


def test_kind_icons_follow_the_theme(qtbot):
    from timeline_app.ui.kind_style import kind_icon

    icon = kind_icon("vote")
    assert icon.pixmap(14, 14).toImage().pixelColor(0, 0).alpha() == 0  # no box around it
    assert icon.pixmap(14, 14).toImage().pixelColor(7, 7).lightness() < 60
    apply_theme("dark")
    assert icon.pixmap(14, 14).toImage().pixelColor(7, 7).lightness() > 200


def test_malformed_saved_preferences_fall_back_to_the_defaults(settings):
    settings.setValue("preferences/theme", "purple")
    settings.setValue("preferences/import_workers", "many")
    settings.setValue("preferences/date_style", "iso")
    loaded = load_preferences(settings)
    assert (loaded.theme, loaded.import_workers, loaded.date_style) == ("system", -1, "iso")


def test_hovering_a_mark_shows_its_date_in_the_chosen_style(qtbot, hand_store, make_window):
    window = make_window(hand_store)
    set_date_style("us")
    canvas = window.canvas
    event_id = window.table_model.event_id(_walkout_row(window))
    window.select_events([event_id])
    frame = canvas.frame()
    text = None
    for y in range(0, canvas.height(), 3):
        for x in range(0, canvas.width(), 3):
            if canvas.event_at(QPointF(x, y)) == event_id:
                text = canvas.tooltip_text(QPointF(x, y))
                break
        if text:
            break
    assert frame is not None and text is not None
    assert "November 17, 2015" in text
