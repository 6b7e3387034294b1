"""Exports write atomically, keep the file's mode and never replace what they must not."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from export_samples import build_sample

from timeline_app.cli import main
from timeline_app.core import export as core_export
from timeline_app.core.export.atomic_file import ExportTargetError, write_atomically
from timeline_app.core.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "timeline.db"
    with Store.open(path) as store:
        build_sample(store)
    return path


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".part")]


def export_csv(db: Path, output: str) -> int:
    return main(["export", "--db", str(db), "--format", "csv", "-o", output])


def test_overwriting_a_private_file_keeps_it_private(db, tmp_path):
    out = tmp_path / "private.csv"
    out.write_text("old")
    out.chmod(0o600)

    assert export_csv(db, str(out)) == 0

    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8-sig").startswith("id,")


def test_a_new_export_gets_the_usual_permissions(tmp_path):
    out = tmp_path / "new.csv"
    write_atomically(out, lambda stream: stream.write(b"x"))

    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_a_symlink_is_refused_and_neither_it_nor_its_target_changes(db, tmp_path, capsys):
    target = tmp_path / "elsewhere.csv"
    target.write_text("keep me")
    link = tmp_path / "link.csv"
    link.symlink_to(target)

    assert export_csv(db, str(link)) == 2

    error = capsys.readouterr().err
    assert "symbolic link" in error and error.count("\n") == 1
    assert link.is_symlink() and target.read_text() == "keep me"
    assert not leftovers(tmp_path)


def test_a_fifo_with_a_reader_is_written_through(db, tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    for _ in range(200):  # until the reader has the FIFO open (refused before that)
        code = export_csv(db, str(fifo))
        if code == 0:
            break
        time.sleep(0.02)
    reader.join(timeout=10)

    assert code == 0
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received and received[0].decode("utf-8-sig").startswith("id,")


def test_a_fifo_nobody_reads_is_refused_without_blocking(db, tmp_path, capsys):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)

    assert export_csv(db, str(fifo)) == 2

    assert "no program is reading" in capsys.readouterr().err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_writable_character_device_is_written_through_not_replaced():
    write_atomically("/dev/null", lambda stream: stream.write(b"discarded"))

    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_dev_stdout_works_when_standard_output_is_a_pipe(db):
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-m", "timeline_app", "export", "--db", str(db), "--format", "csv",
         "-o", "/dev/stdout"], env=env, capture_output=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8-sig").startswith("id,")


def test_a_writable_file_in_a_folder_that_refuses_new_files_is_overwritten_in_place(
        db, tmp_path, monkeypatch):
    """A read-only folder refuses the temporary file with EACCES; simulated,
    because root (which CI runs as) ignores folder permissions."""
    out = tmp_path / "locked-folder.csv"
    out.write_text("old")
    real_mkstemp = tempfile.mkstemp

    def folder_refuses(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", folder_refuses)

    assert export_csv(db, str(out)) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("id,")


def test_two_exports_to_one_path_each_write_a_whole_file(tmp_path):
    out = tmp_path / "shared.json"
    both_writing = threading.Barrier(2)
    errors: list[BaseException] = []

    def export(letter: bytes) -> None:
        def write(stream) -> None:
            stream.write(letter * 100_000)
            both_writing.wait(timeout=10)
            stream.write(letter * 100_000)

        try:
            write_atomically(out, write)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=export, args=(letter,)) for letter in (b"a", b"b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)

    assert errors == []
    assert out.read_bytes() in (b"a" * 200_000, b"b" * 200_000)
    assert not leftovers(tmp_path)


def test_a_writer_that_fails_leaves_the_old_file_and_no_temporary_file(db, tmp_path,
                                                                        monkeypatch):
    out = tmp_path / "out.csv"
    out.write_text("old export")

    def half_then_crash(store, event_filter, stream):
        stream.write(b"half")
        raise RuntimeError("writer bug")

    monkeypatch.setitem(core_export.FORMATS, "csv", half_then_crash)

    with pytest.raises(RuntimeError):
        export_csv(db, str(out))

    assert out.read_text() == "old export"
    assert not leftovers(tmp_path)


def test_the_export_dialog_writes_through_the_same_helper(db, tmp_path):
    from timeline_app.core.filters import EventFilter
    from timeline_app.ui.export_dialog import export

    out = tmp_path / "dialog.csv"
    out.write_text("old")
    out.chmod(0o600)
    link = tmp_path / "dialog-link.csv"
    link.symlink_to(out)
    with Store.open(db) as store:
        export(store, EventFilter(), None, "csv", out)
        with pytest.raises(ExportTargetError):
            export(store, EventFilter(), None, "csv", link)

    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8-sig").startswith("id,")
    assert link.is_symlink()
