"""Print the report pairs consolidation kept apart that tell one story.

``bench/consolidation.py --misses N`` calls ``print_misses`` after the
import: for each missed pair, both documents' main mentions as the matcher
saw them (kind, date and precision, organisers, content words) and the
words they share, so a rule can be aimed at the misses that are common.
The archive is synthetic, so nothing printed comes from a real page.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from timeline_app.core.store import Store


def _main_mentions(store: Store) -> dict[Path, dict]:
    rows = store.db.execute(
        "SELECT d.path, s.kind, s.start, s.precision, s.organisation_ids, s.words,"
        " coalesce(e.consolidated_into, e.id) FROM documents d"
        " JOIN events e ON e.document_id = d.id AND e.main = 1"
        " JOIN event_sources s ON s.mention_id = e.id")
    return {Path(r[0]).resolve(): {"kind": r[1], "start": r[2], "precision": r[3],
                                   "orgs": r[4], "words": set((r[5] or "").split()),
                                   "event": r[6]} for r in rows}


def _describe(name: str, m: dict) -> str:
    return (f"  {name}: event {m['event']} {m['kind']} {m['start']} ({m['precision']}) "
            f"orgs {m['orgs']} words {' '.join(sorted(m['words']))}")


def print_misses(store: Store, folder: Path, truth: dict[str, int],
                 predicted: dict[str, int], limit: int) -> None:
    """Print up to ``limit`` missed pairs and a tally of the kinds/precisions involved."""
    mentions = _main_mentions(store)
    by_story: dict[int, list[str]] = defaultdict(list)
    for item, story in truth.items():
        by_story[story].append(item)
    tally: Counter[str] = Counter()
    shown = 0
    for story, items in sorted(by_story.items()):
        for a, b in combinations(sorted(items), 2):
            if predicted[a] == predicted[b]:
                continue
            ma, mb = mentions.get((folder / a).resolve()), mentions.get((folder / b).resolve())
            if ma is None or mb is None:
                continue
            tally[" / ".join(sorted((f"{ma['kind']}:{ma['precision']}",
                                     f"{mb['kind']}:{mb['precision']}")))] += 1
            if shown < limit:
                shown += 1
                print(f"story {story}: shared words {' '.join(sorted(ma['words'] & mb['words']))}")
                print(_describe(a, ma))
                print(_describe(b, mb))
    print("missed pairs by kind:precision")
    for key, count in tally.most_common(15):
        print(f"  {count:5d}  {key}")
