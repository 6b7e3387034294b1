"""Tabulate organisation false positives and misses on real pages by category.

Run:  PYTHONPATH=src python bench/org_errors.py --split SPLITS [--list CATEGORY] [--json]

Why: rules written from one page fix that page; a category that spans many
pages and many sites is worth a generic rule. Every extra (a name found
that no label holds) is tagged with the finder that first recorded it
(``_Reading.add_*`` in ``organisations``) and with the shape of its first
mention (acronym, one word, on a title-case line, at a sentence opening,
part of a labelled name...); every miss with the shape of the labelled name
(bare acronym, one word, cut at a comma, never written as labelled...).
Each category counts names, pages and sites (the url's host), so a broad
category stands apart from one page's quirk.

Extraction runs directly on each text (not through the import path), so
totals can differ from ``bench/extraction.py --real`` by a name or two.
Read only tuning splits with ``--list``: it prints page ids and names.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

import scoring  # noqa: E402  (bench/real/scoring.py)

from timeline_app.core import extract as extract_package  # noqa: E402
from timeline_app.core.extract import organisations as finder  # noqa: E402
from timeline_app.core.extract.organisation_lines import is_shouting_line, is_title_case_line  # noqa: E402
from timeline_app.core.extract.organisation_names import HEADS  # noqa: E402
from timeline_app.core.models import ReadDocument  # noqa: E402

_SOURCE: dict[str, str] = {}  # name_key of a recorded name -> finder that first recorded it
_CURRENT = ["?"]
_LAST_MENTIONS: list[tuple] = []


def _instrument() -> None:
    """Tag every record with the ``add_*`` step running, and keep the last result's mentions."""
    for attribute in [a for a in vars(finder._Reading) if a.startswith("add_") and a != "add_bare_acronym"]:
        method = getattr(finder._Reading, attribute)

        def wrapped(self, *args, _method=method, _name=attribute[4:], **kwargs):
            _CURRENT[0] = _name
            return _method(self, *args, **kwargs)

        setattr(finder._Reading, attribute, wrapped)
    record = finder._Reading.record

    def recording(self, name, start, end, acronym=None, defined=False):
        _SOURCE.setdefault(scoring.name_key(" ".join(name.split())), _CURRENT[0])
        return record(self, name, start, end, acronym, defined)

    finder._Reading.record = recording
    find = extract_package.find_organisations

    def finding(*args, **kwargs):
        result = find(*args, **kwargs)
        _LAST_MENTIONS[:] = result.mentions
        return result

    extract_package.find_organisations = finding


_SENTENCE_END = re.compile(r"[.!?:\"”)]\s*$")
_TITLE_WORD = re.compile(r"\b(?:President|Prof|Professor|Dr|Mr|Mrs|Ms|Minister|Senator|Chancellor|Dean|Secretary|"
                         r"Chair|Director|Governor|Mayor|Councillor|Rep|Sen|MP)\.?\s+$")


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


def _words_key(name: str) -> list[str]:
    return scoring.name_key(name).split()


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def extra_categories(name: str, start: int | None, text: str, gold: list[list[str]], source: str) -> list[str]:
    """Categories of one false positive: its finder, its relation to a labelled name, its shape and place."""
    cats = [f"finder:{source}"]
    words = _words_key(name)
    gold_words = [_words_key(n) for group in gold for n in group]
    if any(_contains(g, words) for g in gold_words):
        cats.append("rel:inside a labelled name")
    elif any(_contains(words, g) for g in gold_words):
        cats.append("rel:holds a labelled name")
    elif any(set(words) & set(g) - {"of", "the", "and", "for", "university", "union", "students"}
             for g in gold_words):
        cats.append("rel:shares a word with a label")
    bare = name.replace(".", "")
    cats.append("shape:acronym" if bare.isupper() and " " not in bare else
                "shape:one word" if len(name.split()) == 1 else
                "shape:no head word" if HEADS.isdisjoint(name.split()) else "shape:head word")
    if start is None:
        return cats + ["where:unknown"]
    line = _line_of(text, start)
    before = text[max(0, text.rfind("\n", 0, start) + 1) : start]
    if is_shouting_line(line):
        cats.append("where:shouted line")
    elif len(line) <= 160 and is_title_case_line(line):
        cats.append("where:title-case line")
    if not before.strip() or _SENTENCE_END.search(before):
        cats.append("where:line or sentence opening")
    if _TITLE_WORD.search(text[max(0, start - 20) : start]):
        cats.append("where:after a person's title")
    return cats


