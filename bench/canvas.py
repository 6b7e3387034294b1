"""Benchmark: timeline canvas repaint and first-frame times, data memory.

Renders offscreen (QImage 1400x600) at several zoom levels, panning at each,
for 100,000 and 1,000,000 synthetic events over 25 years in 4 lanes, and
reports p50/p95 repaint time, data -> first frame time and the memory the
canvas's own data takes.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/canvas.py [--quick] [--json]

``run(quick=False) -> dict`` is the entry point bench/run.py calls.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
import tracemalloc
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.core.partial_dates import date_to_days  # noqa: E402
from timeline_app.core.timeline_data import TimelineData  # noqa: E402
from timeline_app.ui.canvas import TimelineCanvas  # noqa: E402

WIDTH, HEIGHT = 1400, 600
YEARS = 25
#: Visible spans (days) the repaint figures cover: whole range down to hours.
ZOOM_SPANS = {"25 years": None, "5 years": 5 * 365.25, "1 year": 365.25, "3 months": 91.0,
              "1 month": 30.0, "1 week": 7.0, "1 day": 1.0, "3 hours": 0.125}
KIND_NAMES = ["walkout", "campaign", "letter", "protest"]


def synthetic_columns(n: int, seed: int = 7, all_orgs: bool = False) -> dict:
    """Columns as the store would hand them over: 4 kinds, 25 years from
    2000, 8% ranges (campaigns of 1-4 months), 10% month and 4% year
    precision, 0.5% undated. With ``all_orgs`` also the joined organisations
    (a third of the events with a second one), for lanes by organisation."""
    rng = np.random.default_rng(seed)
    first = date_to_days(date(2000, 1, 1))
    starts = np.floor(rng.uniform(first, first + YEARS * 365.25, n))
    ends = starts + 1
    precisions = np.full(n, "day", dtype=object)
    roll = rng.random(n)
    ranged = roll < 0.08
    ends[ranged] += rng.integers(30, 120, ranged.sum())
    month = (roll >= 0.08) & (roll < 0.18)
    precisions[month] = "month"
    ends[month] = starts[month] + 30
    year = (roll >= 0.18) & (roll < 0.22)
    precisions[year] = "year"
    ends[year] = starts[year] + 365
    undated = roll > 0.995
    starts_list = starts.tolist()
    ends_list = ends.tolist()
    for i in np.flatnonzero(undated).tolist():
        starts_list[i] = ends_list[i] = None
    orgs = [f"Union {k}" for k in range(40)]
    org_pick = rng.integers(0, len(orgs) + 1, n)
    columns = {
        "ids": list(range(1, n + 1)),
        "titles": [f"Event {i} at campus {i % 97}" for i in range(n)],
        "kinds": [KIND_NAMES[k] for k in rng.integers(0, 4, n).tolist()],
        "starts": starts_list,
        "ends": ends_list,
        "precisions": precisions.tolist(),
        "lanes_org": [orgs[k] if k < len(orgs) else None for k in org_pick.tolist()],
    }
    if all_orgs:
        second = rng.integers(0, len(orgs), n).tolist()
        columns["orgs"] = [
            "" if org is None else org if i % 3 or orgs[j] == org else "; ".join(
                sorted((org, orgs[j]))) for i, (org, j) in enumerate(zip(
                    columns["lanes_org"], second, strict=True))]
        columns["lanes_org"] = [o.split("; ")[0] or None for o in columns["orgs"]]
    return columns


def _percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def measure(n: int, pans: int, lane_mode: str = "kind") -> dict:
    """Build, first frame and repaint timings for ``n`` events."""
    columns = synthetic_columns(n, all_orgs=lane_mode == "organisation")
    canvas = TimelineCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.set_lane_mode(lane_mode)
    gc.collect()
    t0 = time.perf_counter()
    data = TimelineData.from_columns(**columns)
    t1 = time.perf_counter()
    canvas.set_data(data)
    canvas.render_to_image(WIDTH, HEIGHT)
    t2 = time.perf_counter()

    extent = data.extent()
    middle = (extent[0] + extent[1]) / 2
    per_level: dict[str, float] = {}
    all_ms: list[float] = []
    for name, span in ZOOM_SPANS.items():
        if span is None:
            canvas.fit_all()
        else:
            canvas.set_visible_range(middle - span / 2, middle + span / 2)
        level_ms = []
        for step in range(pans + 1):
            if step:
                canvas.pan_by_pixels(-WIDTH * 0.05)  # content moves left: later in time
            t = time.perf_counter()
            canvas.render_to_image(WIDTH, HEIGHT)
            level_ms.append((time.perf_counter() - t) * 1000)
        per_level[name] = float(np.median(level_ms))
        all_ms.extend(level_ms)
    return {
        "build_ms": (t1 - t0) * 1000,
        "first_frame_ms": (t2 - t0) * 1000,
        "paint_ms_p50": _percentile(all_ms, 50),
        "paint_ms_p95": _percentile(all_ms, 95),
        "paint_ms_max": max(all_ms),
        "frames": len(all_ms),
        "per_level_ms": per_level,
        "array_mb": data.nbytes() / 1e6,
    }


def data_memory_mb(n: int) -> tuple[float, float]:
    """(retained, peak) MB that building the data allocates, measured with
    tracemalloc (numpy reports its buffers to it). Input columns are made
    first and not counted; title strings belong to the caller and are shared."""
    columns = synthetic_columns(n)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    data = TimelineData.from_columns(**columns)
    data.locate(1)  # the id index the selection builds lazily
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del data
    return (current - base) / 1e6, (peak - base) / 1e6


def run(quick: bool = False) -> dict:
    """Run the benchmark; returns figures (ms, MB) keyed for bench/run.py."""
    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps Qt alive)
    pans = 4 if quick else 12
    small = measure(100_000, pans)
    large = measure(1_000_000, 2 if quick else 6)
    retained, peak = data_memory_mb(1_000_000)
    return {
        "paint_ms_p50_100k": round(small["paint_ms_p50"], 2),
        "paint_ms_p95_100k": round(small["paint_ms_p95"], 2),
        "paint_ms_p50_1m": round(large["paint_ms_p50"], 2),
        "paint_ms_p95_1m": round(large["paint_ms_p95"], 2),
        "first_frame_ms_100k": round(small["first_frame_ms"], 1),
        "first_frame_ms_1m": round(large["first_frame_ms"], 1),
        "build_ms_100k": round(small["build_ms"], 1),
        "build_ms_1m": round(large["build_ms"], 1),
        "canvas_data_mb_1m": round(retained, 1),
        "canvas_data_peak_mb_1m": round(peak, 1),
        "frames_100k": small["frames"],
        "frames_1m": large["frames"],
        "per_level_ms_100k": {k: round(v, 2) for k, v in small["per_level_ms"].items()},
        "per_level_ms_1m": {k: round(v, 2) for k, v in large["per_level_ms"].items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer pans per zoom level")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--org-lanes", action="store_true",
                        help="only 100,000 events in lanes by organisation, a third in two lanes")
    args = parser.parse_args()
    if args.org_lanes:
        app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps Qt alive)
        figures = measure(100_000, 4 if args.quick else 12, "organisation")
        print(f"lanes by organisation, 100k: first frame {figures['first_frame_ms']:.1f} ms, "
              f"repaint p50 {figures['paint_ms_p50']:.2f} ms, p95 {figures['paint_ms_p95']:.2f} ms")
        return
    result = run(quick=args.quick)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"canvas {WIDTH}x{HEIGHT}, {YEARS} years, 4 lanes")
    print(f"{'':24}{'100k':>10}{'1M':>10}")
    for label, a, b in (
        ("build data (ms)", result["build_ms_100k"], result["build_ms_1m"]),
        ("data -> first frame (ms)", result["first_frame_ms_100k"], result["first_frame_ms_1m"]),
        ("repaint p50 (ms)", result["paint_ms_p50_100k"], result["paint_ms_p50_1m"]),
        ("repaint p95 (ms)", result["paint_ms_p95_100k"], result["paint_ms_p95_1m"]),
    ):
        print(f"{label:24}{a:>10}{b:>10}")
    print(f"canvas data, 1M: {result['canvas_data_mb_1m']} MB retained, "
          f"{result['canvas_data_peak_mb_1m']} MB peak while building")
    print("median repaint per zoom level (ms):")
    for name in ZOOM_SPANS:
        print(f"  {name:10}{result['per_level_ms_100k'][name]:>10}{result['per_level_ms_1m'][name]:>10}")


if __name__ == "__main__":
    main()
