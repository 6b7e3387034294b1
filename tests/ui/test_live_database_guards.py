"""The window never exports over, nor imports, its own database; it says why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from timeline_app.core.store import Store
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



@pytest.fixture
def folder_db(tmp_path: Path):
    """A folder with one letter and the database itself, named like a document."""
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "letter.txt").write_text(
        "On 3 March 2021 the Riverside Tenants Union wrote to the council.\n", encoding="utf-8")
    store = Store.open(folder / "notes.txt")
    yield folder, store
    store.close()


def test_importing_a_folder_that_holds_the_open_database_names_it_and_imports_the_rest(
        folder_db, make_window):
    folder, store = folder_db
    window = make_window(store)
    dialog = window.import_paths([folder])
    table = dialog.results
    rows = {table.item(r, 1).text(): (table.item(r, 0).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert rows[str(folder / "notes.txt")] == (
        "Failed", "this is the Timeline database itself, so it is not imported")
    assert rows[str(folder / "letter.txt")][0] == "Imported"
    assert store.document_count() == 1
    assert store.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def _refusals(parent) -> list[str]:
    return [box.text() for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_saving_the_network_picture_over_the_database_is_refused(
        hand_store, make_window, qtbot, monkeypatch):
    from timeline_app.ui import network_view

    window = make_window(hand_store)
    window.network_action.setChecked(True)
    pane = window.network_pane
    qtbot.waitUntil(lambda: pane.canvas.network.node_count > 0)
    before = os.stat(hand_store.path)
    monkeypatch.setattr(network_view.QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (hand_store.path, ""))

    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(_refusals(pane)))
    assert _refusals(pane) == [f"{hand_store.path}: it is the Timeline database itself; "
                               "choose another file to export to"]
    assert os.stat(hand_store.path).st_ino == before.st_ino
    assert hand_store.event_count() == 3


def test_exporting_a_profile_over_the_database_is_refused(
        hand_store, make_window, qtbot, monkeypatch):
    from timeline_app.ui import profile_view

    window = make_window(hand_store)
    nus = hand_store.find_organisation_ids("National Union of Students")[0]
    assert window.profiles.open_profile("organisation", nus)
    view = window.profiles.view
    before = os.stat(hand_store.path)
    monkeypatch.setattr(profile_view.QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (hand_store.path, ""))

    view.export_button.menu().actions()[0].trigger()  # Export ▸ Markdown…

    qtbot.waitUntil(lambda: bool(_refusals(view)))
    assert _refusals(view) == [f"Cannot write {hand_store.path}: it is the Timeline database "
                               "itself; choose another file to export to."]
    assert os.stat(hand_store.path).st_ino == before.st_ino
    assert hand_store.event_count() == 3
