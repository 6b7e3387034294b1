"""The profile window, opened the ways a person opens it, on a small known archive."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from profile_archive import build_profile_archive
from timeline_app.core.store import Store
from timeline_app.ui.event_table import ORGANISATIONS


@pytest.fixture
def archive(tmp_path: Path):
    store = Store.open(tmp_path / "profiles.db")
    build_profile_archive(store)
    yield store


def _double_click_row(qtbot, view, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def _row_named(view, name: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount())
                if str(model.index(r, 0).data()).startswith(name))


def _open_from_filter_list(qtbot, window, name: str):
    names = window.filter_pane.organisations.view
    _double_click_row(qtbot, names, _row_named(names, name))
    profile = window.profiles.view
    qtbot.waitUntil(profile.isVisible)
    return profile


def test_double_clicking_an_organisation_in_the_filter_list_opens_its_profile(
        qtbot, make_window, archive):
    window = make_window(archive)
    profile = _open_from_filter_list(qtbot, window, "National Union of Students")
    assert profile.name_label.text() == "National Union of Students"
    assert "Also written: the NUS" in profile.names_label.text()
    assert "4 events; 4 documents" in profile.names_label.text()
    assert "By kind: walkout 1 · campaign 1 · protest 1 · letter 1" in profile.counts_label.text()
    partners = profile.organisation_list.model()
    assert [partners.index(r, 0).data() for r in range(partners.rowCount())] == [
        "University and College Union  (2 shared events)",
        "University of Sheffield Students' Union  (1 shared event)"]
    people = profile.people_list.model()
    assert people.index(0, 0).data() == "Mostafa Rajaai  (2 shared events)"


def test_clicking_a_partner_opens_the_partners_profile(qtbot, make_window, archive):
    window = make_window(archive)
    profile = _open_from_filter_list(qtbot, window, "National Union of Students")
    _click_row(qtbot, profile.people_list, 0)
    assert profile.name_label.text() == "Mostafa Rajaai"
    assert "NUS international students' officer (2015–2017)" in profile.names_label.text()


def test_double_clicking_a_document_shows_it_in_the_window(qtbot, make_window, archive):
    window = make_window(archive)
    profile = _open_from_filter_list(qtbot, window, "University and College Union")
    documents = profile.document_table
    assert documents.model().index(0, 1).data() == "Pensions strike"  # newest first
    _double_click_row(qtbot, documents, 0, 1)
    assert window.detail_pane.document_title.text() == "Pensions strike"


def test_clicking_a_name_in_the_detail_pane_opens_its_profile(qtbot, make_window, archive):
    window = make_window(archive)
    strike = next(e["id"] for e in archive.events() if e["kind"] == "strike")
    window.select_events([strike])
    links = window.detail_pane.org_links
    assert links.text().count("<a ") == 1
    # The only link starts the label (one line, centred): click on its first letters.
    qtbot.mouseClick(links, Qt.MouseButton.LeftButton, pos=QPoint(6, links.height() // 2))
    qtbot.waitUntil(window.profiles.view.isVisible)
    assert window.profiles.view.name_label.text() == "University and College Union"


def test_double_clicking_the_organisations_of_an_event_opens_the_profile(
        qtbot, make_window, archive):
    window = make_window(archive)
    table = window.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, ORGANISATIONS).data() == "University and College Union")
    _double_click_row(qtbot, table, row, ORGANISATIONS)
    qtbot.waitUntil(window.profiles.view.isVisible)
    assert window.profiles.view.name_label.text() == "University and College Union"


def test_show_its_events_filters_the_timeline(qtbot, make_window, archive):
    window = make_window(archive)
    profile = _open_from_filter_list(qtbot, window, "University and College Union")
    qtbot.mouseClick(profile.show_events_button, Qt.MouseButton.LeftButton)
    assert window.count_label.text().startswith("3 of 5 events shown")


def test_a_rename_through_the_window_shows_in_the_open_profile_and_undoes(
        qtbot, make_window, archive):
    window = make_window(archive)
    profile = _open_from_filter_list(qtbot, window, "University and College Union")
    window.rename_entity("organisation", profile.profile.id, "UCU Scotland")
    assert profile.name_label.text() == "UCU Scotland"
    assert "University and College Union" in profile.names_label.text()
    window.undo_action.trigger()
    assert profile.name_label.text() == "University and College Union"


def test_the_profile_exports_as_markdown_with_its_strip_and_as_pdf(
        qtbot, make_window, archive, tmp_path):
    window = make_window(archive)
    profile = _open_from_filter_list(qtbot, window, "National Union of Students")
    profile.export(tmp_path / "nus.md", "md")
    text = (tmp_path / "nus.md").read_text(encoding="utf-8")
    assert "![Events per year](nus-strip.png)" in text
    assert (tmp_path / "nus-strip.png").read_bytes().startswith(b"\x89PNG")
    profile.export(tmp_path / "nus.pdf", "pdf")
    assert (tmp_path / "nus.pdf").read_bytes().startswith(b"%PDF")

