"""Start-up benchmark: from launch to the first painted frame, and the app's memory.

``python bench/startup.py --db EVENTS.db [--runs 3]`` (build a database with
``bench/filters.py --db``). A child process (``--child``) installs an
application-wide event filter, starts the real ``run_gui`` and exits on the
first Paint event of a visible top-level window, printing
``TIMELINE_FIRST_PAINT elapsed_s=<s> rss_mb=<MB>``; the app itself carries
no benchmark hook.

Both run offscreen, so they time the app's own work (imports, database,
building the timeline, laying out and painting) without a window manager.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_T0_ENV = "TIMELINE_BENCH_T0"
_LINE = re.compile(r"TIMELINE_FIRST_PAINT\s+elapsed_s=([\d.]+)\s+rss_mb=([\d.]+)")
_TIMEOUT_S = 120


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _launch(command: list[str], env: dict[str, str]) -> dict | None:
    env[_T0_ENV] = repr(time.time())
    started = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True,
                              timeout=_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {"error": f"no first paint within {_TIMEOUT_S} s"}
    wall = time.perf_counter() - started
    match = _LINE.search(done.stdout) or _LINE.search(done.stderr)
    if not match:
        tail = (done.stderr.strip().splitlines() or [""])[-1]
        return {"error": f"exit {done.returncode}, no first-paint line ({tail[:160]})"}
    return {"startup_s": float(match.group(1)), "rss_mb": float(match.group(2)),
            "process_s": round(wall, 3)}


def measure(db: Path, runs: int = 3, log=print) -> dict:
    """Median start-up time and RSS at first paint over ``runs`` launches."""
    methods = [
        ("stand-in event filter", [sys.executable, str(Path(__file__).resolve()), "--child",
                                   str(db)], {}),
    ]
    for name, command, extra in methods:
        samples = []
        for _ in range(runs):
            result = _launch(command, {**_env(), **extra})
            if result is None or "error" in result:
                log(f"  start-up via {name}: {result['error'] if result else 'failed'}")
                break
            samples.append(result)
        if samples:
            outcome = {
                "method": name,
                "startup_s": round(statistics.median(s["startup_s"] for s in samples), 3),
                "rss_mb": round(statistics.median(s["rss_mb"] for s in samples), 1),
                "process_s": round(statistics.median(s["process_s"] for s in samples), 3),
                "runs": len(samples),
            }
            log(f"  start-up via {name}: {outcome['startup_s']} s to first paint, "
                f"{outcome['rss_mb']} MB RSS")
            return outcome
    return {"method": None, "startup_s": None, "rss_mb": None}


def _child(db: Path) -> int:
    """Run the real GUI entry point and leave right after its first painted frame."""
    t0 = float(os.environ.get(_T0_ENV, time.time()))
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([sys.argv[0]])

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                    and watched.window().isVisible()):
                elapsed = time.time() - t0
                app.removeEventFilter(self)
                # After this paint is delivered: the frame is complete.
                QTimer.singleShot(0, lambda: _finish(elapsed))
            return False

    def _finish(elapsed: float) -> None:
        print(f"TIMELINE_FIRST_PAINT elapsed_s={elapsed:.3f} rss_mb={_rss_mb():.1f}", flush=True)
        os._exit(0)  # skip teardown: it is not part of start-up

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    try:
        from timeline_app.ui.app import run_gui
    except ImportError as exc:
        print(f"the window is not available yet: {exc}", file=sys.stderr)
        return 2
    return int(run_gui(db) or 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time Timeline's start-up to first paint.")
    parser.add_argument("--db", type=Path, help="database to open (e.g. 100,000 events)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=Path, metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child)
    if not args.db:
        parser.error("--db is required")
    result = measure(args.db, args.runs)
    return 0 if result.get("startup_s") is not None else 1


if __name__ == "__main__":
    sys.exit(main())
