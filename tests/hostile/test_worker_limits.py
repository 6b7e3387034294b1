"""A document that blows a reader's memory or time, or kills it, costs one file, not the run.

Real files where a real file can do it (a text too big for a small memory
limit, a text whose events take longer than a short time limit); the test
hook ``reader_hook.py`` for what no document does on demand (a reader killed
by SIGKILL, one stuck where the timer cannot reach, an endless allocation).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import timeline_app.core.prepared as prepared
from timeline_app.cli import main
from timeline_app.core.importing import import_paths
from timeline_app.core.parallel_import import PARALLEL_MIN_FILES, reader_processes
from timeline_app.core.prepared import unexpected_failure
from timeline_app.core.reader_process import TEST_HOOK_VARIABLE
from timeline_app.core.store import Store
from timeline_app.core.worker_limits import WORKER_MEMORY_LIMIT, WorkerLimits, stopped_reason

SRC = Path(__file__).resolve().parents[2] / "src"
HOOK = Path(__file__).resolve().parent / "reader_hook.py"
ONE_GB_KB = 1024 * 1024
KILLED = "the reader process stopped (killed by signal 9) while reading this file"

_IMPORT_IN_CHILD = """
import json, sys
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store
from timeline_app.core.worker_limits import WorkerLimits
# Memory and time apart, so that a slow machine cannot turn one into the other.
runs = {
    "memory": WorkerLimits(memory_bytes=300 * 1024 * 1024),
    "time": WorkerLimits(seconds=1.0, grace_seconds=1.0),
}
outcome = {}
with Store.open(sys.argv[2]) as store:
    for name, limits in runs.items():
        summary = import_paths(store, [sys.argv[1] + "/" + name], isolate=True, limits=limits)
        outcome[name] = [[r.path.rsplit("/", 1)[-1], r.status, r.reason] for r in summary.results]
# VmHWM, not ru_maxrss: Linux carries the (large) pytest parent's high-water
# mark into a spawned child's ru_maxrss, so that would measure the parent.
with open("/proc/self/status", encoding="ascii") as status:
    outcome["peak_kb"] = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps(outcome))
"""


def _good(folder: Path, name: str, day: int) -> None:
    (folder / name).write_text(
        f"Students walked out of lectures on {day} March 2019 in protest at fees.\n",
        encoding="utf-8")


def _hostile_folders(tmp_path: Path) -> Path:
    """Two runs' worth: files that blow the memory limit, and files that blow the time limit."""
    memory, slow = tmp_path / "incoming" / "memory", tmp_path / "incoming" / "time"
    memory.mkdir(parents=True)
    slow.mkdir()
    for folder in (memory, slow):
        _good(folder, "a-good.txt", 1)
        _good(folder, "z-good.txt", 3)
    # Real files: a text that needs far more than 300 MB to hash (a list of
    # millions of words), and one with so many dated sentences that finding
    # its events takes many seconds.
    (memory / "b-huge.txt").write_text("The union met and voted. " * 600_000, encoding="utf-8")
    (slow / "c-many-dates.txt").write_text("".join(
        f"The council met on {d % 28 + 1} May {1990 + d % 30} and voted to strike. "
        for d in range(40_000)), encoding="utf-8")
    # Through the test hook: what no document does on demand.
    _good(memory, "die-now.txt", 2)
    _good(memory, "hog-memory.txt", 2)
    _good(slow, "stuck-in-c.txt", 2)
    return tmp_path / "incoming"


def test_hostile_files_fail_alone_and_the_run_goes_on_in_reader_processes(tmp_path):
    folders = _hostile_folders(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(SRC), TEST_HOOK_VARIABLE: str(HOOK)}
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_IN_CHILD, str(folders), str(tmp_path / "t.db")],
        env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    outcome = json.loads(done.stdout)
    out_of_memory = "ran out of memory while reading (limit 300 MB)"
    assert outcome["memory"] == [
        ["a-good.txt", "imported", None],
        ["b-huge.txt", "failed", out_of_memory],
        ["die-now.txt", "failed", KILLED],
        ["hog-memory.txt", "failed", out_of_memory],
        ["z-good.txt", "imported", None],
    ]
    assert outcome["time"] == [
        ["a-good.txt", "duplicate", "already imported"],
        ["c-many-dates.txt", "failed", "took longer than 1 s to read"],
        ["stuck-in-c.txt", "failed", "took longer than 1 s to read"],
        ["z-good.txt", "duplicate", "already imported"],
    ]
    # The importing process never held a hostile document.
    assert outcome["peak_kb"] < ONE_GB_KB
    with Store.open(tmp_path / "t.db") as store:
        assert store.document_count() == 2


