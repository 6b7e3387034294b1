"""Filter latency at scale: a large event database built fast, then timed filters.

``build_event_db(path, n_events)`` writes rows straight into the schema with
``executemany`` (running extraction for 100,000 events would take minutes and
measure the wrong thing). ``time_filters(path)`` then times what the window
does on every filter change: ``Store.timeline_columns(filter)`` followed by
``TimelineData.from_columns(...)``, reporting p50/p95 per filter.

``python bench/filters.py [--events 100000] [--repeats 20] [--profile]``
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_SRC = Path(__file__).resolve().parents[1] / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

from timeline_app.core.filters import EventFilter  # noqa: E402
from timeline_app.core.models import KINDS, PRECISIONS  # noqa: E402
#: The movement's kinds (background "context" events are hidden in the window).
ACTION_KINDS = tuple(k for k in KINDS if k != "context")
from timeline_app.core.store import Store, normalise_name  # noqa: E402

EVENTS_PER_DOCUMENT = 4
ORGANISATIONS = 300
#: 1990-01-01 and 2026-12-31 as day numbers since 1970-01-01.
FIRST_DAY, LAST_DAY = 7305, 20819
#: Everyday words fill most of a document; topical words are rarer, so a
#: search for one of them matches a realistic few percent of documents.
_COMMON = ("the of and to in a that for on with students staff union said will members "
           "university council officers college week national campaign action").split()
_TOPICAL = ("walkout letter protest strike occupation petition vote solidarity migrants fees "
            "rent pensions climate library nursery housing motion march picket refugees "
            "bursaries cleaners contracts divestment visas racism gaza brexit austerity "
            "sanctuary ballot lecturers tenants evictions hashtag disaffiliation").split()
_WORDS = _COMMON + _TOPICAL


def _org_names(rng: random.Random) -> list[tuple[str, str]]:
    names = []
    for i in range(ORGANISATIONS):
        name = f"{rng.choice(['National', 'Regional', 'City', 'Free'])} Union {i} of " \
               f"{rng.choice(['Students', 'Workers', 'Tenants', 'Teachers'])}"
        names.append((name, f"U{i}"))
    return names


def build_event_db(path: str | Path, n_events: int = 100_000, seed: int = 1) -> Path:
    """A migrated Timeline database holding ``n_events`` plausible events.

    Organisations follow a skewed (Zipf-like) popularity so that filtering
    by the biggest one is a realistic worst case; ~5% of events are undated.
    """
    path = Path(path)
    if path.exists():
        path.unlink()
    rng = random.Random(seed)
    n_docs = max(1, n_events // EVENTS_PER_DOCUMENT)
    orgs = _org_names(rng)
    weights = [1 / (rank + 1) for rank in range(len(orgs))]
    with Store.open(path) as store:
        conn = store.db.conn
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO organisations (id, name, key, acronym, aliases) VALUES (?, ?, ?, ?, '[]')",
            [(i + 1, name, normalise_name(name), acr) for i, (name, acr) in enumerate(orgs)],
        )
        docs = []
        for d in range(1, n_docs + 1):
            words = " ".join(rng.choices(_COMMON, k=60) + rng.choices(_TOPICAL, k=3))
            docs.append((d, f"hash{d}", f"Document {d} about {rng.choice(_WORDS)}",
                         "txt", words, "2025-01-01T00:00:00+00:00"))
        conn.executemany(
            "INSERT INTO documents (id, content_hash, title, format, text, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?)", docs)
        events = []
        links = []
        for e in range(1, n_events + 1):
            kind = rng.choice(ACTION_KINDS)
            doc = (e - 1) // EVENTS_PER_DOCUMENT + 1
            if rng.random() < 0.05:
                start = end = year = None
                precision = "unknown"
            else:
                precision = rng.choices(PRECISIONS[:4], weights=[70, 15, 12, 3])[0]
                start = float(rng.randrange(FIRST_DAY, LAST_DAY))
                end = start + {"day": 1, "month": 30, "year": 365, "approximate": 365}[precision]
                year = 1970 + int(start // 365.2425)
            events.append((e, doc, int((e - 1) % EVENTS_PER_DOCUMENT == 0),
                           f"{kind.title()} over {rng.choice(_WORDS)} ({e})", kind, precision,
                           start, end, year))
            for org in set(rng.choices(range(1, len(orgs) + 1), weights=weights,
                                       k=rng.randint(1, 2))):
                links.append((e, org))
        conn.executemany(
            "INSERT INTO events (id, document_id, main, title, kind, precision, t_start, t_end,"
            " year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
        conn.executemany(
            "INSERT INTO event_organisations (event_id, organisation_id) VALUES (?, ?)", links)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    return path


@dataclass
class FilterTiming:
    name: str
    matched: int
    p50_ms: float
    p95_ms: float
    query_share: float  # of the time, the part spent in timeline_columns (SQL + lists)
    ids_p50_ms: float  # the window's path: matching ids + a numpy mask over loaded columns
    ids_p95_ms: float

    def as_dict(self) -> dict:
        return {"name": self.name, "matched": self.matched, "p50_ms": round(self.p50_ms, 2),
                "p95_ms": round(self.p95_ms, 2), "query_share": round(self.query_share, 2),
                "ids_p50_ms": round(self.ids_p50_ms, 2), "ids_p95_ms": round(self.ids_p95_ms, 2)}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _timeline_data_class():
    try:
        from timeline_app.core.timeline_data import TimelineData
    except ImportError:
        return None
    return TimelineData


def _event_columns_class():
    """The main window's filter path, if the column cache is there."""
    try:
        from timeline_app.core.event_columns import EventColumns
    except ImportError:
        return None
    return EventColumns


