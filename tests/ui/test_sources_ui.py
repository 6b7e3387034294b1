"""An event reported by several documents in the window: its sources listed in
the detail pane, opened, split off with a click (and undone), the event list
saying how many sources, and the filter "attested by at least N sources"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from timeline_app.core.store import Store
import pytest
from conftest import add_hand_document

RELEASE = "Fees march. <b>Students</b> marched through London against tuition fees."
ARTICLE = "Thousands join fees march. Students marched through London against tuition fees."
STRIKE = "Rent strike begins. Tenants began a rent strike in Leeds over halls rent."
NUS = ("National Union of Students",)


@pytest.fixture
def reports(tmp_path: Path):
    """A march told by a release and an article, and a strike the same month."""
    store = Store.open(tmp_path / "reports.db")
    add_hand_document(store, RELEASE, "Release", "2010-11-09", [
        ("March against tuition fees", "protest", "2010-11-10", "day",
         "<b>Students</b> marched through London against tuition fees", NUS)],
        source="NUS press")
    add_hand_document(store, ARTICLE, "Article", "2010-11-30", [
        ("Fees march fills London", "protest", "2010-11", "month",
         "Students marched through London against tuition fees", NUS)],
        source="The Courier")
    add_hand_document(store, STRIKE, "Strike", "2010-11-24", [
        ("Rent strike in Leeds", "strike", "2010-11-24", "day",
         "Tenants began a rent strike in Leeds over halls rent", NUS)])
    try:
        yield store
    finally:
        store.close()
    

def _march(window) -> int:
    return next(e["id"] for e in window.store.events() if e["source_count"] == 2)


def test_the_detail_pane_lists_sources_as_plain_text_and_opens_each(qtbot, reports, make_window):
    window = make_window(reports)
    window.select_events([_march(window)])
    sources = window.detail_pane.sources
    assert sources.summary.text() == "2 sources"
    first = sources.model.index(0, 0).data()
    assert "10 November 2010" in first and "NUS press" in first and "<b>Students</b>" in first
    sources.view.setCurrentIndex(sources.model.index(1, 0))
    qtbot.mouseClick(sources.open_button, Qt.MouseButton.LeftButton)
    assert "Thousands join fees march" in window.detail_pane.text_view.toPlainText()


def test_split_off_makes_two_events_and_undo_joins_them_again(qtbot, reports, make_window):
    window = make_window(reports)
    assert window.table.model().rowCount() == 2
    window.select_events([_march(window)])
    sources = window.detail_pane.sources
    sources.view.setCurrentIndex(sources.model.index(1, 0))
    split = window.detail_pane.findChild(QPushButton, "splitSource")
    qtbot.mouseClick(split, Qt.MouseButton.LeftButton)
    assert window.table.model().rowCount() == 3
    assert window.detail_pane.sources.summary.text() == "1 source"
    undo = next(a for a in window.findChildren(QAction)
                if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo))
    undo.trigger()
    assert window.table.model().rowCount() == 2


def test_the_list_counts_sources_and_the_filter_keeps_well_attested_events(qtbot, reports,
                                                                           make_window):
    window = make_window(reports)
    model = window.table.model()
    texts = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert any(t.startswith("2 sources: ") for t in texts)
    box = window.filter_pane.min_sources
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert window.filter_pane.current_filter().min_sources == 2


def test_merging_two_selected_events_from_the_menu_and_undoing_it(qtbot, reports,
                                                                       make_window):
    window = make_window(reports)
    table = window.table
    assert table.model().rowCount() == 2
    for row in range(2):
        rect = table.visualRect(table.model().index(row, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, rect.center())
    assert len(window.selected_ids()) == 2
    assert window.merge_action.shortcut().toString() == "Ctrl+M"
    window.merge_action.trigger()  # Edit ▸ Merge Selected Events
    assert table.model().rowCount() == 1
    merged = window.store.events()[0]
    assert merged["source_count"] == 3 and merged["date_conflict"] == 1
    assert "different dates" in window.detail_pane.sources.summary.text()
    window.undo_action.trigger()
    assert table.model().rowCount() == 2


def test_the_canvas_label_and_tooltip_say_how_many_sources(qtbot, reports, make_window):
    from timeline_app.ui.canvas_tooltips import describe_event

    window = make_window(reports)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Home)  # fit everything
    labels = [text for lane in window.canvas.frame().events.values()
              for text in lane.label_text if text]
    assert any(text.startswith("[2] ") for text in labels), labels
    assert "Attested by 2 sources" in describe_event(window.canvas.data(), _march(window))