def test_the_command_line_reads_even_one_file_in_a_reader_process(tmp_path, monkeypatch,
                                                                    capsys):
    monkeypatch.setenv(TEST_HOOK_VARIABLE, str(HOOK))
    folder = tmp_path / "incoming"
    folder.mkdir()
    _good(folder, "die-now.txt", 1)
    _good(folder, "good.txt", 2)

    code = main(["import", str(folder), "--db", str(tmp_path / "t.db")])

    out = capsys.readouterr()
    assert code == 1 and "Traceback" not in out.err
    assert f"failed     {folder / 'die-now.txt'}  ({KILLED})" in out.out
    assert "1 imported, 0 duplicate, 1 failed" in out.out


def test_jobs_zero_still_reads_in_this_process(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(TEST_HOOK_VARIABLE, str(HOOK))  # honoured by reader processes only
    folder = tmp_path / "incoming"
    folder.mkdir()
    _good(folder, "die-now.txt", 1)

    assert main(["import", str(folder), "--db", str(tmp_path / "t.db"), "--jobs", "0"]) == 0
    assert "1 imported" in capsys.readouterr().out


def test_the_import_dialog_reads_in_a_reader_process(qtbot, tmp_path, monkeypatch):
    from timeline_app.ui.import_dialog import ImportDialog
    from timeline_app.ui.tasks import TaskRunner

    monkeypatch.setenv(TEST_HOOK_VARIABLE, str(HOOK))
    folder = tmp_path / "incoming"
    folder.mkdir()
    _good(folder, "die-now.txt", 1)
    _good(folder, "good.txt", 2)
    Store.open(tmp_path / "t.db").close()
    runner = TaskRunner()
    dialog = ImportDialog(tmp_path / "t.db", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.importFinished, timeout=60000) as finished:
        dialog.start([folder])
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    summary = finished.args[0]
    assert (summary.count("imported"), summary.count("failed")) == (1, 1)
    assert [r.reason for r in summary.results] == [KILLED]


def test_a_small_run_uses_one_reader_only_when_isolated():
    assert reader_processes(3, workers=4, isolate=False) == 0
    assert reader_processes(3, workers=4, isolate=True) == 1
    assert reader_processes(3, workers=0, isolate=True) == 1
    assert reader_processes(0, workers=4, isolate=True) == 0
    assert reader_processes(PARALLEL_MIN_FILES, workers=4, isolate=False) == 4
    assert reader_processes(PARALLEL_MIN_FILES, workers=0, isolate=False) == 0


@pytest.mark.parametrize("error, reason", [
    (MemoryError(), "ran out of memory while reading"),
    (RecursionError("maximum recursion depth exceeded"),
     "nested too deeply while reading (RecursionError)"),
    (KeyError("/word/document.xml"), "failed unexpectedly while reading (KeyError)"),
])
def test_an_unexpected_reader_error_in_this_process_fails_that_file_only(
        fresh_store, tmp_path, monkeypatch, error, reason):
    real_read_file = prepared.read_file

    def read_file(path, **kwargs):
        if path.name == "bad.txt":
            raise error
        return real_read_file(path, **kwargs)

    monkeypatch.setattr(prepared, "read_file", read_file)
    _good(tmp_path, "a.txt", 1)
    _good(tmp_path, "bad.txt", 2)
    _good(tmp_path, "c.txt", 3)
    summary = import_paths(fresh_store, [tmp_path / n for n in ("a.txt", "bad.txt", "c.txt")])
    assert [(r.status, r.reason) for r in summary.results] == [
        ("imported", None), ("failed", reason), ("imported", None)]


def test_running_out_of_memory_while_finding_events_fails_that_file_only(
        fresh_store, tmp_path, monkeypatch):
    def extract(read, aliases):
        raise MemoryError()

    monkeypatch.setattr(prepared, "extract", extract)
    _good(tmp_path, "a.txt", 1)
    (result,) = import_paths(fresh_store, [tmp_path / "a.txt"]).results
    assert (result.status, result.reason) == (
        "failed", "ran out of memory while finding its events")


def test_the_reasons_name_the_limits_in_words():
    assert WorkerLimits().memory_bytes == WORKER_MEMORY_LIMIT == 1024 ** 3
    assert unexpected_failure(MemoryError(), "reading", WORKER_MEMORY_LIMIT) == \
        "ran out of memory while reading (limit 1 GB)"
    assert WorkerLimits.for_max_bytes(50 * 1024 * 1024).memory_bytes == WORKER_MEMORY_LIMIT
    assert WorkerLimits.for_max_bytes(200 * 1024 * 1024).memory_bytes > WORKER_MEMORY_LIMIT
    assert stopped_reason(-9) == KILLED
    assert stopped_reason(1) == "the reader process stopped (exit code 1) while reading this file"


def test_when_no_reader_process_can_start_the_files_are_handed_back(tmp_path, monkeypatch):
    import multiprocessing.context

    from timeline_app.core.parallel_import import prepared_in_order

    def no_more_processes(self):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", no_more_processes)
    _good(tmp_path, "a.txt", 1)
    _good(tmp_path, "b.txt", 2)
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    handed = list(prepared_in_order(iter(files), workers=1, aliases={}, max_bytes=10**6))
    # No document is to blame, so the caller reads them itself.
    assert handed == [(path, None) for path in files]
