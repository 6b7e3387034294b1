"""Score extraction on real public web pages (bench/real/pages.json).

Why a second scorer: the labelled corpus in tests/data/labelled was written
here, so rules tuned on it prove little. These pages were written by others;
their texts are kept out of git (bench/real/texts/, rebuilt as README.md
says) and only urls, queries and labels are committed.

Each text goes the way a user's file goes: imported as a ``.txt`` into a
temporary database with ``import_paths`` (the ``timeline-app import`` path)
and read back with ``collection_dict`` (what ``export --format json``
writes). Nothing here calls extraction directly.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

F = TypeVar("F")  # a form of the pages, as ``rewritten_forms_main``'s ``score`` takes it

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages.json"
#: Later rounds add their pages in files of their own (pages_<round>.json),
#: so that rounds gathered in parallel never edit one list.
EXTRA_PAGES = "pages_*.json"
TEXTS = HERE / "texts"
TITLE_LIMIT = 70

#: Words that make a "person" an organisation whatever its shape.
ORG_HEADS = re.compile(
    r"\b(university|union|college|council|association|society|party|coalition|network|campaign|"
    r"federation|committee|police|school|guild|group|movement|students|ministry|department|"
    r"news|times|congress|alliance|collective|assembly|institute|foundation|trust)\b",
    re.IGNORECASE,
)


def name_key(name: str) -> str:
    """A name folded so that spellings a reader treats as one compare equal:
    case, a leading "the", possessive apostrophes, "&" for "and", and
    "University of X" for "X University"."""
    name = name.replace("’", "'").replace("&", " and ").lower()
    name = re.sub(r"'s\b|'", "", name)
    name = re.sub(r"[.,;:()\"“”]", " ", name)
    name = " ".join(name.split())
    name = re.sub(r"^the\s+", "", name)
    match = re.fullmatch(r"university of (.+)", name)
    if match:
        name = f"{match.group(1)} university"
    return name


@dataclass
class SetScore:
    """True and false positives and negatives over a set-valued field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def match_sets(predicted: list[set[str]], gold: list[list[str]], optional: list[list[str]],
               score: SetScore) -> tuple[list[str], list[str]]:
    """Count matches of predicted name groups against gold groups (any
    variant agreeing after ``name_key``). Optional groups neither count nor
    cost; a second record for a gold group already matched costs nothing
    either. Returns (extra names, missed names)."""
    gold_keys = [{name_key(n) for n in group} for group in gold]
    optional_keys = set().union(*({name_key(n) for n in group} for group in optional)) if optional else set()
    matched = [False] * len(gold_keys)
    extras: list[str] = []
    for names in predicted:
        keys = {name_key(n) for n in names}
        hits = [i for i, g in enumerate(gold_keys) if g & keys]
        fresh = next((i for i in hits if not matched[i]), None)
        if fresh is not None:
            matched[fresh] = True
            score.tp += 1
        elif not hits and not keys & optional_keys:
            score.fp += 1
            extras.append(min(names, key=lambda n: (-len(n), n)))  # the longest, ties alphabetical: the same every run
    missed = [gold[i][0] for i, ok in enumerate(matched) if not ok]
    score.fn += len(missed)
    return extras, missed


@dataclass
class Page:
    id: str
    label: dict
    path: Path


@dataclass
class RealReport:
    pages: int = 0
    skipped: list[str] = field(default_factory=list)
    right: dict[str, int] = field(default_factory=lambda: {"published": 0, "main_date": 0,
                                                           "main_precision": 0, "kind": 0})
    orgs: SetScore = field(default_factory=SetScore)
    people: SetScore = field(default_factory=SetScore)
    orgs_as_people: int = 0
    titles: int = 0
    short_titles: int = 0
    whole_titles: int = 0  # not cut with an ellipsis
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        n = self.pages or 1
        return {
            "pages": self.pages,
            "skipped": self.skipped,
            "published_date": self.right["published"] / n,
            "main_event_date": self.right["main_date"] / n,
            "main_event_precision": self.right["main_precision"] / n,
            "main_event_kind": self.right["kind"] / n,
            "organisations_precision": self.orgs.precision,
            "organisations_recall": self.orgs.recall,
            "people_precision": self.people.precision,
            "people_recall": self.people.recall,
            "organisations_stored_as_people": self.orgs_as_people,
            "titles_within_70": self.short_titles / self.titles if self.titles else 1.0,
            "titles_whole": self.whole_titles / self.titles if self.titles else 1.0,
            "events": self.titles,
            "misses": self.misses,
        }


def page_entries() -> list[dict]:
    """Every labelled page: pages.json first, then each pages_*.json."""
    entries = json.loads(PAGES.read_text(encoding="utf-8"))
    for extra in sorted(HERE.glob(EXTRA_PAGES)):
        entries.extend(json.loads(extra.read_text(encoding="utf-8")))
    for entry in entries:
        _check_name_groups(entry)
    return entries


