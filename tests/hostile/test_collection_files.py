"""Collection files get the checks every imported file gets, and are found in folders.

A FIFO named ``x.json`` must not block the import, a link to ``/dev/zero``
must not be read for ever, and ``--max-mb`` holds for collections too. A
Timeline collection inside an imported folder is imported like one named
directly, while other JSON in the folder is passed over as before.

Each run is a ``timeline-app import`` subprocess with a timeout and a
memory limit, so a regression fails the test instead of hanging or
exhausting the machine.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 1024**3


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_import(*args: str, db: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", "import", *args, "--db", str(db), "--jobs", "0"],
        capture_output=True, text=True, env=env, timeout=timeout, preexec_fn=_limit_memory)


def write_collection(path: Path, *, padding: int = 0) -> Path:
    """A valid one-document collection, ``padding`` characters of text longer."""
    text = "Tenants began a rent strike on 3 March 2021 across the city." + " " * padding
    path.write_text(json.dumps({
        "format": "timeline-app", "version": 1,
        "documents": [{"id": 1, "title": "Rent strike", "source": None, "path": None,
                       "published": "2021-03-03", "published_precision": "day", "text": text}],
        "events": [{"id": 1, "document_id": 1, "main": True, "title": "Rent strike begins",
                    "kind": "strike", "start": "2021-03-03", "end": None, "precision": "day",
                    "organisations": [], "people": [], "evidence": None, "confidence": 1.0}],
    }, indent=2), encoding="utf-8")
    return path


def _good_text(folder: Path) -> Path:
    path = folder / "z_walkout.txt"
    path.write_text("Students walked out on 17 November 2015 over fees.\n", encoding="utf-8")
    return path


def _no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stdout + done.stderr, done.stderr


# ------------------------------------------------------- files like any other
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_a_collection_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    done = run_import(str(fifo), str(_good_text(tmp_path)), db=tmp_path / "t.db", timeout=30)
    _no_traceback(done)
    assert f"failed     {fifo}  (cannot read file: not a regular file)" in done.stdout
    assert done.stdout.splitlines()[-1] == "1 imported, 0 duplicate, 1 failed"


def test_a_link_to_an_endless_device_is_refused(tmp_path):
    link = tmp_path / "x.json"
    link.symlink_to("/dev/zero")
    done = run_import(str(link), str(_good_text(tmp_path)), db=tmp_path / "t.db", timeout=30)
    _no_traceback(done)
    assert f"failed     {link}  (cannot read file: not a regular file)" in done.stdout
    assert done.stdout.splitlines()[-1] == "1 imported, 0 duplicate, 1 failed"


def test_max_mb_holds_for_collections(tmp_path):
    big = write_collection(tmp_path / "big.json", padding=2 * 1024 * 1024)
    done = run_import(str(big), "--max-mb", "1", db=tmp_path / "t.db")
    _no_traceback(done)
    assert done.returncode == 1
    assert "too large" in done.stdout and "big.json" in done.stdout
    within = run_import(str(big), "--max-mb", "3", db=tmp_path / "t.db")
    assert within.stdout.splitlines()[-1] == "1 imported, 0 duplicate, 0 failed"


def test_an_empty_collection_file_is_one_failure(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    done = run_import(str(empty), db=tmp_path / "t.db")
    _no_traceback(done)
    assert "empty" in done.stdout and done.returncode == 1


# ---------------------------------------------------------- found in folders
def test_a_collection_inside_an_imported_folder_is_imported(tmp_path):
    folder = tmp_path / "shared"
    (folder / "deep").mkdir(parents=True)
    write_collection(folder / "deep" / "rent.json")
    _good_text(folder)
    done = run_import(str(folder), db=tmp_path / "t.db")
    _no_traceback(done)
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == "2 imported, 0 duplicate, 0 failed"
    assert any(line.startswith("imported") and "rent.json" in line and "collection" in line
               for line in done.stdout.splitlines())


def test_other_json_in_a_folder_is_still_passed_over(tmp_path):
    folder = tmp_path / "labelled"
    folder.mkdir()
    (folder / "labels.json").write_text(json.dumps({"events": [], "format": "labels"}))
    (folder / "settings.json").write_text("[1, 2, 3]")
    (folder / ".hidden.json").write_text('{"format": "timeline-app"}')
    _good_text(folder)
    done = run_import(str(folder), db=tmp_path / "t.db")
    _no_traceback(done)
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == "1 imported, 0 duplicate, 0 failed"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_json_inside_a_folder_is_refused_by_name_without_blocking(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.mkfifo(folder / "x.json")
    write_collection(folder / "rent.json")
    done = run_import(str(folder), db=tmp_path / "t.db", timeout=30)
    _no_traceback(done)
    assert "not a regular file" in done.stdout
    assert done.stdout.splitlines()[-1] == "1 imported, 0 duplicate, 1 failed"