def benchmark_filters(store: Store) -> dict[str, EventFilter]:
    """The filters a person reaches for first, on this database's own values."""
    biggest = store.db.execute(
        "SELECT organisation_id FROM event_organisations GROUP BY organisation_id"
        " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    typical = store.db.execute(
        "SELECT organisation_id FROM event_organisations GROUP BY organisation_id"
        " ORDER BY count(*) DESC LIMIT 1 OFFSET 20").fetchone()
    return {
        "organisation (largest)": EventFilter(organisation_ids=(int(biggest),)),
        "organisation (typical)": EventFilter(organisation_ids=(int(typical[0]),)
                                              if typical else (int(biggest),)),
        "year 2015-2016": EventFilter(year_from=2015, year_to=2016),
        "kind walkout": EventFilter(kinds=("walkout",)),
        "text 'solidarity'": EventFilter(text="solidarity"),
        "text 'pensions picket'": EventFilter(text="pensions picket"),
    }


def time_filters(path: str | Path, repeats: int = 20, include_all: bool = True) -> list[FilterTiming]:
    """p50/p95 of timeline_columns + TimelineData.from_columns for each filter.

    Also times the path the main window takes (``core.event_columns.EventColumns``:
    every event's columns loaded once, SQL asked only for the matching ids,
    unordered, as one int array (``Store.matching_event_id_array``), rows
    picked with numpy, then ``EventColumns.timeline_data`` from the codes);
    without the window module, the bare ids + mask part of it.
    ``bench/window_filter.py`` times the whole change in the real window.
    """
    timeline_data = _timeline_data_class()
    event_columns = _event_columns_class()
    results: list[FilterTiming] = []
    with Store.open(path, readonly=True) as store:
        all_ids = np.asarray(store.timeline_columns(EventFilter())["ids"], dtype=np.int64)
        loaded = event_columns.load(store) if event_columns is not None else None
        filters = benchmark_filters(store)
        if include_all:
            filters["no filter (everything)"] = EventFilter()
        for name, event_filter in filters.items():
            store.timeline_columns(event_filter)  # warm the page cache once
            totals, queries = [], []
            matched = 0
            for _ in range(repeats):
                started = time.perf_counter()
                columns = store.timeline_columns(event_filter)
                queried = time.perf_counter()
                if timeline_data is not None:
                    timeline_data.from_columns(**columns)
                finished = time.perf_counter()
                totals.append((finished - started) * 1000)
                queries.append((queried - started) * 1000)
                matched = len(columns["ids"])
            id_path = []
            for _ in range(repeats):
                started = time.perf_counter()
                if loaded is not None:
                    # The window's path: rows picked from the loaded columns,
                    # the canvas's arrays built from their codes.
                    _ = loaded.select(store, event_filter).timeline_data
                else:
                    wanted = store.matching_event_id_array(event_filter)
                    np.isin(all_ids, wanted, assume_unique=True)
                id_path.append((time.perf_counter() - started) * 1000)
            results.append(FilterTiming(name, matched, _percentile(totals, 0.5),
                                        _percentile(totals, 0.95),
                                        statistics.fmean(queries) / max(statistics.fmean(totals), 1e-9),
                                        _percentile(id_path, 0.5), _percentile(id_path, 0.95)))
    return results


def profile_filter(path: str | Path, event_filter: EventFilter, top: int = 12) -> str:
    """cProfile of one filter change: what dominates, for the report."""
    timeline_data = _timeline_data_class()
    with Store.open(path, readonly=True) as store:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(3):
            columns = store.timeline_columns(event_filter)
            if timeline_data is not None:
                timeline_data.from_columns(**columns)
        profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the timeline filters on a large database.")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--db", type=Path, help="keep the database here (default: a temp file)")
    parser.add_argument("--profile", action="store_true",
                        help="also print a cProfile of the slowest filter")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if _timeline_data_class() is None:
        print("note: timeline_app.core.timeline_data is missing; timing the store query only",
              file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "events.db"
        started = time.perf_counter()
        build_event_db(db, args.events)
        built = time.perf_counter() - started
        timings = time_filters(db, args.repeats)
        if args.json:
            print(json.dumps({"events": args.events, "build_s": round(built, 1),
                              "filters": [t.as_dict() for t in timings]}))
        else:
            print(f"{args.events:,} events (database built in {built:.1f} s)")
            for t in timings:
                print(f"  {t.name:<26} {t.matched:>8,} events  p50 {t.p50_ms:7.1f} ms"
                      f"  p95 {t.p95_ms:7.1f} ms  (query {t.query_share:.0%})"
                      f"  | window path p95 {t.ids_p95_ms:6.1f} ms")
        if args.profile:
            slowest = max((t for t in timings if not t.name.startswith("no filter")),
                          key=lambda t: t.p95_ms)
            with Store.open(db, readonly=True) as store:
                event_filter = {**benchmark_filters(store)}[slowest.name]
            print(f"profile of {slowest.name}:")
            print(profile_filter(db, event_filter))
    return 0


if __name__ == "__main__":
    sys.exit(main())
