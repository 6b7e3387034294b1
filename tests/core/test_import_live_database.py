"""An import never reads the database it writes to, whatever the database is called.

A database kept as ``notes.txt`` or ``archive.json`` inside the folder being
imported (or named on the command line) looks like a document. Reading it
with a plain file and closing it would drop the live connection's SQLite
locks; so it is reported, by name and reason, and never opened. The checks
below let another process take the write lock afterwards and then edit, as
in test_store_shared_file: with the locks dropped, that edit is what fails.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_store_shared_file import (
    take_and_release_write_lock_elsewhere,
    titles_seen_by_a_new_connection,
)

from timeline_app.cli import main
from timeline_app.core import editing
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

LETTER = "On 3 March 2021 the Riverside Tenants Union wrote to the council about repairs.\n"


def _folder_with_the_database(tmp_path: Path, db_name: str) -> tuple[Path, Path]:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "letter.txt").write_text(LETTER, encoding="utf-8")
    return folder, folder / db_name


def _reasons(summary) -> dict[str, str]:
    return {Path(r.path).name: r.reason for r in summary.results if r.status == "failed"}


def _edit_after_another_process_wrote(store: Store, path: Path) -> None:
    take_and_release_write_lock_elsewhere(path)
    editing.add_event(store, title="Typed after the import")
    check, titles = titles_seen_by_a_new_connection(path)
    assert check == "ok" and titles == ["Typed before the import", "Typed after the import"]
    assert Path(f"{path}-shm").exists(), "the live connection's WAL index was removed"


@pytest.mark.parametrize("db_name", ["archive.json", "notes.txt", "minutes.md"])
def test_a_folder_holding_the_database_imports_the_rest_and_names_the_database(
        tmp_path, db_name):
    folder, db_path = _folder_with_the_database(tmp_path, db_name)
    with Store.open(db_path) as store:
        editing.add_event(store, title="Typed before the import")
        summary = import_paths(store, [folder])
        assert summary.count("imported") == 1
        assert _reasons(summary) == {
            db_name: "this is the Timeline database itself, so it is not imported"}
        _edit_after_another_process_wrote(store, db_path)


def test_the_database_and_its_companions_named_directly_are_refused(tmp_path):
    folder, db_path = _folder_with_the_database(tmp_path, "notes.txt")
    link = tmp_path / "shortcut.md"
    link.symlink_to(db_path)
    with Store.open(db_path) as store:
        editing.add_event(store, title="Typed before the import")
        wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
        summary = import_paths(store, [db_path, wal, shm, link, folder / "letter.txt"])
        assert summary.count("imported") == 1
        assert _reasons(summary) == {
            "notes.txt": "this is the Timeline database itself, so it is not imported",
            "notes.txt-wal": "this is the Timeline database's write-ahead log, "
                             "so it is not imported",
            "notes.txt-shm": "this is the Timeline database's shared-memory index, "
                             "so it is not imported",
            "shortcut.md": "this is the Timeline database itself, so it is not imported",
        }
        _edit_after_another_process_wrote(store, db_path)


def test_the_command_line_reports_the_database_it_was_given_and_exits_1(tmp_path, capsys):
    folder, db_path = _folder_with_the_database(tmp_path, "notes.txt")
    assert main(["import", "--db", str(db_path), str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"failed     {db_path}  (this is the Timeline database itself, " \
           "so it is not imported)" in out
    assert "1 imported, 0 duplicate, 1 failed" in out
    assert os.path.getsize(db_path) > 0


def test_links_to_the_database_inside_a_folder_are_recognised(tmp_path):
    folder, _unused = _folder_with_the_database(tmp_path, "unused.txt")
    db_path = tmp_path / "timeline.db"
    with Store.open(db_path) as store:
        editing.add_event(store, title="Typed before the import")
        os.link(db_path, folder / "copy.txt")  # the same file under a second name
        (folder / "shortcut.md").symlink_to(db_path)
        (folder / "log.txt").symlink_to(f"{db_path}-wal")
        summary = import_paths(store, [folder])
        assert summary.count("imported") == 1
        assert _reasons(summary) == {
            "copy.txt": "this is the Timeline database itself, so it is not imported",
            "shortcut.md": "this is the Timeline database itself, so it is not imported",
            "log.txt": "this is the Timeline database's write-ahead log, so it is not imported",
        }
        _edit_after_another_process_wrote(store, db_path)
