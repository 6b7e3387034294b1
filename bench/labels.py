"""Benchmark: how many marks carry a label at Fit.

Two measurements, read from the canvas's own layout (not from pixels):

- the bundled seeds in the main window at 1400x900, pressing Fit;
- a synthetic 300-event archive (bench/canvas.py's columns: 4 kinds over
  25 years) on a canvas 1400 px wide, by kind and by organisation.

For each it prints the marks drawn one by one, how many are labelled (and
how many of those shortened with an ellipsis), and, for lanes too crowded
for single marks, how many counted clusters are worded ("3 walkouts").

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/labels.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PySide6.QtWidgets import QApplication  # noqa: E402

from canvas import synthetic_columns  # noqa: E402
from timeline_app.core.timeline_data import TimelineData  # noqa: E402
from timeline_app.ui.canvas import TimelineCanvas  # noqa: E402


def frame_share(canvas: TimelineCanvas) -> dict:
    """Marks drawn, labelled and shortened (by the layout, not just capped at
    the widest label); clusters and worded clusters."""
    frame = canvas.frame()
    drawn = sum(len(lane.index) for lane in frame.events.values())
    labelled = sum(lane.labelled_count for lane in frame.events.values())
    whole = canvas._text.label_text  # the text a label has when nothing is cut
    shortened = sum(sum(bool(text) and text != whole(int(i))
                        for i, text in zip(lane.index, lane.label_text))
                    for lane in frame.events.values())
    clusters = sum(int((lane.counts > 1).sum()) for lane in frame.clusters.values())
    worded = sum(len(lane.worded.bucket) for lane in frame.clusters.values()
                 if lane.worded is not None)
    return {"marks": drawn, "labelled": labelled, "shortened": shortened,
            "share": round(labelled / drawn, 3) if drawn else 1.0,
            "clusters": clusters, "worded_clusters": worded}


def seeds_at_fit(width: int = 1400, height: int = 900) -> dict:
    """The seeds in a real main window, Fit pressed; the shelf's chips count as labelled."""
    from timeline_app.core.importing import import_seeds_if_empty
    from timeline_app.core.store import Store
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.tasks import TaskRunner

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(os.path.join(folder, "seeds.db"))
        import_seeds_if_empty(store)
        window = MainWindow(store, runner=TaskRunner(synchronous=True))
        window.resize(width, height)
        window.show()
        QApplication.processEvents()
        canvas = window.view.canvas
        canvas.fit_all()
        result = frame_share(canvas)
        chips = len(canvas._view.shelf(canvas.width(), canvas.height()).chips)
        result["undated_chips"] = chips
        result["all_marks"] = result["marks"] + chips
        result["all_labelled"] = result["labelled"] + chips
        result["canvas_px"] = [canvas.width(), canvas.height()]
        window.close()
        store.close()
    return result


def archive_at_fit(events: int = 300, width: int = 1400, height: int = 700,
                   lane_mode: str = "kind") -> dict:
    """A synthetic archive on a bare canvas ``width`` px wide, Fit pressed."""
    canvas = TimelineCanvas()
    canvas.resize(width, height)
    canvas.set_lane_mode(lane_mode)
    canvas.set_data(TimelineData.from_columns(**synthetic_columns(events)))
    canvas.fit_all()
    result = frame_share(canvas)
    result["canvas_px"] = [width, height]
    return result


def run() -> dict:
    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps Qt alive)
    return {"seeds_1400x900": seeds_at_fit(),
            "archive_300_by_kind": archive_at_fit(),
            "archive_300_by_organisation": archive_at_fit(lane_mode="organisation")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    result = run()
    if parser.parse_args().json:
        print(json.dumps(result, indent=2))
        return
    for name, figures in result.items():
        line = (f"{name:30} {figures['labelled']}/{figures['marks']} marks labelled "
                f"({figures['share']:.0%}), {figures['shortened']} shortened")
        if "all_marks" in figures:
            line += (f"; with the undated shelf {figures['all_labelled']}/"
                     f"{figures['all_marks']}")
        if figures["clusters"]:
            line += f"; {figures['worded_clusters']}/{figures['clusters']} clusters worded"
        print(line)


if __name__ == "__main__":
    main()
