"""The Ctrl+K "go to" box, driven by keys as a person uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from profile_archive import build_profile_archive
from timeline_app.core.store import Store


@pytest.fixture
def archive(tmp_path: Path):
    store = Store.open(tmp_path / "goto.db")
    build_profile_archive(store)
    yield store


def _type_into_go_to(qtbot, window, text: str):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.profiles.go_to_box
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClicks(box.query, text)
    return box


def _shown(box) -> list[str]:
    model = box.results.model()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_an_acronym_and_enter_open_the_organisations_profile(qtbot, make_window, archive):
    window = make_window(archive)
    box = _type_into_go_to(qtbot, window, "UCU")
    assert _shown(box)[0].startswith("University and College Union")
    qtbot.keyClick(box.query, Qt.Key.Key_Return)
    assert not box.isVisible()
    qtbot.waitUntil(window.profiles.view.isVisible)
    assert window.profiles.view.name_label.text() == "University and College Union"


def test_an_alias_with_a_typo_still_finds_the_organisation(qtbot, make_window, archive):
    window = make_window(archive)
    box = _type_into_go_to(qtbot, window, "Univeristy of Shefield")
    assert _shown(box)[0].startswith("University of Sheffield Students' Union")
    box.query.clear()
    qtbot.keyClicks(box.query, "the NUS")
    assert _shown(box)[0].startswith("National Union of Students")


def test_arrow_keys_choose_an_event_which_enter_selects(qtbot, make_window, archive):
    window = make_window(archive)
    box = _type_into_go_to(qtbot, window, "pensions")
    shown = _shown(box)
    assert shown[0].startswith("Lecturers strike over pensions")
    assert shown[1].startswith("Pensions strike")  # the document
    qtbot.keyClick(box.query, Qt.Key.Key_Down)
    qtbot.keyClick(box.query, Qt.Key.Key_Up)
    qtbot.keyClick(box.query, Qt.Key.Key_Return)
    assert window.detail_pane.title_edit.text() == "Lecturers strike over pensions"


def test_a_document_is_shown_even_when_the_filters_hide_it(qtbot, make_window, archive):
    window = make_window(archive)
    window.filter_pane.show_only("organisation", archive.find_organisation_ids("NUS")[0])
    box = _type_into_go_to(qtbot, window, "pensions")
    qtbot.keyClick(box.query, Qt.Key.Key_Down)
    qtbot.keyClick(box.query, Qt.Key.Key_Return)
    assert window.detail_pane.document_title.text() == "Pensions strike"
    assert window.count_label.text().startswith("5 of 5 events shown")


def test_escape_closes_the_box_without_going_anywhere(qtbot, make_window, archive):
    window = make_window(archive)
    box = _type_into_go_to(qtbot, window, "NUS")
    qtbot.keyClick(box.query, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert not window.profiles.view.isVisible()


def test_a_rename_made_after_the_box_was_last_opened_is_found(qtbot, make_window, archive):
    window = make_window(archive)
    box = _type_into_go_to(qtbot, window, "UCU")
    qtbot.keyClick(box.query, Qt.Key.Key_Escape)
    window.rename_entity("organisation", archive.find_organisation_ids("UCU")[0], "UCU Scotland")
    box = _type_into_go_to(qtbot, window, "scotland")
    assert _shown(box)[0].startswith("UCU Scotland")
