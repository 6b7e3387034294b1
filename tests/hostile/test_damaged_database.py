"""A damaged database is refused for writing with a way out, never a traceback;
``timeline-app repair`` copies what can be read into a new, sound database and
never touches the damaged one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.errors import StoreError
from timeline_app.core.store import Store
from timeline_app.core.store.health import DamagedDatabaseError

from damaged_files import (
    DOCUMENTS, EVENTS, build_database, copy_of, damage_middle_of_table, file_hash,
    overwrite_header, truncate,
)


@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> Path:
    return build_database(tmp_path_factory.mktemp("damaged") / "good.db")


@pytest.fixture
def damaged_db(good_db, tmp_path) -> Path:
    bad = copy_of(good_db, "bad.db")
    moved = tmp_path / "bad.db"
    bad.replace(moved)
    damage_middle_of_table(moved)
    return moved


def run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 2


def assert_one_clean_line(err: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err, err


def test_opening_a_damaged_database_for_writing_names_the_file_and_repair(damaged_db):
    before = file_hash(damaged_db)
    with pytest.raises(DamagedDatabaseError) as refused:
        Store.open(damaged_db)
    message = str(refused.value)
    assert f"{damaged_db} is damaged (quick_check: " in message
    assert f"Run `timeline-app repair {damaged_db}` to copy what can be read" in message
    assert file_hash(damaged_db) == before


def test_a_damaged_database_opens_read_only_and_says_what_is_wrong(damaged_db):
    with Store.open(damaged_db, readonly=True) as store:
        assert store.damage
        assert "timeline-app repair" in store.damage_message


@pytest.mark.parametrize("command", [["import", "SEEDS"], ["export", "--format", "csv"]])
def test_import_and_export_refuse_a_damaged_database_in_one_line(damaged_db, seeds_dir, capsys,
                                                                 command):
    before = file_hash(damaged_db)
    argv = [str(seeds_dir) if a == "SEEDS" else a for a in command] + ["--db", str(damaged_db)]
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert_one_clean_line(err)
    assert "is damaged" in err and "timeline-app repair" in err
    assert file_hash(damaged_db) == before


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "organisations", "people", "aliases",
                          "event_organisations", "event_people", "document_organisations")}
    finally:
        conn.close()


def test_repair_copies_the_readable_rows_and_counts_the_lost(damaged_db, capsys):
    before = file_hash(damaged_db)
    repaired = damaged_db.with_name("new.db")
    assert run(["repair", str(damaged_db), "-o", str(repaired)]) == 0
    out = capsys.readouterr().out
    assert "saved:" in out and "lost:" in out and "events" in out
    assert file_hash(damaged_db) == before
    counts = _counts(repaired)
    assert counts["documents"] == DOCUMENTS
    assert EVENTS * 0.8 < counts["events"] < EVENTS
    assert counts["organisations"] == 20 and counts["people"] == 10 and counts["aliases"] == 1
    assert counts["event_organisations"] == counts["events"]
    with Store.open(repaired) as store:
        edited = store.event_detail(1)
        assert edited["note"] == "checked by hand" and edited["tags"] == ["verified"]
        assert len(store.matching_event_id_array(_search("strike"))) == counts["events"]


def _search(text: str):
    from timeline_app.core.filters import EventFilter

    return EventFilter(text=text)


def test_repair_writes_beside_the_damaged_file_by_default(damaged_db, capsys):
    assert run(["repair", str(damaged_db)]) == 0
    assert _counts(damaged_db.with_name("bad-repaired.db"))["events"] > 0


def test_repair_of_a_truncated_file_saves_what_is_left(good_db, tmp_path, capsys):
    bad = copy_of(good_db, "truncated.db")
    truncate(bad)
    before = file_hash(bad)
    with pytest.raises(StoreError) as refused:
        Store.open(bad)
    assert "timeline-app repair" in str(refused.value)
    repaired = tmp_path / "repaired.db"
    assert run(["repair", str(bad), "-o", str(repaired)]) == 0
    assert file_hash(bad) == before
    assert _counts(repaired)["documents"] > 0
    bad.unlink()


def test_repair_reads_a_file_whose_header_was_overwritten(good_db, tmp_path, capsys):
    bad = copy_of(good_db, "header.db")
    overwrite_header(bad)
    with pytest.raises(StoreError) as refused:
        Store.open(bad)
    assert "timeline-app repair" in str(refused.value)
    repaired = tmp_path / "repaired.db"
    assert run(["repair", str(bad), "-o", str(repaired)]) == 0
    counts = _counts(repaired)
    assert counts["documents"] == DOCUMENTS and counts["events"] == EVENTS
    bad.unlink()


def test_repair_of_a_sound_database_copies_everything(good_db, tmp_path, capsys):
    repaired = tmp_path / "copy.db"
    assert run(["repair", str(good_db), "-o", str(repaired)]) == 0
    assert "lost: nothing known" in capsys.readouterr().out
    assert _counts(repaired) == _counts(good_db)


def test_repair_saving_nothing_exits_1(tmp_path, capsys):
    noise = tmp_path / "noise.db"
    noise.write_bytes(bytes(range(256)) * 64)
    assert run(["repair", str(noise), "-o", str(tmp_path / "out.db")]) == 1
    assert_one_clean_line(capsys.readouterr().err)
    assert not (tmp_path / "out.db").exists()


@pytest.mark.parametrize("case", ["missing source", "existing target", "no arguments"])
def test_repair_with_bad_arguments_exits_2_in_one_line(good_db, tmp_path, capsys, case):
    argv = {"missing source": ["repair", str(tmp_path / "nope.db")],
            "existing target": ["repair", str(good_db), "-o", str(good_db)],
            "no arguments": ["repair"]}[case]
    before = file_hash(good_db)
    assert run(argv) == 2
    assert_one_clean_line(capsys.readouterr().err)
    assert file_hash(good_db) == before


def test_the_window_explains_a_damaged_database_instead_of_crashing(qtbot, damaged_db,
                                                                    monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.ui import app

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.windowTitle(), box.text())) or 0)
    assert app.open_store_interactively(damaged_db) is None
    assert shown[0][0] == "The database is damaged"
    assert str(damaged_db) in shown[0][1] and "timeline-app repair" in shown[0][1]
