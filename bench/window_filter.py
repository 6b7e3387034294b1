"""A filter change in the real window, from the filter to the repainted canvas and list.

``python bench/window_filter.py --events 1000000 [--db KEEP.db] [--repeats 10]``
builds an event database with ``bench/filters.py`` (or reuses ``--db``), opens
the main window offscreen and, for each filter a person reaches for first,
applies it through the filter pane (the path a click takes), then repaints
the canvas and the event list. Each change starts from the cleared filter,
and clearing is timed too. The search box's typing delay (``SEARCH_DELAY_MS``)
is a deliberate pause, not work, and is left out.

``--clock cpu`` times with this process's CPU time instead of the wall
clock: on a machine shared with other work, the wall clock also counts the
time other processes had the cores, which says nothing about this code
(on an idle machine the two agree, as the window's work is all in-process).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HERE = Path(__file__).resolve().parent
for folder in (_HERE, _HERE.parent / "src"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from filters import benchmark_filters, build_event_db  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.core.filters import EventFilter  # noqa: E402
from timeline_app.core.store import Store  # noqa: E402


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_window_filters(db: Path, repeats: int, settings_dir: Path,
                        clock=time.perf_counter) -> list[tuple[str, int, float, float]]:
    """(filter, events shown, p50 ms, p95 ms) for each filter and for clearing."""
    app = QApplication.instance() or QApplication([])
    from timeline_app.ui.main_window import MainWindow

    settings = QSettings(str(settings_dir / "bench.ini"), QSettings.Format.IniFormat)
    store = Store.open(db)
    window = MainWindow(store, settings=settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    pane = window.filter_pane

    def change(event_filter: EventFilter) -> float:
        started = clock()
        pane.set_filter(event_filter)
        window.canvas.repaint()
        window.table.viewport().repaint()
        app.processEvents()
        return (clock() - started) * 1000

    results = []
    cleared: list[float] = []
    for name, event_filter in benchmark_filters(store).items():
        times = []
        for _ in range(repeats):
            times.append(change(event_filter))
            shown = len(window.columns)
            cleared.append(change(EventFilter()))
        results.append((name, shown, _percentile(times, 0.5), _percentile(times, 0.95)))
    results.append(("cleared (every event)", len(window.columns),
                    _percentile(cleared, 0.5), _percentile(cleared, 0.95)))
    window.close()
    store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--db", type=Path, help="keep (or reuse) the database here")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall clock (default) or this process's CPU time (a shared machine)")
    args = parser.parse_args(argv)
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "events.db"
        if not db.exists():
            build_event_db(db, args.events)
        rows = time_window_filters(db, args.repeats, Path(tmp), clock)
    print(f"{'filter':32s} {'shown':>9s} {'p50 ms':>8s} {'p95 ms':>8s}")
    for name, shown, p50, p95 in rows:
        print(f"{name:32s} {shown:9,d} {p50:8.1f} {p95:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
