"""Background tasks: the window stays responsive while work runs on another
thread, and progress, messages, the result or the error arrive on the GUI
thread, where it is safe to update widgets. Cancel stops the work at its next
check."""

from __future__ import annotations

import threading
import time

import pytest

from timeline_app.ui.tasks import Task, TaskRunner

TIMEOUT_MS = 5000


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.cancel_all()


def test_progress_messages_and_the_result_arrive_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    seen: dict[str, list] = {"progress": [], "message": [], "done": [], "threads": [], "worker": []}

    def work(task: Task) -> str:
        seen["worker"].append(threading.get_ident())
        for step in range(3):
            task.report(step + 1, 3, f"file {step + 1}")
            task.send(f"imported {step + 1}")
        return "three files"

    def note(kind: str):
        def record(*args):
            seen[kind].append(args if len(args) > 1 else args[0])
            seen["threads"].append(threading.get_ident())
        return record

    runner.run(work, on_progress=note("progress"), on_message=note("message"), on_done=note("done"))
    qtbot.waitUntil(lambda: bool(seen["done"]), timeout=TIMEOUT_MS)
    assert seen["worker"] and seen["worker"][0] != gui  # the work ran elsewhere
    assert seen["progress"] == [(1, 3, "file 1"), (2, 3, "file 2"), (3, 3, "file 3")]
    assert seen["message"] == ["imported 1", "imported 2", "imported 3"]
    assert seen["done"] == ["three files"]
    assert set(seen["threads"]) == {gui}


def test_an_error_is_handed_to_the_gui_thread_with_its_traceback(qtbot, runner):
    gui = threading.get_ident()
    errors: list[tuple[BaseException, int]] = []
    results: list[object] = []

    def work(task: Task) -> None:
        raise ValueError("the database is locked")

    runner.run(work, on_done=results.append, on_error=lambda exc: errors.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT_MS)
    error, thread = errors[0]
    assert isinstance(error, ValueError) and str(error) == "the database is locked"
    assert thread == gui
    assert "ValueError: the database is locked" in error.__timeline_traceback__  # type: ignore[attr-defined]
    assert results == []


def test_cancel_stops_the_work_at_its_next_check(qtbot, runner):
    started = threading.Event()
    results: list[str] = []

    def work(task: Task) -> str:
        started.set()
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while not task.cancelled and time.monotonic() < deadline:
            time.sleep(0.002)
        return "cancelled" if task.cancelled else "ran to the end"

    task = runner.run(work, on_done=results.append)
    assert started.wait(TIMEOUT_MS / 1000)
    assert task.is_running and runner.busy
    task.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT_MS)
    assert results == ["cancelled"]
    assert not task.is_running


def test_the_runner_is_idle_once_every_thread_has_ended(qtbot, runner):
    ended: list[bool] = []
    task = runner.run(lambda task: 42)
    task.ended.connect(lambda: ended.append(True))
    qtbot.waitUntil(lambda: not runner.busy, timeout=TIMEOUT_MS)
    assert ended == [True]
    assert not task.is_running


def test_a_synchronous_runner_finishes_before_run_returns(qapp):
    runner = TaskRunner(synchronous=True)
    results: list[object] = []
    errors: list[BaseException] = []
    progress: list[tuple] = []

    def work(task: Task) -> int:
        task.report(1, 1, "only step")
        return 7

    task = runner.run(work, on_done=results.append, on_progress=lambda *a: progress.append(a))
    assert (results, progress, task.is_running) == ([7], [(1, 1, "only step")], False)
    runner.run(lambda task: 1 / 0, on_error=errors.append)
    assert isinstance(errors[0], ZeroDivisionError)
    assert not runner.busy
