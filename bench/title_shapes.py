"""Count main-event titles a reader cannot use, on the real pages.

Run:  PYTHONPATH=src python bench/title_shapes.py --split tune,tune2 [--list]

Issue 16 asks for event titles that read like timeline entries, not raw
sentence fragments. ``bench/extraction.py --real`` only checks their length;
this counts, for each page's main event (as the JSON export gives it), titles
that open with a subordinate clause or a linking word ("When the UK voted
...", "However, ..."), with a lead-in ("Recall that ...", "According to ...",
"In a statement, ..."), with a wire dateline ("Dhaka, July 14 (V7N)- "),
with a picture's credit or caption ("Photo: ...", "(AP)"), titles cut
inside a word (the text goes on with a letter where the title ends with its
ellipsis) and titles cut inside a phrase (ending with an ellipsis).
``--list`` prints each such title.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

from scoring import document_reports, import_and_export, load_pages  # noqa: E402

# Words that open a clause depending on another, or link to what came before.
_CLAUSE_OPENERS = re.compile(
    r"^(?:when|while|whilst|as|after|before|although|though|because|since|if|once|until|despite|following|"
    r"amid|during|however|but|and|so|also|meanwhile|moreover|furthermore|yet|then|thus)\b", re.IGNORECASE)
# Phrases that lead into a report rather than name what happened.
_LEAD_INS = re.compile(
    r"^(?:recall that|according to|it (?:is|was) (?:understood|reported|learnt|learned)|"
    r"in (?:a|an|its|their|his|her) (?:statement|interview|letter|speech|post|press release|tweet)\b|"
    r"speaking (?:to|at|on|with)|addressing|asked (?:about|if|whether)|in one of|one of the|there (?:is|are|was|were)\b|"
    r"this (?:comes|came)|the (?:move|development|news|decision) (?:comes|came))", re.IGNORECASE)
# A wire dateline: a place, then a date and/or an agency in brackets, then
# a dash ("Dhaka, July 14 (V7N)- ", "NAIROBI, Kenya July 14 – "), or a
# place in capitals glued to a dash ("MONTREAL—").
_DATELINES = re.compile(
    r"^(?:[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3},[ \t]+(?:[A-Z][a-z]+[ \t]+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b|"
    r"[A-Z][\w .,'’-]{0,40}\([^()]{1,40}\)[ \t]*[-–—]|[A-Z]{3,}[–—])")
# A picture's credit or caption at the start, image markup or a table's bar.
_CREDITS = re.compile(r"^(?:\(?(?:photo|image|picture|credit|source|file photo)s?\b[:\s]|\([A-Z]{2,5}\)|getty\b|!\[|\|)",
                      re.IGNORECASE)


def title_shape(title: str, text: str) -> str | None:
    """Why ``title`` reads badly ("credit", "dateline", "lead-in", "opener",
    "cut word", "cut phrase"), or None."""
    if _CREDITS.match(title):
        return "credit"
    if _DATELINES.match(title):
        return "dateline"
    if _LEAD_INS.match(title):
        return "lead-in"
    if _CLAUSE_OPENERS.match(title):
        return "opener"
    if title.endswith("…"):
        stem = title[:-1]
        at = text.find(stem)
        if at == -1:
            squeezed = " ".join(text.split())
            at, text = squeezed.find(stem), squeezed
        if at != -1 and text[at + len(stem): at + len(stem) + 1].isalnum():
            return "cut word"
        return "cut phrase"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune")
    parser.add_argument("--list", action="store_true", help="print each title counted")
    args = parser.parse_args(argv)
    pages, skipped = load_pages(args.split)
    export = import_and_export(pages)
    by_name = {Path(d["path"]).stem if d.get("path") else "": d for d in export["documents"]}
    counts: dict[str, int] = {}
    total = 0
    for page in pages:
        document = by_name.get(page.id)
        if document is None:
            continue
        main = next((e for e in document_reports(export, document["id"]) if e["main"]), None)
        if main is None:
            continue
        total += 1
        shape = title_shape(main["title"] or "", page.path.read_text(encoding="utf-8"))
        if shape:
            counts[shape] = counts.get(shape, 0) + 1
            if args.list:
                print(f"{page.id} [{shape}] {main['title']!r}")
    print(f"main-event titles: {total}; unusable: {sum(counts.values())} "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
