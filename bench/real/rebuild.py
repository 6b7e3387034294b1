"""Rebuild the git-ignored page texts from copied search answers.

The texts under ``texts/`` are other people's writing, so they are never
committed and a fresh checkout has none. They come back from the ``search``
tool's ``pages`` corpus (README.md, "Rebuilding the texts"), whose answers
reach a person or a helper, not a shell. This script does the two
mechanical ends of that work:

    python bench/real/rebuild.py plan OUT_DIR --jobs 8 [--splits a,b]
        writes one job file per helper: each query once, with the urls to
        keep from its answer (only the queries of the given splits' pages, if
        named, but every missing page each of those queries finds);
    python bench/real/rebuild.py load COPIED.jsonl [...]
        reads lines of ``{"url": ..., "excerpt": ...}`` copied from the
        answers, writes ``texts/<id>.txt`` for every page with that url and
        says which hashes match ``pages*.json``.

A text whose sha256 differs is still written (and skipped by the scorer),
so the one character a copy slipped on can be found and mended.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import TEXTS, page_entries  # noqa: E402  (bench/real/scoring.py: the scorer's own list)


def missing(pages: list[dict]) -> list[dict]:
    """Pages whose text is absent or not the labelled one."""
    def good(entry: dict) -> bool:
        path = TEXTS / f"{entry['id']}.txt"
        return path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
    return [entry for entry in pages if not good(entry)]


def plan(out_dir: Path, jobs: int, splits: set[str]) -> None:
    """Share the missing pages' queries among ``jobs`` files.

    A look-up is the scarce thing (the search tool allows a fixed number a
    session), so each query is asked once for all the pages it finds."""
    wanted: dict[str, list[str]] = defaultdict(list)
    chosen: set[str] = set()
    for entry in missing(page_entries()):
        wanted[entry["query"]].append(entry["url"])
        if not splits or entry.get("split") in splits:
            chosen.add(entry["query"])
    queries = sorted(chosen)
    out_dir.mkdir(parents=True, exist_ok=True)
    for job in range(jobs):
        mine = [{"query": query, "urls": sorted(set(wanted[query]))} for query in queries[job::jobs]]
        (out_dir / f"job{job + 1}.json").write_text(json.dumps(mine, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"job{job + 1}.json: {len(mine)} queries, {sum(len(item['urls']) for item in mine)} pages")


def load(copies: list[Path]) -> int:
    """Write the copied excerpts; print how many pages now match their hash."""
    by_url: dict[str, list[dict]] = defaultdict(list)
    for entry in page_entries():
        by_url[entry["url"]].append(entry)
    TEXTS.mkdir(exist_ok=True)
    matched: set[str] = set()
    differing: set[str] = set()
    unknown: list[str] = []
    for copy in copies:
        for number, line in enumerate(copy.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                unknown.append(f"{copy.name}:{number}: not JSON ({error.msg})")
                continue
            for entry in by_url.get(item.get("url"), []):
                data = item["excerpt"].encode("utf-8")
                if hashlib.sha256(data).hexdigest() == entry["sha256"]:
                    matched.add(entry["id"])
                elif entry["id"] in matched:
                    continue  # an answer may hold a page twice, cut differently: keep the labelled cut
                else:
                    differing.add(entry["id"])
                (TEXTS / f"{entry['id']}.txt").write_bytes(data)
            if item.get("url") not in by_url:
                unknown.append(f"{copy.name}:{number}: url not labelled")
    differing -= matched
    print(f"{len(matched)} texts match their sha256; {len(differing)} differ; {len(unknown)} lines unused")
    for line in sorted(differing) + unknown:
        print("  " + line)
    print(f"{len(missing(page_entries()))} labelled pages still lack a matching text")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    planning = verbs.add_parser("plan")
    planning.add_argument("out_dir", type=Path)
    planning.add_argument("--jobs", type=int, default=8)
    planning.add_argument("--splits", default="", help="comma-separated splits (default: every page)")
    loading = verbs.add_parser("load")
    loading.add_argument("copies", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.verb == "plan":
        plan(args.out_dir, args.jobs, set(filter(None, args.splits.split(","))))
        return 0
    return load(args.copies)


if __name__ == "__main__":
    sys.exit(main())
