"""Tabulate people misses and false positives on the real pages by category.

Run:  PYTHONPATH=src python bench/people_misses.py --split SPLITS [--list]

Why: a rule written for the page that showed a miss fixes that page and
little else. Counting misses by the shape of the name and of its sentence
across every tuning page shows which failure is broad enough for a generic
rule. Each missed or extra name gets one category, the first that fits, in
this order:

- ``not-stored``: the import did not store the page (duplicate text or a
  read failure), so nothing of it was scored;
- ``org-as-person``: a labelled organisation, or a name with an
  organisation's head word, stored as a person (extras only);
- ``line-split``: the name's words stand on two lines of the text;
- ``signatory-list``: the name stands in a list line (numbered, or three
  capitalised names or more parted by commas or "and");
- ``caption``: the line is a picture's credit or caption;
- ``initials``: a letter without a stop stands as an initial ("A S Arun
  Kumar", "Sitesh C Bachar", "ASM Maksud Kamal");
- ``non-western``: hyphened given names, particles (de, dela, bin, van),
  letters beyond ASCII;
- ``one-word``: a single word;
- ``said``: the name stands next to "said"/"says"/"told" (quote
  attribution);
- ``after-title``: a capitalised word such as an office stands right
  before the name ("Prime Minister Theresa May", "Sheikh Hasina");
- ``place``: (extras) the name follows "in", "at", "from" or "to";
- ``other``.

Only tuning splits may be listed (``--list`` prints names and their lines);
totals of blind splits are printed without names.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from scoring import evaluate_real, load_pages  # noqa: E402

#: Splits scored blind: their names and lines are never printed.
_BLIND = frozenset("test gather10b gather10d gather11b gather11d".split())
_MISS = re.compile(r"^(?P<page>\S+) \[(?P<what>people|org-as-person)\] (?:(?P<how>extra|missed) )?(?P<name>.+)$")
_CAPTION = re.compile(r"^\W*(?:photo|image|picture|credit|file photo)s?\b|\((?:photo|image|credit)|/\s*(?:AP|AFP|Reuters|Getty)\b",
                      re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*\d{1,4}[.)]\s")
_LISTED_NAME = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+)+")
_BARE_INITIAL = re.compile(r"(?:^|\s)[A-Z](?=\s|$)|(?:^|\s)[A-Z]{2,3}(?=\s+[A-Z][a-z])")
_NON_WESTERN = re.compile(r"[^\x00-\x7f]|\b(?:de|dela|del|da|bin|binti|van|von|al|el|la)\b|[A-Z][a-z]+-[a-z]")
_SAID = re.compile(r"\b(?:said|says|told|added|explained|according to)\b", re.IGNORECASE)
_BEFORE_TITLE = re.compile(r"(?:^|[^\w])([A-Z][a-z]+\.?)[ \t]+$")
_PLACE_WORD = re.compile(r"\b(?:in|at|from|to|near|outside)[ \t]+$", re.IGNORECASE)
_ORG_HEADS = re.compile(
    r"\b(?:university|union|college|council|association|society|party|coalition|network|campaign|federation|"
    r"committee|school|group|movement|ministry|department|alliance|collective|institute|foundation|trust|act|scheme)\b",
    re.IGNORECASE)


def _lines_with(text: str, name: str) -> list[str]:
    """The text's lines holding ``name`` (blanks folded)."""
    return [line for line in text.splitlines() if name in " ".join(line.split())]


def category(name: str, how: str, text: str) -> tuple[str, str]:
    """(category, the line it was judged on) for one missed or extra name."""
    words = name.split()
    lines = _lines_with(text, name)
    if how == "extra" and _ORG_HEADS.search(name):
        return "org-as-person", (lines or [""])[0]
    if not lines:
        squeezed = " ".join(text.split())
        return ("line-split" if name in squeezed else "other"), ""
    line = lines[0]
    if _NUMBERED.match(line) or len(_LISTED_NAME.findall(line)) >= 3 and line.count(",") >= 2 \
            and len(line.split()) < 4 * len(_LISTED_NAME.findall(line)):
        return "signatory-list", line
    if _CAPTION.search(line):
        return "caption", line
    if _BARE_INITIAL.search(name):
        return "initials", line
    if _NON_WESTERN.search(name):
        return "non-western", line
    if len(words) == 1:
        return "one-word", line
    at = " ".join(line.split()).find(name)
    before, after = " ".join(line.split())[:at], " ".join(line.split())[at + len(name):]
    if _SAID.search(before[-25:]) or _SAID.search(after[:25]):
        return "said", line
    if how == "extra" and _PLACE_WORD.search(before):
        return "place", line
    if _BEFORE_TITLE.search(before):
        return "after-title", line
    return "other", line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", required=True)
    parser.add_argument("--list", action="store_true", help="print each name, its category and its line")
    args = parser.parse_args(argv)
    if args.list and set(args.split.split(",")) & _BLIND:
        parser.error("--list is for tuning splits only")
    pages = {p.id: p for p in load_pages(args.split)[0]}
    report = evaluate_real(args.split)
    unstored = {m.split()[0] for m in report.misses if " [import] not stored" in m}
    counts: Counter[tuple[str, str]] = Counter()
    seen: set[tuple[str, str]] = set()
    for miss in report.misses:
        match = _MISS.match(miss)
        if match is None:
            continue
        page, name = match["page"], match["name"].strip("'\"")
        how = match["how"] or "extra"
        if match["what"] == "org-as-person":
            how = "org"
        if (page, name) in seen:
            continue  # an org stored as a person is also an extra
        seen.add((page, name))
        text = pages[page].path.read_text(encoding="utf-8")
        kind, line = ("not-stored", "") if page in unstored else ("org-as-person", "") if how == "org" \
            else category(name, how, text)
        counts[(how if how != "org" else "extra", kind)] += 1
        if args.list:
            print(f"{how:6} {kind:15} {page} {name!r}\n        {line.strip()[:160]!r}")
    print(f"people: precision {report.people.precision:.1%}, recall {report.people.recall:.1%}")
    for how in ("missed", "extra"):
        row = {k: n for (h, k), n in counts.items() if h == how}
        print(f"{how}: {sum(row.values())}  " + ", ".join(f"{k} {n}" for k, n in sorted(row.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
