"""Measure consolidation: how well reports are grouped, and what it costs an import.

Run:  PYTHONPATH=src /work/main/.venv/bin/python bench/consolidation.py [-n 10000]
          [--formats txt] [--seed 3] [--prefill 100000] [--jobs 1] [--folder DIR]
          [--misses N]
      PYTHONPATH=src /work/main/.venv/bin/python bench/consolidation.py --real [--split tune|tune2|tune3|hold3|test|all] [--groups]

``--real`` scores real public pages instead (``bench/consolidation_real.py``).

Writes the story corpus (``bench/corpus.py --stories``: several documents per
real-world event, distractors by the same organisation on nearby days),
imports it into a fresh database and scores the grouping of each
document's main event against the labelled story:

- pairwise precision/recall: of the document pairs put in one event, how
  many share a story; of the pairs sharing a story, how many were put together;
- B-cubed precision/recall (per document, averaged).

Cost: the time spent deciding where each mention goes (the candidate query,
the decisions lookup, the match, re-deriving a joined event's fields) is
timed inside the import and divided by the documents, and the whole import
is also timed with consolidation switched off (every mention a new event)
for comparison. ``--prefill N`` first stores N events spread over 1990–2026
(with their sources) so the candidate query runs against a large table, as
in the "1 ms per document at 100,000 stored events" target.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

from timeline_app.core.importing import import_paths  # noqa: E402
from timeline_app.core.models import KINDS  # noqa: E402
from timeline_app.core.partial_dates import stored_span  # noqa: E402
from timeline_app.core.store import Store  # noqa: E402
from timeline_app.core.store.consolidating_writes import ConsolidatingWrites  # noqa: E402
from timeline_app.core.store.document_targets import DocumentTargets  # noqa: E402
from timeline_app.core.store.event_sources import EventSourceRecords  # noqa: E402


def pairwise(truth: dict[str, int], predicted: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of ``predicted`` groups against ``truth``."""
    def pairs(groups: dict[str, int]) -> set[tuple[str, str]]:
        members: dict[int, list[str]] = defaultdict(list)
        for item, group in groups.items():
            members[group].append(item)
        return {tuple(sorted(p)) for m in members.values() for p in combinations(m, 2)}
    true_pairs, found = pairs(truth), pairs(predicted)
    both = len(true_pairs & found)
    return (both / len(found) if found else 1.0, both / len(true_pairs) if true_pairs else 1.0)


def b_cubed(truth: dict[str, int], predicted: dict[str, int]) -> tuple[float, float]:
    """B-cubed precision and recall, averaged over items."""
    by_truth: dict[int, set[str]] = defaultdict(set)
    by_pred: dict[int, set[str]] = defaultdict(set)
    for item in truth:
        by_truth[truth[item]].add(item)
        by_pred[predicted[item]].add(item)
    precision = statistics.fmean(
        len(by_pred[predicted[i]] & by_truth[truth[i]]) / len(by_pred[predicted[i]])
        for i in truth)
    recall = statistics.fmean(
        len(by_pred[predicted[i]] & by_truth[truth[i]]) / len(by_truth[truth[i]])
        for i in truth)
    return precision, recall


