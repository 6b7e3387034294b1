"""Measure extraction against the labelled corpus, with dateparser as baseline.

Run:  PYTHONPATH=src /work/venv/bin/python bench/extraction.py [--rounds N] [--passes N] [--misses]
      PYTHONPATH=src /work/venv/bin/python bench/extraction.py --real [--split tune|tune2|test|all] [--misses] [--json]
      either with --nlp MODEL: the statistical engine too (needs the [nlp] extra and a model)

Prints per-field accuracy (published date, main event date/precision/kind)
and precision/recall (organisations, people) on tests/data/labelled, then
documents per second for the corpus as it is and for 3,000-character
documents. The same date fields are scored for
``dateparser.search.search_dates`` in the same run. dateparser is a
dev-only dependency: imported here, never in src.

Speed is measured in this one process on one core: one untimed warm-up pass
over the documents, then ``--rounds`` timed rounds of ``--passes`` passes
each; the best round and the median round are both printed (the best is
what the code can do, the median what a shared machine gave it). Every
document in a pass is different (the 3 KB documents too: no two share a
text), and extraction keeps no cache keyed by a document's text, so repeated
passes are not flattered by caching.

``--real`` scores real public web pages instead (bench/real/: labels in
pages.json, texts rebuilt as bench/real/README.md says), imported and
exported the way ``timeline-app import`` and ``export --format json`` do.
Tune on ``--split tune``; ``--split test`` is the untouched half.

``--nlp MODEL`` scores with the statistical engine; without ``--real`` it
also imports the 3 KB documents with two reader processes (``--jobs 2``),
rules alone and with the engine, and prints both rates (model loading in
each reader counted, as a user would wait for it).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "labelled"


@dataclass
class Labelled:
    name: str
    doc: ReadDocument
    label: dict


def load_corpus(folder: Path = CORPUS) -> list[Labelled]:
    items = []
    for label_path in sorted(folder.glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        text = label_path.with_suffix(".txt").read_text(encoding="utf-8")
        reader = label.get("reader", {})
        doc = ReadDocument(text=text, format=reader.get("format", "txt"), title=reader.get("title"),
                           published=reader.get("published"))
        items.append(Labelled(label_path.stem, doc, label))
    return items


def _key(name: str) -> str:
    name = name.replace("’", "'").lower()
    name = re.sub(r"'s\b|'", "", name)
    name = re.sub(r"^the\s+", "", name)
    return " ".join(name.split())


@dataclass
class SetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score_sets(predicted: list[set[str]], gold: list[list[str]], optional: list[list[str]],
               score: SetScore, where: str) -> None:
    """Each predicted item is a set of names (canonical, acronym, aliases);
    it matches a gold group when any name agrees after normalisation."""
    gold_keys = [{_key(n) for n in group} for group in gold]
    optional_keys = [{_key(n) for n in group} for group in optional]
    matched = [False] * len(gold_keys)
    for names in predicted:
        keys = {_key(n) for n in names}
        hit = next((i for i, g in enumerate(gold_keys) if g & keys and not matched[i]), None)
        if hit is None:
            hit = next((i for i, g in enumerate(gold_keys) if g & keys), None)
            if hit is not None:
                continue  # a second record for an organisation already matched: not new
        if hit is not None:
            matched[hit] = True
            score.tp += 1
        elif not any(o & keys for o in optional_keys):
            score.fp += 1
            score.misses.append(f"{where}: extra {sorted(names)[0]!r}")
    for i, ok in enumerate(matched):
        if not ok:
            score.fn += 1
            score.misses.append(f"{where}: missed {sorted(gold[i])[0]!r}")


def evaluate(corpus: list[Labelled]) -> dict[str, object]:
    counts = {"published": 0, "main_date": 0, "main_precision": 0, "kind": 0}
    misses: dict[str, list[str]] = {k: [] for k in counts}
    orgs, people = SetScore(), SetScore()
    for item in corpus:
        result = extract(item.doc)
        main = next(e for e in result.events if e.main)
        label = item.label
        checks = {
            "published": (result.published, label["published"]),
            "main_date": (main.start, label["main_event"]["start"]),
            "main_precision": (main.precision, label["main_event"]["precision"]),
            "kind": (main.kind, label["main_event"]["kind"]),
        }
        for field_name, (got, want) in checks.items():
            if got == want:
                counts[field_name] += 1
            else:
                misses[field_name].append(f"{item.name}: got {got!r}, want {want!r}")
        score_sets([{o.name, *(o.aliases), *([o.acronym] if o.acronym else [])} for o in result.organisations],
                   label["organisations"], label.get("organisations_optional", []), orgs, item.name)
        score_sets([{p.name} for p in result.people], [[p] for p in label["people"]],
                   [[p] for p in label.get("people_optional", [])], people, item.name)
    n = len(corpus)
    return {"n": n, "accuracy": {k: v / n for k, v in counts.items()}, "misses": misses,
            "organisations": orgs, "people": people}


def baseline_dates(corpus: list[Labelled]) -> tuple[dict[str, float], float]:
    """dateparser.search.search_dates: first date found = published, second
    (or the first when only one) = main event. Metadata wins when present."""
    from dateparser.search import search_dates  # dev-only dependency

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    right = {"published": 0, "main_date": 0}
    started = time.perf_counter()
    for item in corpus:
        found = search_dates(item.doc.text, languages=["en"], settings=settings) or []
        days = [d.date().isoformat() for _, d in found if 1000 <= d.year <= 2200]
        published = item.doc.published or (days[0] if days else None)
        main = days[1] if len(days) > 1 else (days[0] if days else None)
        right["published"] += published == item.label["published"]
        right["main_date"] += main == item.label["main_event"]["start"]
    elapsed = time.perf_counter() - started
    n = len(corpus)
    return {k: v / n for k, v in right.items()}, n / elapsed


@dataclass
class Speed:
    best: float  # documents per second in the fastest round
    median: float  # documents per second in the median round
    documents: int  # documents extracted per round


def throughput(docs: list[ReadDocument], rounds: int, passes: int) -> Speed:
    """Documents per second over ``rounds`` timed rounds of ``passes``
    passes each, after one untimed warm-up pass."""
    for doc in docs:
        extract(doc)
    rates: list[float] = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(passes):
            for doc in docs:
                extract(doc)
        rates.append(passes * len(docs) / (time.perf_counter() - started))
    rates.sort()
    return Speed(rates[-1], rates[len(rates) // 2], passes * len(docs))


def three_kb_documents(corpus: list[Labelled]) -> list[ReadDocument]:
    """Corpus texts glued together into documents of 3,000 characters.

    The corpus is glued three times, each time in another order (as it is,
    reversed, odd places then even ones), so the pieces are cut at other
    places and every document's text is different (33 distinct texts from
    the 56 labelled documents): a cache keyed by a document's text gains
    nothing here, as it would gain nothing on a real archive.
    """
    orders = (corpus, corpus[::-1], corpus[1::2] + corpus[::2])
    docs, seen = [], set()
    for order in orders:
        buffer = ""
        for item in order:
            buffer += item.doc.text + "\n\n"
            if len(buffer) >= 3000:
                text = buffer[:3000]
                if text not in seen:
                    seen.add(text)
                    docs.append(ReadDocument(text=text, format="txt"))
                buffer = ""
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds per speed figure (best and median shown)")
    parser.add_argument("--passes", type=int, default=3, help="passes over the documents in each timed round")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--real", action="store_true", help="score the real pages of bench/real instead")
    parser.add_argument("--split", default="all",
                        help="with --real: which set of the pages: tune, tune2 (round 3), a later round's "
                             "tuning set (tune3...), test, or all (default); several joined by commas")
    parser.add_argument("--json", action="store_true", help="with --real: print the figures as JSON")
    parser.add_argument("--nlp", metavar="MODEL", default=None,
                        help="use the statistical engine too (a spaCy model name or folder)")
    args = parser.parse_args(argv)
    if args.real:
        return run_real(args.split, args.misses, args.json, args.nlp)
    corpus = load_corpus()
    report = evaluate(corpus)
    orgs: SetScore = report["organisations"]  # type: ignore[assignment]
    people: SetScore = report["people"]  # type: ignore[assignment]
    acc: dict[str, float] = report["accuracy"]  # type: ignore[assignment]
    base_acc, base_speed = baseline_dates(corpus)
    speed = throughput([c.doc for c in corpus], args.rounds, args.passes)
    big = three_kb_documents(corpus)
    speed_3kb = throughput(big, args.rounds, args.passes)
    print(f"Labelled documents: {report['n']} (tests/data/labelled)")
    print(f"Speed: {len(big)} documents of 3,000 characters; {args.rounds} rounds of {speed_3kb.documents} "
          f"extractions after a warm-up pass, one process; best round / median round\n")
    print(f"{'field':<28}{'extract':>14}{'dateparser':>12}{'target':>10}")
    rows = [
        ("published date (exact)", f"{acc['published']:.1%}", f"{base_acc['published']:.1%}", ">=95%"),
        ("main event date (exact)", f"{acc['main_date']:.1%}", f"{base_acc['main_date']:.1%}", ">=90%"),
        ("main event precision", f"{acc['main_precision']:.1%}", "-", ""),
        ("main event kind", f"{acc['kind']:.1%}", "-", ">=90%"),
        ("organisations precision", f"{orgs.precision:.1%}", "-", ">=90%"),
        ("organisations recall", f"{orgs.recall:.1%}", "-", ">=90%"),
        ("people precision", f"{people.precision:.1%}", "-", ""),
        ("people recall", f"{people.recall:.1%}", "-", ""),
        ("docs/second (corpus)", f"{speed.best:,.0f} / {speed.median:,.0f}", f"{base_speed:,.1f}", ""),
        ("docs/second (3 KB docs)", f"{speed_3kb.best:,.0f} / {speed_3kb.median:,.0f}", "-", ">=500"),
    ]
    for row in rows:
        print(f"{row[0]:<28}{row[1]:>14}{row[2]:>12}{row[3]:>10}")
    if args.nlp:
        print_import_rates(big, args.nlp)
    if args.misses:
        print()
        for field_name, items in report["misses"].items():  # type: ignore[union-attr]
            for line in items:
                print(f"[{field_name}] {line}")
        for line in orgs.misses:
            print(f"[organisations] {line}")
        for line in people.misses:
            print(f"[people] {line}")
    return 0


def import_rate(docs: list[ReadDocument], nlp: str | None, jobs: int = 2, copies: int = 4) -> float:
    """Documents per second importing ``docs`` (``copies`` times, each copy
    made different) as ``timeline-app import --jobs 2 [--nlp MODEL]`` does."""
    import tempfile

    from timeline_app.core.importing import import_paths
    from timeline_app.core.store import Store

    with tempfile.TemporaryDirectory() as folder:
        files = Path(folder) / "docs"
        files.mkdir()
        count = 0
        for copy in range(copies):
            for i, doc in enumerate(docs):
                (files / f"{copy:02d}_{i:04d}.txt").write_text(f"Copy {copy}.\n\n{doc.text}", encoding="utf-8")
                count += 1
        with Store.open(Path(folder) / "bench.db") as store:
            started = time.perf_counter()
            import_paths(store, [files], keep_results=False, workers=jobs, isolate=True, nlp=nlp)
            return count / (time.perf_counter() - started)


def print_import_rates(docs: list[ReadDocument], nlp: str) -> None:
    """Import rates with two reader processes: the rules alone, then with ``nlp``."""
    rules = import_rate(docs, None)
    engine = import_rate(docs, nlp)
    print(f"\nImport of {len(docs) * 4} 3 KB documents with --jobs 2 (model loading counted):")
    print(f"{'rules alone':<28}{rules:>14,.1f} docs/s")
    print(f"{'with --nlp ' + nlp:<28}{engine:>14,.1f} docs/s")


def run_real(split: str, show_misses: bool, as_json: bool, nlp: str | None = None) -> int:
    """The ``--real`` mode: see bench/real/scoring.py."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))
    from scoring import evaluate_real, print_report  # bench/real/scoring.py

    report = evaluate_real(split, nlp)
    if as_json:
        data = report.as_dict()
        if not show_misses:
            del data["misses"]
        print(json.dumps({"split": split, **data}, indent=2))
    else:
        print_report(report, split, show_misses)
    return 0 if report.pages else 1


if __name__ == "__main__":
    sys.exit(main())