def miss_categories(group: list[str], text: str, found: list[set[str]]) -> list[str]:
    """Categories of one missed labelled organisation: its shape and whether the text writes it."""
    name = group[0]
    cats: list[str] = []
    lowered = text.lower().replace("’", "'")
    written = [n for n in group if n.lower().replace("’", "'") in lowered]
    if not written:
        cats.append("text:no variant written as labelled")
    words = _words_key(name)
    found_words = [_words_key(n) for names in found for n in names]
    if any(_contains(words, f) for f in found_words if len(f) < len(words)):
        cats.append("rel:a shorter part was found")
    elif any(_contains(f, words) for f in found_words if len(f) > len(words)):
        cats.append("rel:found inside a longer name")
    acronyms = [n for n in group if n.replace(".", "").isupper() and " " not in n]
    if acronyms and len(acronyms) == len(group):
        cats.append("shape:bare acronym only")
    elif len(name.split()) == 1:
        cats.append("shape:one word")
    elif HEADS.isdisjoint(name.split()):
        cats.append("shape:no head word")
    else:
        cats.append("shape:head word")
    if re.search(r"\bstands? with\b", name, re.IGNORECASE):
        cats.append("shape:X Stands With Y")
    for variant in written:
        at = lowered.find(variant.lower().replace("’", "'"))
        after = text[at + len(variant) : at + len(variant) + 3]
        line = _line_of(text, at)
        if re.match(r"\s*[,–—]", after):
            cats.append("where:followed by comma or dash")
        if re.match(r"\s*(?:\d{1,3}[.)]|[-*•])\s", line):
            cats.append("where:numbered or bulleted list")
        if is_shouting_line(line) or len(line) <= 160 and is_title_case_line(line):
            cats.append("where:heading line")
        break
    return cats


def analyse(split: str) -> dict:
    """Per category: names, pages and sites of extras and misses."""
    _instrument()
    pages, _ = scoring.load_pages(split)
    table: dict[str, dict] = defaultdict(lambda: {"n": 0, "pages": set(), "sites": set(), "items": []})
    totals = scoring.SetScore()
    for page in pages:
        text = page.path.read_text(encoding="utf-8")
        _SOURCE.clear()
        result = extract_package.extract(ReadDocument(text=text, format="txt"))
        groups = [{o.name, *o.aliases, *([o.acronym] if o.acronym else [])} for o in result.organisations]
        first = {}
        for mention in _LAST_MENTIONS:
            first.setdefault(mention.name, mention.start)
        label = page.label["labels"]
        extras, missed = scoring.match_sets(groups, label["organisations"],
                                            label.get("organisations_optional", []), totals)
        site = urlparse(page.label["url"]).netloc.removeprefix("www.")
        by_name = {o.name: o for o in result.organisations}
        for extra in extras:
            org = next((o for o in result.organisations if extra in {o.name, *o.aliases, o.acronym}), None)
            org_name = org.name if org else extra
            source = next((_SOURCE[k] for k in (scoring.name_key(n) for n in
                                                 ([org_name, *org.aliases] if org else [extra])) if k in _SOURCE), "?")
            start = first.get(org_name) if org_name in by_name else None
            for cat in ["extra:all", *(f"extra {c}" for c in
                                       extra_categories(extra, start, text, label["organisations"], source))]:
                _add(table[cat], page.id, site, extra)
        gold_by_first = {g[0]: g for g in label["organisations"]}
        for name in missed:
            for cat in ["miss:all", *(f"miss {c}" for c in miss_categories(gold_by_first[name], text, groups))]:
                _add(table[cat], page.id, site, name)
    return {"precision": totals.precision, "recall": totals.recall, "tp": totals.tp, "fp": totals.fp,
            "fn": totals.fn, "categories": {k: v for k, v in sorted(table.items())}}


def _add(row: dict, page: str, site: str, name: str) -> None:
    row["n"] += 1
    row["pages"].add(page)
    row["sites"].add(site)
    row["items"].append(f"{page}: {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune")
    parser.add_argument("--list", help="print the names of categories starting with this")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = analyse(args.split)
    rows = {k: {"n": v["n"], "pages": len(v["pages"]), "sites": len(v["sites"])}
            for k, v in report["categories"].items()}
    if args.json:
        print(json.dumps({**{k: v for k, v in report.items() if k != "categories"}, "categories": rows}, indent=1))
        return 0
    print(f"precision {report['precision']:.1%} recall {report['recall']:.1%} "
          f"(tp {report['tp']}, fp {report['fp']}, fn {report['fn']})")
    print(f"{'category':<48}{'names':>7}{'pages':>7}{'sites':>7}")
    for key, row in rows.items():
        print(f"{key:<48}{row['n']:>7}{row['pages']:>7}{row['sites']:>7}")
    if args.list:
        for key, value in report["categories"].items():
            if key.startswith(args.list):
                print(f"\n== {key}")
                print("\n".join(value["items"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
