"""`timeline-app gui FILE...` (what the desktop entry's `Exec=… gui %F`
runs): the window opens and imports the files through the import dialog."""

from __future__ import annotations

from pathlib import Path

from timeline_app import cli
from timeline_app.cli import build_parser
from timeline_app.core.store import Store
from timeline_app.ui import app as app_module
from timeline_app.ui.app import show_window
from timeline_app.ui.tasks import TaskRunner


def _document(tmp_path: Path, name: str = "walkout.txt") -> Path:
    path = tmp_path / name
    path.write_text("Lecturers walk out\n\n3 March 2019\n\nLecturers walked out of their "
                    "classes on 3 March 2019 over pay.", encoding="utf-8")
    return path


def test_gui_takes_files_and_folders_as_a_file_manager_passes_them(tmp_path):
    args = build_parser().parse_args(["gui", "a.txt", "letters/", "--db", "x.db"])
    assert args.paths == [Path("a.txt"), Path("letters/")] and args.db == Path("x.db")
    assert build_parser().parse_args(["gui"]).paths == []


def test_the_files_reach_the_window(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(app_module, "run_gui", lambda db, paths=(): opened.append((db, paths))
                        or 0)
    file = _document(tmp_path)
    assert cli.main(["gui", str(file), "--db", str(tmp_path / "t.db")]) == 0
    assert opened == [(tmp_path / "t.db", [file])]


def test_the_window_imports_the_files_it_was_started_with(qtbot, tmp_path, settings):
    store = Store.open(tmp_path / "new.db")
    file = _document(tmp_path)
    window = show_window(store, settings, [file], runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()  # the progress and results are shown
    qtbot.waitUntil(lambda: not dialog.running)
    table = dialog.results
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Imported"]
    assert store.document_count() == 1  # the person's file, not the bundled examples
    assert window.table_model.rowCount() == store.event_count() > 0


def test_without_files_an_empty_database_still_gets_the_examples(qtbot, tmp_path, settings):
    store = Store.open(tmp_path / "new.db")
    window = show_window(store, settings, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    assert window.import_dialog is None
    assert store.document_count() == 4
