"""One user action chooses once: a click, a double-click or Enter on a list
of events or names runs its action one time, not once per Qt signal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from profile_archive import build_profile_archive
from timeline_app.core.store import Store
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.profile_view import ProfileView

from conftest import add_hand_document


def _centre(view, row: int, column: int = 0):
    index = view.model().index(row, column)
    view.scrollTo(index)
    return view.visualRect(index).center()


def _double_click(qtbot, view, row: int, column: int = 0) -> None:
    """What a person's double-click delivers: press, release, then a double-click."""
    centre = _centre(view, row, column)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _enter_on(qtbot, view, row: int) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def _recorded(signal) -> list:
    got: list = []
    signal.connect(lambda *args: got.append(args))
    return got


@pytest.fixture
def pane_on_a_document(qtbot, fresh_store):
    text = "A walkout on 1 May 2019. A vote on 9 May 2019."
    add_hand_document(fresh_store, text, "Two events", "2019-05-10", [
        ("Walkout", "walkout", "2019-05-01", "day", "A walkout on 1 May 2019", ()),
        ("Vote", "vote", "2019-05-09", "day", "A vote on 9 May 2019", ()),
    ])
    walkout, vote = fresh_store.matching_event_ids()
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(420, 700)
    pane.set_store(fresh_store)
    pane.show()
    pane.show_event(walkout)
    qtbot.waitExposed(pane)
    return pane, vote


def test_double_clicking_another_event_of_the_document_asks_for_it_once(
        qtbot, pane_on_a_document):
    pane, vote = pane_on_a_document
    asked = _recorded(pane.eventRequested)
    _double_click(qtbot, pane.others, 1)
    assert asked == [(vote,)]


def test_a_single_click_on_another_event_asks_for_it_once(qtbot, pane_on_a_document):
    pane, vote = pane_on_a_document
    asked = _recorded(pane.eventRequested)
    qtbot.mouseClick(pane.others.viewport(), Qt.MouseButton.LeftButton,
                     pos=_centre(pane.others, 1))
    assert asked == [(vote,)]


def test_enter_on_another_event_asks_for_it_once(qtbot, pane_on_a_document):
    pane, vote = pane_on_a_document
    asked = _recorded(pane.eventRequested)
    _enter_on(qtbot, pane.others, 1)
    assert asked == [(vote,)]


@pytest.fixture
def profile(qtbot, tmp_path: Path):
    store = Store.open(tmp_path / "profiles.db")
    build_profile_archive(store)
    view = ProfileView()
    qtbot.addWidget(view)
    view.set_store(store)
    nus = next(o["id"] for o in store.organisations() if o["name"] == "National Union of Students")
    view.show_entity("organisation", nus)
    qtbot.waitExposed(view)
    yield view
    store.close()


def test_double_clicking_a_partner_opens_its_profile_once(qtbot, profile):
    asked = _recorded(profile.profileRequested)
    _double_click(qtbot, profile.people_list, 0)
    assert len(asked) == 1


def test_enter_on_a_partner_opens_its_profile_once(qtbot, profile):
    asked = _recorded(profile.profileRequested)
    _enter_on(qtbot, profile.people_list, 0)
    assert len(asked) == 1


def test_double_clicking_a_document_shows_it_once(qtbot, profile):
    asked = _recorded(profile.documentRequested)
    _double_click(qtbot, profile.document_table, 0, 1)
    assert len(asked) == 1


def test_enter_on_a_document_shows_it_once(qtbot, profile):
    asked = _recorded(profile.documentRequested)
    _enter_on(qtbot, profile.document_table, 0)
    assert len(asked) == 1
