"""Consolidation on real pages: are reports of one real event joined, and others kept apart?

Run:  PYTHONPATH=src /work/main/.venv/bin/python bench/consolidation.py --real \
          [--split tune|tune2|tune3|hold3|test|all] [--groups]

``bench/real/events.json`` lists real public pages (news, union statements,
blogs) labelled by the real event each reports: several outlets' reports of
the same march, walkout, occupation, rent strike or climate strike, and
reports of nearby events by the same organisations that must stay apart.
The texts are git-ignored (``bench/real/texts`` for pages reused from
``pages.json``, ``bench/real/events_texts`` for the others; rebuilt as
``bench/real/README.md`` says); a page whose text is missing or whose
sha256 differs is skipped and named.

Every text is imported as a ``.txt`` into a fresh database with
``import_paths`` (the ``timeline-app import`` path). Scored as
``bench/consolidation.py`` scores the synthetic archive: each page's main
event, pairwise and B-cubed against the labels; also "any report": two pages
count as joined when any of their reports ended in one event.

Each page carries a ``split`` of whole events (alternate events): matching
rules may be tuned on ``tune`` pages (read their groups freely); ``test``
pages are scored once, never studied while changing matching; ``tune2``
pages (four more real events, gathered in round 5) were scored blind once and
may be tuned on since; ``tune3`` and ``hold3`` (nine more events, gathered in
round 8 and split by whole events before any scoring) were both scored blind
with the rules before that round: ``tune3`` may be read since, ``hold3`` is
scored once at the end of a round, like ``test``. ``--split`` imports only
that part (``all``, the default, imports every page).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from consolidation import b_cubed, pairwise

from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

REAL = Path(__file__).resolve().parent / "real"
LABELS = REAL / "events.json"


def _usable(pages: list[dict]) -> tuple[list[dict], list[str]]:
    """Pages whose text is present with the labelled hash; the ids of the others."""
    usable, skipped = [], []
    for page in pages:
        path = REAL / page["text"]
        ok = path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == page["sha256"]
        (usable if ok else skipped).append(page if ok else page["id"])
    return usable, skipped


def _shown_events(store: Store) -> tuple[dict[str, int], dict[str, set[int]]]:
    """By file stem: the shown event of the main report, and of every report."""
    main: dict[str, int] = {}
    every: dict[str, set[int]] = defaultdict(set)
    for path, shown, is_main in store.db.execute(
            "SELECT d.path, coalesce(e.consolidated_into, e.id), e.main FROM documents d"
            " JOIN events e ON e.document_id = d.id"):
        stem = Path(path).stem
        every[stem].add(shown)
        if is_main:
            main[stem] = shown
    return main, every


def _any_report_groups(pages: list[str], every: dict[str, set[int]]) -> dict[str, int]:
    """Pages joined through any shared event, as connected groups."""
    parent = {p: p for p in pages}

    def find(p: str) -> str:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p
    holders: dict[int, list[str]] = defaultdict(list)
    for page in pages:
        for event in every.get(page, ()):
            holders[event].append(page)
    for members in holders.values():
        for other in members[1:]:
            parent[find(other)] = find(members[0])
    roots = {root: i for i, root in enumerate(sorted({find(p) for p in pages}))}
    return {p: roots[find(p)] for p in pages}


def run(show_groups: bool = False, split: str = "all") -> int:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    chosen = [p for p in labels["pages"] if split == "all" or p["split"] == split]
    pages, skipped = _usable(chosen)
    if skipped:
        print(f"skipped (text missing or changed): {', '.join(skipped)}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for page in pages:
            shutil.copyfile(REAL / page["text"], folder / f"{page['id']}.txt")
        with Store.open(Path(tmp) / "real.db") as store:
            import_paths(store, [folder], workers=1, keep_results=False)
            main, every = _shown_events(store)
    ids = [p["id"] for p in pages]
    truth = {p["id"]: p["labels"]["event"] for p in pages}
    predicted = {i: main.get(i, f"no event:{i}") for i in ids}
    sizes = Counter(Counter(truth.values()).values())
    print(f"split {split}: pages {len(ids)}, real events {len(set(truth.values()))} "
          f"(pages per event: {dict(sorted(sizes.items()))})")
    for name, groups in (("main event", predicted),
                         ("any report", _any_report_groups(ids, every))):
        p_pair, r_pair = pairwise(truth, groups)
        p_b3, r_b3 = b_cubed(truth, groups)
        print(f"{name:10}  pairwise precision {p_pair:.3f} recall {r_pair:.3f}   "
              f"B-cubed precision {p_b3:.3f} recall {r_b3:.3f}")
    if show_groups:
        by_event: dict[str, list[str]] = defaultdict(list)
        for page in ids:
            by_event[truth[page]].append(f"{page}->{predicted[page]}")
        for event, members in sorted(by_event.items()):
            print(f"  {event}: {' '.join(members)}")
    return 0
