"""Moving a source to another event from the detail pane: the chooser of nearby
events (searchable), the move saved at once, undo and redo, and a re-import of
the moved document landing where the person put it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from conftest import add_hand_document
from timeline_app.core import editing
from timeline_app.core.store import Store
from timeline_app.ui.move_source_dialog import MoveSourceDialog

RELEASE = "Fees march. Students marched through London against tuition fees."
ARTICLE = "Thousands join fees march. Students marched through London against tuition fees."
STRIKE = "Rent strike begins. Tenants began a rent strike in Leeds over halls rent."
OLD = "Sit-in. Students occupied the library in a sit-in over library hours."
NUS = ("National Union of Students",)


def _article(store: Store) -> int:
    return add_hand_document(store, ARTICLE, "Article", "2010-11-30", [
        ("Fees march fills London", "protest", "2010-11", "month",
         "Students marched through London against tuition fees", NUS)], source="The Courier")


@pytest.fixture
def reports(tmp_path: Path):
    """A march told by a release and an article, a strike that month, a sit-in years before."""
    store = Store.open(tmp_path / "reports.db")
    add_hand_document(store, RELEASE, "Release", "2010-11-09", [
        ("March against tuition fees", "protest", "2010-11-10", "day",
         "Students marched through London against tuition fees", NUS)], source="NUS press")
    _article(store)
    add_hand_document(store, STRIKE, "Strike", "2010-11-24", [
        ("Rent strike in Leeds", "strike", "2010-11-24", "day",
         "Tenants began a rent strike in Leeds over halls rent", NUS)])
    add_hand_document(store, OLD, "Old", "2003-03-03", [
        ("Library sit-in", "occupation", "2003-03-03", "day",
         "Students occupied the library in a sit-in over library hours", NUS)])
    try:
        yield store
    finally:
        store.close()


def _groups(store: Store) -> list[tuple[str, ...]]:
    """Each shown event as the titles of its sources' documents."""
    return sorted(tuple(sorted(store.document_row(s["document_id"])["title"]
                               for s in store.event_sources(e["id"])))
                  for e in store.events())


def _event_of(store: Store, title: str) -> int:
    return next(e["id"] for e in store.events() if e["title"] == title)


def _open_chooser(qtbot, window) -> MoveSourceDialog:
    """Select the march, choose its article source, click Move to Event…"""
    window.select_events([_event_of(window.store, "March against tuition fees")])
    sources = window.detail_pane.sources
    article_row = next(r for r in range(sources.model.rowCount())
                       if "The Courier" in sources.model.index(r, 0).data())
    rect = sources.view.visualRect(sources.model.index(article_row, 0))
    qtbot.mouseClick(sources.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(window.detail_pane.findChild(QPushButton, "moveSource"),
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(MoveSourceDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _titles(dialog: MoveSourceDialog) -> list[str]:
    return [dialog.proxy.index(r, 2).data() for r in range(dialog.proxy.rowCount())]


def test_the_chooser_offers_nearby_events_and_searches_them(qtbot, reports, make_window):
    window = make_window(reports)
    dialog = _open_chooser(qtbot, window)
    assert _titles(dialog) == ["Rent strike in Leeds"]  # not the march itself, not 2003
    any_date = dialog.findChild(QCheckBox, "anyDate")
    any_date.setFocus()
    qtbot.keyClick(any_date, Qt.Key.Key_Space)
    assert sorted(_titles(dialog)) == ["Library sit-in", "Rent strike in Leeds"]
    qtbot.keyClicks(dialog.search, "libr")
    assert _titles(dialog) == ["Library sit-in"]
    assert not dialog.move_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert _groups(window.store) == [("Article", "Release"), ("Old",), ("Strike",)]


def test_move_undo_redo_and_a_reimport_keeps_it_moved(qtbot, reports, make_window):
    window = make_window(reports)
    strike = _event_of(window.store, "Rent strike in Leeds")
    dialog = _open_chooser(qtbot, window)
    qtbot.keyClicks(dialog.search, "rent")
    rect = dialog.view.visualRect(dialog.proxy.index(0, 2))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    moved = [("Article", "Strike"), ("Old",), ("Release",)]
    assert _groups(window.store) == moved  # saved at once
    assert window.selected_ids() == [strike]
    assert window.detail_pane.sources.summary.text() == "2 sources"
    listed = window.detail_pane.sources.model
    assert any("The Courier" in listed.index(r, 0).data() and "(moved here by you)"
               in listed.index(r, 0).data() for r in range(listed.rowCount()))
    assert window.table.model().rowCount() == 3

    window.undo_action.trigger()
    assert _groups(window.store) == [("Article", "Release"), ("Old",), ("Strike",)]
    window.redo_action.trigger()
    assert _groups(window.store) == moved

    article = next(d["id"] for d in window.store.documents() if d["title"] == "Article")
    editing.delete_document(window.store, article)
    assert _groups(window.store) == [("Old",), ("Release",), ("Strike",)]
    _article(window.store)  # the same document imported again
    assert _groups(window.store) == moved