def _check_name_groups(entry: dict) -> None:
    """Refuse an organisation label written as a bare name instead of a list
    of variants: ``match_sets`` would read the string's letters as names and
    count an optional body found as an extra."""
    labels = entry.get("labels", {})
    for field in ("organisations", "organisations_optional"):
        for group in labels.get(field) or []:
            if not isinstance(group, list):
                raise ValueError(f"{entry.get('id')}: {field} holds {group!r}; write each body as a list of its names")


def load_pages(split: str = "all") -> tuple[list[Page], list[str]]:
    """Pages of ``split`` whose text is present and unchanged; the rest are
    reported (missing text, or a sha256 that is not the labelled one)."""
    pages, skipped = [], []
    for entry in page_entries():
        if split != "all" and entry["split"] not in split.split(","):
            continue
        path = TEXTS / f"{entry['id']}.txt"
        if not path.exists():
            skipped.append(f"{entry['id']}: text missing")
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != entry["sha256"]:
            skipped.append(f"{entry['id']}: sha256 differs from pages.json")
            continue
        pages.append(Page(entry["id"], entry, path))
    return pages, skipped


def import_and_export(pages: list[Page], nlp: str | None = None) -> dict:
    """Import the texts into a throw-away database as ``timeline-app
    import`` does (with ``--nlp`` when given) and return the JSON export."""
    from timeline_app.core.export.json_export import collection_dict
    from timeline_app.core.importing import import_paths
    from timeline_app.core.store import Store

    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "real.db") as store:
            import_paths(store, [p.path for p in pages], keep_results=False, workers=0, nlp=nlp)
            return collection_dict(store)


def _org_names(export: dict) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for org in export["organisations"]:
        group = {org["name"], *org["aliases"]}
        if org["acronym"]:
            group.add(org["acronym"])
        names[org["name"]] = group
    return names


def document_reports(export: dict, document_id: int) -> list[dict]:
    """What extraction found in one document, as its reports (``sources``) say.

    Consolidation may join a page's event to another page's report of the
    same event; the shown event then carries both pages' names and the
    better date. Extraction is scored on the page's own report (the source
    row keeps its kind, date, names and whether it was the main event);
    grouping is scored by ``bench/consolidation.py``.
    """
    reports = []
    for event in export["events"]:
        own = [s for s in event.get("sources") or () if s["document_id"] == document_id]
        if own:
            reports += [{**event, **{k: s[k] for k in _REPORT_FIELDS}} for s in own]
        elif event["document_id"] == document_id:
            reports.append(event)
    return reports


_REPORT_FIELDS = ("kind", "start", "end", "precision", "main", "title", "organisations", "people")


def score_page(page: Page, document: dict | None, events: list[dict], org_names: dict[str, set[str]],
               report: RealReport) -> None:
    """Add one page's figures and misses to ``report``."""
    label = page.label["labels"]
    want_main = label["main_event"]
    main = next((e for e in events if e["main"]), None)
    published = document["published"] if document else None
    if want_main["kind"] == "none":
        got = {"kind": "none" if not events else main["kind"] if main else "other",
               "start": main["start"] if main else None,
               "precision": main["precision"] if main else want_main["precision"]}
    else:
        got = {"kind": main["kind"] if main else "none", "start": main["start"] if main else None,
               "precision": main["precision"] if main else "unknown"}
    checks = {
        "published": (published, label["published"]),
        "main_date": (got["start"], want_main["start"]),
        "main_precision": (got["precision"], want_main["precision"]),
        "kind": (got["kind"], want_main["kind"]),
    }
    if want_main["start"] is None and got["precision"] == "unknown":
        # An undated event: the app may add its "not before" year; honest either way.
        checks["main_date"] = (None, None)
    for name, (have, want) in checks.items():
        if have == want:
            report.right[name] += 1
        else:
            report.misses.append(f"{page.id} [{name}] got {have!r}, want {want!r}")
    org_keys = {name for e in events for name in e["organisations"]}
    org_keys.update(document["organisations"] if document else [])
    predicted_orgs = [org_names.get(n, {n}) for n in sorted(org_keys)]
    extras, missed = match_sets(predicted_orgs, label["organisations"],
                                label.get("organisations_optional", []), report.orgs)
    report.misses += [f"{page.id} [organisations] extra {n!r}" for n in extras]
    report.misses += [f"{page.id} [organisations] missed {n!r}" for n in missed]
    people = sorted({p for e in events for p in e["people"]} | set(document["people"] if document else []))
    extras, missed = match_sets([{p} for p in people], [[p] for p in label["people"]],
                                [[p] for p in label.get("people_optional", [])], report.people)
    report.misses += [f"{page.id} [people] extra {n!r}" for n in extras]
    report.misses += [f"{page.id} [people] missed {n!r}" for n in missed]
    org_key_set = {name_key(n) for group in label["organisations"] + label.get("organisations_optional", [])
                   for n in group}
    for person in people:
        if name_key(person) in org_key_set or ORG_HEADS.search(person):
            report.orgs_as_people += 1
            report.misses.append(f"{page.id} [org-as-person] {person!r}")
    for event in events:
        report.titles += 1
        if len(event["title"] or "") <= TITLE_LIMIT:
            report.short_titles += 1
        else:
            report.misses.append(f"{page.id} [title] {len(event['title'])} chars: {event['title'][:80]!r}")
        if (event["title"] or "").endswith("…"):
            report.misses.append(f"{page.id} [title] cut: {event['title'][:80]!r}")
        else:
            report.whole_titles += 1


