"""How long a collection of events without documents ("loose" events) takes to import.

Each loose event is checked against those already stored (so the same file
imported twice adds nothing); without an index that answers the check, the
import grew with the square of its size and held the write lock throughout.

``python bench/loose_events.py 20000 40000`` prints, per size, the seconds
of a first import into an empty database and of a second, all-duplicate one.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from timeline_app.core.collection import import_collection_file  # noqa: E402
from timeline_app.core.export.json_export import write_json  # noqa: E402
from timeline_app.core.filters import EventFilter  # noqa: E402
from timeline_app.core.store import Store  # noqa: E402

KINDS = ("protest", "walkout", "letter", "strike", "other")


def loose_event(index: int) -> dict:
    """One hand-added event with no document, distinct per ``index``."""
    year = 1960 + index % 60
    return {
        "document_id": None, "main": False, "title": f"Rally number {index} by hand",
        "kind": KINDS[index % len(KINDS)], "start": f"{year}-{1 + index % 12:02d}-01",
        "end": None, "precision": "month", "time": None, "evidence": None,
        "evidence_start": None, "evidence_end": None, "confidence": 1.0,
        "field_confidence": {}, "user_edited": True, "note": "", "tags": [],
        "edited_fields": [],
    }


def write_collection_file(folder: Path, n: int) -> Path:
    """A collection file of ``n`` loose events, written by our own JSON export."""
    with Store.open(folder / f"source-{n}.db") as source:
        with source.write_transaction():
            for index in range(n):
                source.insert_collection_event(loose_event(index), None)
        out = io.BytesIO()
        write_json(source, EventFilter(), out)
    path = folder / f"loose-{n}.json"
    path.write_bytes(out.getvalue())
    return path


def time_import(folder: Path, n: int) -> dict:
    collection = write_collection_file(folder, n)
    timings: dict = {"events": n}
    with Store.open(folder / f"target-{n}.db") as target:
        for run in ("first", "again"):
            started = time.perf_counter()
            result = import_collection_file(target, collection, max_bytes=1 << 30)
            timings[f"{run}_s"] = round(time.perf_counter() - started, 2)
            timings[f"{run}_result"] = result.reason or result.status
    return timings


def main(argv: list[str]) -> int:
    sizes = [int(a.replace("_", "")) for a in argv] or [20_000, 40_000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            print(time_import(Path(tmp), n), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
