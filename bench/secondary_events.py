"""Count the secondary events extraction keeps on the real pages, per kind.

Every dated sentence besides a page's main event becomes a secondary event;
most belong on the timeline (an earlier walkout, the next ballot), but
background (a referendum, a government order, a founding year, a speaker's
biography, "the 1984 miners' strike") is clutter unless it is given the
kind ``context``, which the window hides by default. This bench imports the
pages of ``--split`` the way ``bench/extraction.py --real`` does (import
into a throw-away database, read back as the JSON export) and prints, over
the page's own reports: secondary events per kind, how many are
``context``, how many start ten or more years before the page's main event,
and how many carry only a year.

Run:  PYTHONPATH=src python bench/secondary_events.py --split SPLITS [--show] [--json]

``--show`` lists every secondary event with its evidence, for reading; it
prints third-party text, so it is refused for a split of the blind set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from scoring import document_reports, import_and_export, load_pages  # noqa: E402

#: Splits never read: totals only.
BLIND = frozenset({"test", "gather10b", "gather10d", "gather11b", "gather11d"})
#: How many years before the main event a secondary one counts as history.
HISTORY_YEARS = 10


def _year(event: dict) -> int | None:
    start = event.get("start") or ""
    return int(start[:4]) if start[:4].isdigit() and event.get("precision") != "unknown" else None


def _evidence(event: dict, document_id: int) -> str:
    own = [s for s in event.get("sources") or () if s["document_id"] == document_id]
    text = (own[0]["evidence"] if own else event.get("evidence")) or ""
    return " ".join(text.split())


def secondary_report(split: str) -> tuple[dict, list[dict]]:
    """Totals over the pages of ``split``, and one row per secondary event."""
    pages, skipped = load_pages(split)
    export = import_and_export(pages) if pages else {"documents": [], "events": []}
    by_stem = {Path(d["path"]).stem: d for d in export["documents"] if d["path"]}
    kinds: Counter[str] = Counter()
    totals = Counter(pages=len(pages), skipped=len(skipped))
    rows = []
    for page in pages:
        document = by_stem.get(page.id)
        if document is None:
            continue
        reports = document_reports(export, document["id"])
        main = next((r for r in reports if r["main"]), None)
        main_year = _year(main) if main else None
        totals["main"] += main is not None
        for report in reports:
            if report["main"]:
                continue
            year = _year(report)
            history = main_year is not None and year is not None and year <= main_year - HISTORY_YEARS
            kinds[report["kind"]] += 1
            totals["secondary"] += 1
            totals["context"] += report["kind"] == "context"
            totals["history"] += history
            totals["year_only"] += report["precision"] == "year"
            rows.append({"page": page.id, "kind": report["kind"], "start": report["start"],
                         "precision": report["precision"], "main_start": main["start"] if main else None,
                         "history": history, "evidence": _evidence(report, document["id"])})
    totals["pages_with_secondary"] = len({r["page"] for r in rows})
    return {"totals": dict(totals), "kinds": dict(kinds.most_common())}, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", required=True, help="comma-joined splits of bench/real/pages*.json")
    parser.add_argument("--show", action="store_true", help="list each secondary event with its evidence")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = parser.parse_args()
    blind = BLIND & set(args.split.split(","))
    if args.show and (blind or args.split == "all"):
        parser.error(f"--show prints page text; refused for blind splits ({', '.join(sorted(blind)) or 'all'})")
    summary, rows = secondary_report(args.split)
    if args.json:
        print(json.dumps(summary, indent=1, sort_keys=True))
    else:
        for name, value in summary["totals"].items():
            print(f"{name:<24}{value:>8}")
        print("secondary events per kind: " + ", ".join(f"{k} {n}" for k, n in summary["kinds"].items()))
    if args.show:
        for row in rows:
            mark = " HISTORY" if row["history"] else ""
            print(f"{row['page']} [{row['kind']}] {row['start']} ({row['precision']}) "
                  f"main {row['main_start']}{mark}: {row['evidence'][:300]}")


if __name__ == "__main__":
    main()