def evaluate_real(split: str = "all", nlp: str | None = None) -> RealReport:
    """Import the pages of ``split`` (with engine ``nlp``) and score every field."""
    pages, skipped = load_pages(split)
    return score_pages(pages, skipped, nlp)


def score_pages(pages: list[Page], skipped: list[str], nlp: str | None = None) -> RealReport:
    """Import ``pages`` (each file named by its page's id: a copy may stand in for a text) and score them."""
    report = RealReport(pages=len(pages), skipped=skipped)
    if not pages:
        return report
    export = import_and_export(pages, nlp)
    by_stem = {Path(d["path"]).stem: d for d in export["documents"] if d["path"]}
    org_names = _org_names(export)
    for page in pages:
        document = by_stem.get(page.id)
        if document is None:
            report.misses.append(f"{page.id} [import] not stored (duplicate text or read failure)")
        events = document_reports(export, document["id"]) if document else []
        score_page(page, document, events, org_names, report)
    return report


def score_rewritten(split: str, rewrite: Callable[[str], str]) -> RealReport:
    """Score a copy of each page of ``split``, its text given by ``rewrite`` (as another source would type it),
    against the same labels; the copies live in a temporary folder and nothing is written to ``TEXTS``."""
    return score_written(split, ".txt", lambda text, copy: copy.write_text(rewrite(text), encoding="utf-8"))


def score_written(split: str, suffix: str, write: Callable[[str, Path], None]) -> RealReport:
    """Score a copy of each page of ``split``, a file named by the page's id and ``suffix`` that ``write`` makes
    of its text (another format: ``bench/format_pages.py``), against the same labels; the copies live in a
    temporary folder and nothing is written to ``TEXTS``."""
    pages, skipped = load_pages(split)
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for page in pages:
            copy = Path(folder) / f"{page.id}{suffix}"
            write(page.path.read_text(encoding="utf-8"), copy)
            copies.append(Page(page.id, page.label, copy))
        return score_pages(copies, skipped)


def rewritten_forms_main(description: str, forms: Mapping[str, F], heading: str, argv: list[str] | None = None,
                         score: Callable[[str, F], RealReport] = score_rewritten) -> int:
    """The command line of a script that scores the pages in one of ``forms`` (``--split``, ``--form``,
    ``--misses``), each form given to ``score`` with the split (by default a rewrite of the text,
    ``score_rewritten``): prints "``heading`` (form):" and the report; 0 when any page was scored."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", default="test", help="as for bench/extraction.py --real")
    parser.add_argument("--form", choices=sorted(forms), default=next(iter(forms)))
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    report = score(args.split, forms[args.form])
    print(f"{heading} ({args.form}):")
    print_report(report, args.split, args.misses)
    return 0 if report.pages else 1


def print_report(report: RealReport, split: str, show_misses: bool) -> None:
    """The per-field table, then (with ``show_misses``) every miss."""
    data = report.as_dict()
    print(f"Real pages: {report.pages} (split {split}; bench/real/pages*.json)")
    for line in report.skipped:
        print(f"  skipped {line}")
    rows = [
        ("publication date", f"{data['published_date']:.1%}"),
        ("main event date", f"{data['main_event_date']:.1%}"),
        ("main event precision", f"{data['main_event_precision']:.1%}"),
        ("main event kind", f"{data['main_event_kind']:.1%}"),
        ("organisations precision", f"{data['organisations_precision']:.1%}"),
        ("organisations recall", f"{data['organisations_recall']:.1%}"),
        ("people precision", f"{data['people_precision']:.1%}"),
        ("people recall", f"{data['people_recall']:.1%}"),
        ("organisations as people", f"{data['organisations_stored_as_people']}"),
        ("titles <= 70 characters", f"{data['titles_within_70']:.1%} of {data['events']}"),
        ("titles not cut (no \"…\")", f"{data['titles_whole']:.1%} of {data['events']}"),
    ]
    for name, value in rows:
        print(f"{name:<28}{value:>14}")
    if show_misses:
        print()
        for line in report.misses:
            print(line)
