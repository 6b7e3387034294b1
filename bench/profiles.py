"""Profiles and the "go to" box at scale: the largest organisation of 100,000 events.

Builds the filter benchmark's archive (``filters.build_event_db``: Zipf-skewed
organisations, so the largest one has about a sixth of all events), adds
people named in a third of the events and the documents' own links, then
times what the window does:

- ``load_profile`` for the largest organisation and for a busy person
  (target: < 100 ms);
- ``go_to`` once per keystroke while typing a few queries, the name index
  built once as the box does when it opens (target: < 30 ms per keystroke).

``python bench/profiles.py [--events 100000] [--repeats 15] [--db PATH]``
prints medians and p95s in milliseconds as JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

_SRC = Path(__file__).resolve().parents[1] / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

from filters import build_event_db  # noqa: E402

from timeline_app.core.goto import NameIndex, go_to  # noqa: E402
from timeline_app.core.profiles import load_profile  # noqa: E402
from timeline_app.core.store import Store, normalise_name  # noqa: E402

PEOPLE = 2_000
TYPED = ("National Union 1", "U12", "Univeristy", "solidarity", "pensions pick",
         "Person 17", "Free Union 250 of Tenants")


def add_people_and_document_links(path: Path, seed: int = 2) -> None:
    """People in a third of the events (Zipf-skewed), and document links for all."""
    rng = random.Random(seed)
    with Store.open(path) as store:
        conn = store.db.conn
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO people (id, name, key, role) VALUES (?, ?, ?, ?)",
            [(i, f"Person {i} Example", normalise_name(f"Person {i} Example"),
              rng.choice(["president", "officer", "organiser", None])) for i in range(1, PEOPLE + 1)])
        event_count = conn.execute("SELECT max(id) FROM events").fetchone()[0]
        weights = [1 / (rank + 1) for rank in range(PEOPLE)]
        chosen = rng.sample(range(1, event_count + 1), event_count // 3)
        people = rng.choices(range(1, PEOPLE + 1), weights=weights, k=len(chosen))
        conn.executemany("INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)",
                         list(zip(chosen, people, strict=True)))
        conn.execute("INSERT OR IGNORE INTO document_organisations (document_id, organisation_id)"
                     " SELECT e.document_id, l.organisation_id FROM event_organisations l"
                     " JOIN events e ON e.id = l.event_id")
        conn.execute("INSERT OR IGNORE INTO document_people (document_id, person_id)"
                     " SELECT e.document_id, l.person_id FROM event_people l"
                     " JOIN events e ON e.id = l.event_id")
        conn.execute("UPDATE documents SET published = printf('%04d-%02d-01', 1990 + id % 36,"
                     " 1 + id % 12)")
        conn.execute("COMMIT")
        conn.execute("ANALYZE")


def _summary(times: list[float]) -> dict:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered), 2),
            "p95_ms": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 2)}


def _timed(fn, repeats: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of ``repeats`` calls (after one warming call).

    On a shared machine the CPU time of this process is the steadier figure;
    on an idle one the two agree.
    """
    fn()
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def _cold_ms(path: Path, kind: str, entity_id: int) -> dict:
    """The first profile after opening the database (its arrays read too)."""
    with Store.open(path, readonly=True) as store:
        started, started_cpu = time.perf_counter(), time.process_time()
        load_profile(store, kind, entity_id)
        return {"wall_ms": round((time.perf_counter() - started) * 1000, 1),
                "cpu_ms": round((time.process_time() - started_cpu) * 1000, 1)}


def measure(path: Path, repeats: int) -> dict:
    with Store.open(path, readonly=True) as store:
        biggest, events = store.db.execute(
            "SELECT organisation_id, count(*) FROM event_organisations GROUP BY 1"
            " ORDER BY 2 DESC LIMIT 1").fetchone()
        person = store.db.execute("SELECT person_id FROM event_people GROUP BY 1"
                                  " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        org_wall, org_cpu = _timed(lambda: load_profile(store, "organisation", biggest), repeats)
        person_wall, person_cpu = _timed(lambda: load_profile(store, "person", person), repeats)
        started = time.perf_counter()
        names = NameIndex.build(store)
        index_ms = (time.perf_counter() - started) * 1000
        keystrokes: list[float] = []
        keystrokes_cpu: list[float] = []
        for typed in TYPED:
            for end in range(1, len(typed) + 1):
                started, started_cpu = time.perf_counter(), time.process_time()
                go_to(store, typed[:end], names)
                keystrokes.append((time.perf_counter() - started) * 1000)
                keystrokes_cpu.append((time.process_time() - started_cpu) * 1000)
        return {
            "events": store.event_count(), "largest_organisation_events": events,
            "profile_largest_organisation": _summary(org_wall),
            "profile_largest_organisation_cpu": _summary(org_cpu),
            "profile_largest_organisation_first_ms": _cold_ms(path, "organisation", biggest),
            "profile_busiest_person": _summary(person_wall),
            "profile_busiest_person_cpu": _summary(person_cpu),
            "goto_name_index_build_ms": round(index_ms, 1), "goto_names": len(names),
            "goto_keystroke": {**_summary(keystrokes), "max_ms": round(max(keystrokes), 2),
                               "keystrokes": len(keystrokes)},
            "goto_keystroke_cpu": {**_summary(keystrokes_cpu),
                                   "max_ms": round(max(keystrokes_cpu), 2)},
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--db", type=Path, help="build (or reuse, with --reuse) this file")
    parser.add_argument("--reuse", action="store_true", help="time an already built --db")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="timeline-profiles-")) / "profiles.db"
    if not (args.reuse and path.exists()):
        build_event_db(path, args.events)
        add_people_and_document_links(path)
    print(json.dumps(measure(path, args.repeats), indent=2))


if __name__ == "__main__":
    main()