def prefill(store: Store, count: int, seed: int) -> None:
    """``count`` stored events (one document, one source each) spread over 1990–2026."""
    rng = random.Random(seed)
    words = "fees rent climate pay cuts housing borders library contracts".split()
    conn = store.db.conn
    conn.execute("BEGIN")
    conn.execute("INSERT INTO documents (id, content_hash, text, imported_at) VALUES "
                 "(1000000, 'prefill', 'prefill', '2024-01-01')")
    events, sources = [], []
    for i in range(1, count + 1):
        day = corpus._random_day(rng)
        start, kind = day.isoformat(), rng.choice(KINDS)
        t0, t1, year = stored_span(start, None, "day")
        title = f"Prefilled {kind} over {rng.choice(words)} {rng.choice(words)}"
        events.append((i, 1000000, title, kind, start, "day", t0, t1, year, title))
        sources.append((i, i, i, 1000000, f"prefill:{i}:{i}", title, kind, start, "day",
                        title, "2024-01-01", " ".join(sorted(set(title.lower().split())))))
    conn.executemany(
        "INSERT INTO events (id, document_id, title, kind, start, precision, t_start, t_end,"
        " year, evidence, source_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", events)
    conn.executemany(
        "INSERT INTO event_sources (id, event_id, mention_id, document_id, source_key, title,"
        " kind, start, precision, evidence, added_at, words)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        sources)
    conn.execute("COMMIT")


class _Timer:
    """Wraps the consolidation steps of the import path and adds up their time."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self.originals = {}

    def wrap(self, cls: type, name: str) -> None:
        original = getattr(cls, name)
        self.originals[(cls, name)] = original

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.calls += 1
        setattr(cls, name, timed)

    def restore(self) -> None:
        for (cls, name), original in self.originals.items():
            setattr(cls, name, original)


def _import(folder: Path, db: Path, jobs: int, prefilled: int, seed: int,
            consolidate: bool) -> tuple[Store, float, _Timer]:
    store = Store.open(db)
    if prefilled:
        prefill(store, prefilled, seed)
    timer = _Timer()
    if consolidate:
        timer.wrap(ConsolidatingWrites, "mention_target")
        timer.wrap(EventSourceRecords, "refresh_event_fields")
        timer.wrap(DocumentTargets, "document_target")
        timer.wrap(DocumentTargets, "pull_in_pages")
    else:
        original = ConsolidatingWrites.mention_target
        ConsolidatingWrites.mention_target = lambda *a, **k: None  # type: ignore[method-assign]
        timer.originals[(ConsolidatingWrites, "mention_target")] = original
    started = time.perf_counter()
    try:
        import_paths(store, [folder], workers=jobs, keep_results=False)
    finally:
        timer.restore()
    return store, time.perf_counter() - started, timer


def _groups(store: Store, folder: Path, labels: list[dict]) -> tuple[dict, dict]:
    """Truth and predicted group of every imported document's main event."""
    shown_of = {}
    for path, shown in store.db.execute(
            "SELECT d.path, coalesce(e.consolidated_into, e.id) FROM documents d"
            " JOIN events e ON e.document_id = d.id AND e.main = 1"):
        shown_of[Path(path).resolve()] = shown
    truth, predicted = {}, {}
    for label in labels:
        key = (folder / label["file"]).resolve()
        if key in shown_of and label["main"]["date"]:
            truth[label["file"]] = label["story"]
            predicted[label["file"]] = shown_of[key]
    return truth, predicted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=2000, help="documents (default 2000)")
    parser.add_argument("--formats", default="txt")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--prefill", type=int, default=0, help="events stored beforehand")
    parser.add_argument("--jobs", type=int, default=1, help="import worker processes")
    parser.add_argument("--folder", type=Path, help="keep the corpus here")
    parser.add_argument("--misses", type=int, default=0,
                        help="print this many missed pairs (same story, kept apart)")
    parser.add_argument("--real", action="store_true", help="score bench/real/events.json")
    parser.add_argument("--groups", action="store_true", help="with --real: list the groups")
    parser.add_argument("--split", choices=("tune", "tune2", "tune3", "hold3", "test", "all"), default="all",
                        help="with --real: the half of the pages to score (by event)")
    args = parser.parse_args(argv)
    if args.real:
        import consolidation_real
        return consolidation_real.run(args.groups, args.split)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp) / "stories"
        labels_path = corpus.generate(folder, args.n, args.seed,
                                      tuple(args.formats.split(",")), stories=True)
        labels = corpus.read_labels(labels_path)
        labels_path.unlink()  # not a document
        results = {}
        for consolidate in (False, True):
            store, seconds, timer = _import(folder, Path(tmp) / f"c{int(consolidate)}.db",
                                            args.jobs, args.prefill, args.seed, consolidate)
            results[consolidate] = (seconds, timer)
            if consolidate:
                truth, predicted = _groups(store, folder, labels)
                shown = store.db.execute(
                    "SELECT count(*) FROM events WHERE consolidated_into IS NULL").fetchone()[0]
                if args.misses:
                    import consolidation_misses
                    consolidation_misses.print_misses(store, folder, truth, predicted,
                                                      args.misses)
            store.close()
    p_pair, r_pair = pairwise(truth, predicted)
    p_b3, r_b3 = b_cubed(truth, predicted)
    sizes = Counter(Counter(truth.values()).values())
    plain, (consolidated, timer) = results[False][0], results[True]
    expected = sum(1 for label in labels if label["main"]["date"])
    if expected != len(truth):
        print(f"WARNING: {expected - len(truth)} labelled documents have no main event stored "
              "(not imported?): they are left out of the scores")
    print(f"documents {len(truth)} in {len(set(truth.values()))} stories "
          f"(reports per story: {dict(sorted(sizes.items()))}); prefilled events {args.prefill}")
    print(f"pairwise  precision {p_pair:.3f}  recall {r_pair:.3f}")
    print(f"B-cubed   precision {p_b3:.3f}  recall {r_b3:.3f}")
    print(f"events shown after import: {shown}")
    print(f"consolidation time per document: {1000 * timer.seconds / len(truth):.3f} ms "
          f"({timer.calls} timed calls)")
    print(f"whole import: {1000 * consolidated / len(truth):.2f} ms/doc with consolidation, "
          f"{1000 * plain / len(truth):.2f} ms/doc without")
    return 0


if __name__ == "__main__":
    sys.exit(main())
