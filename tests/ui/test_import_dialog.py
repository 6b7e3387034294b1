"""The import dialog: a real worker thread, per-file results, Cancel that
keeps what was imported, and a window that shows the new events."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.store import Store
from timeline_app.ui.import_dialog import ImportDialog
from timeline_app.ui.tasks import TaskRunner


def _results(dialog: ImportDialog) -> dict[str, tuple[str, str]]:
    table = dialog.results
    return {Path(table.item(r, 1).text()).name: (table.item(r, 0).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def _folder(tmp_path: Path, good: int = 1) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for i in range(good):
        (folder / f"good{i}.txt").write_text(
            f"Walkout number {i}\n\n{i + 1} March 2019\n\nStudents walked out of lectures on "
            f"{i + 1} March 2019 in protest at fees.", encoding="utf-8")
    return folder


def test_importing_a_folder_with_a_good_and_a_broken_file_reports_both(qtbot, tmp_path):
    db = tmp_path / "import.db"
    Store.open(db).close()
    folder = _folder(tmp_path)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\x00\x01")
    runner = TaskRunner()  # a real worker thread
    dialog = ImportDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.importFinished, timeout=20000) as finished:
        dialog.start([folder])
        assert dialog.cancel_button.isEnabled() and not dialog.close_button.isEnabled()
    summary = finished.args[0]
    results = _results(dialog)
    assert results["good0.txt"][0] == "Imported"
    assert results["broken.pdf"][0] == "Failed" and results["broken.pdf"][1]
    assert (summary.count("imported"), summary.count("failed")) == (1, 1)
    assert dialog.progress.value() == dialog.progress.maximum() == 2
    assert dialog.status.text() == "1 imported, 0 duplicate, 1 failed."
    assert dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)  # the thread is gone too
    with Store.open(db) as store:
        assert store.document_count() == 1


def test_a_large_folder_imports_through_worker_processes_with_every_result(qtbot, tmp_path):
    """Enough files for the pool of reader processes: every file still gets
    its row, in order, and the window's thread is never the one extracting."""
    db = tmp_path / "import.db"
    folder = _folder(tmp_path, good=70)
    (folder / "empty.txt").write_bytes(b"")
    runner = TaskRunner()
    dialog = ImportDialog(db, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.importFinished, timeout=60000) as finished:
        dialog.start([folder])
    summary = finished.args[0]
    results = _results(dialog)
    assert len(results) == 71
    assert results["empty.txt"][0] == "Failed"
    assert (summary.count("imported"), summary.count("failed")) == (70, 1)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    with Store.open(db) as store:
        assert store.document_count() == 70


def test_importing_the_same_folder_again_reports_duplicates(qtbot, tmp_path):
    db = tmp_path / "import.db"
    folder = _folder(tmp_path)
    dialog = ImportDialog(db, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.start([folder])
    dialog.start([folder])
    assert _results(dialog)["good0.txt"] == ("Duplicate", "already in the database")


def test_cancel_stops_between_files_and_keeps_what_was_imported(qtbot, tmp_path):
    db = tmp_path / "import.db"
    folder = _folder(tmp_path, good=4)
    dialog = ImportDialog(db, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    # Press Cancel as soon as the first file is done.
    dialog.fileImported.connect(lambda _result: dialog.cancel())
    with qtbot.waitSignal(dialog.importFinished) as finished:
        dialog.start([folder])
    summary = finished.args[0]
    assert summary.cancelled and summary.count("imported") == 1
    assert "kept" in dialog.status.text()
    with Store.open(db) as store:
        assert store.document_count() == 1


def test_a_database_that_cannot_be_opened_is_explained(qtbot, tmp_path):
    not_a_db = tmp_path / "folder.db"
    not_a_db.mkdir()
    dialog = ImportDialog(not_a_db, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.start([_folder(tmp_path)])
    assert "is a folder, not a database file" in dialog.status.text()
    assert dialog.close_button.isEnabled()


def test_the_window_shows_imported_events_without_a_restart(qtbot, tmp_path, hand_store,
                                                             make_window):
    window = make_window(hand_store)
    before = window.table_model.rowCount()
    window.import_paths([_folder(tmp_path, good=2)])
    assert hand_store.document_count() == 5
    assert window.table_model.rowCount() == hand_store.event_count() > before
    assert window.count_label.text().startswith(f"{hand_store.event_count()} of")


def test_a_names_engine_that_is_not_installed_is_refused_with_the_reason(qtbot, tmp_path):
    db = tmp_path / "engine.db"
    Store.open(db).close()
    dialog = ImportDialog(db, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.engine.engine() is None  # the rules alone by default
    dialog.engine.lineEdit().clear()
    qtbot.keyClicks(dialog.engine.lineEdit(), str(tmp_path / "no_such_model"))
    dialog.start([_folder(tmp_path)])
    assert "spaCy" in dialog.status.text()
    assert not dialog.running and dialog.results.rowCount() == 0
    with Store.open(db) as store:
        assert store.document_count() == 0
