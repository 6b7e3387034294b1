"""Benchmark: the network view at 2,000 nodes and 20,000 edges.

Reports the first layout (igraph Fruchterman-Reingold, ``core.network_layout``)
as the median of a few runs, the time to hand the laid-out network to the
view (``NetworkCanvas.set_network``: building its paths), and the repaint
time p50/p95 over a walk of pans and zooms (fit, zoomed in 2x to 30x, zoomed
out), offscreen at 1400 x 800, and the median time of the sharp redraw of
the cached picture that follows a pause in a gesture (off the measured frames:
it runs once the view has been still for 180 ms). The network is synthetic: node sizes and
degrees heavy-tailed like a real archive's (a few unions everywhere, most
groups with a handful of partners).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/network.py [--quick] [--json]

``run(quick=False) -> dict`` is the entry point for a combined runner.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))

import numpy as np  # noqa: E402
from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.core.network import Network  # noqa: E402
from timeline_app.core.network_layout import layout_network  # noqa: E402
from timeline_app.ui.network_canvas import NetworkCanvas  # noqa: E402

WIDTH, HEIGHT = 1400, 800


def synthetic_network(nodes: int = 2000, edges: int = 20000, seed: int = 11) -> Network:
    """Distinct random pairs, one end chosen in proportion to a Zipf-like weight."""
    rng = np.random.default_rng(seed)
    pull = 1.0 / np.arange(1, nodes + 1) ** 0.8
    pull /= pull.sum()
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < edges:
        a = rng.choice(nodes, size=edges, p=pull)
        b = rng.integers(0, nodes, size=edges)
        for x, y in zip(a.tolist(), b.tolist(), strict=True):
            if x != y and len(pairs) < edges:
                pairs.add((min(x, y), max(x, y)))
    chosen = np.array(sorted(pairs), dtype=np.int64)
    weights = np.minimum(rng.zipf(2.0, size=edges), 200).astype(np.int64)
    degree = np.bincount(chosen.ravel(), minlength=nodes)
    events = np.maximum(degree // 2, 1).astype(np.int64)
    order = np.argsort(-events, kind="stable")
    rank = np.empty(nodes, dtype=np.int64)
    rank[order] = np.arange(nodes)
    return Network(np.zeros(nodes, dtype=np.int8), np.arange(1, nodes + 1, dtype=np.int64),
                   tuple(f"Organisation {i}" for i in range(nodes)), events[order],
                   rank[chosen[:, 0]], rank[chosen[:, 1]], weights)


def _median_seconds(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _repaint_walk(canvas: NetworkCanvas, app: QApplication,
                  steps: int) -> tuple[list[float], list[float]]:
    """Milliseconds per repaint over pans at several zoom levels, and per
    sharp redraw when a gesture pauses (one per zoom level)."""
    times, settles = [], []
    centre = QPointF(WIDTH / 2, HEIGHT / 2)
    for zoom in (1.0, 2.0, 5.0, 30.0, 0.5):
        canvas.fit()
        canvas.zoom_by(zoom, centre)
        start = time.perf_counter()
        canvas.sharpen()
        settles.append((time.perf_counter() - start) * 1000)
        for step in range(steps):
            canvas.pan_by(17 if step % 2 else -13, 9 if step % 3 else -11)
            start = time.perf_counter()
            canvas.repaint()
            times.append((time.perf_counter() - start) * 1000)
            app.processEvents()
        canvas.zoom_by(1.1, centre)  # a wheel step: the picture scaled until it settles
        start = time.perf_counter()
        canvas.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times, settles


def run(quick: bool = False) -> dict:
    app = QApplication.instance() or QApplication(["bench"])
    network = synthetic_network()
    layout_s, positions = _median_seconds(lambda: layout_network(network), 1 if quick else 3)
    canvas = NetworkCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    app.processEvents()
    build_s, _ = _median_seconds(lambda: canvas.set_network(network, positions), 3)
    times, settles = _repaint_walk(canvas, app, 10 if quick else 40)
    times.sort()
    canvas.close()
    return {
        "nodes": network.node_count, "edges": network.edge_count,
        "first_layout_s": round(layout_s, 3),
        "set_network_ms": round(build_s * 1000, 1),
        "repaint_p50_ms": round(times[len(times) // 2], 2),
        "repaint_p95_ms": round(times[int(len(times) * 0.95)], 2),
        "repaints": len(times),
        "sharp_redraw_median_ms": round(statistics.median(settles), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = run(args.quick)
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>16}: {value}")


if __name__ == "__main__":
    main()
