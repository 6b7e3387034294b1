"""Which step of the kind chain chose each real page's kind.

    PYTHONPATH=src python bench/kind_steps.py --split tune7k,tune8k [--all]

For every page of the split (texts as ``bench/real/README.md`` says) this
reads the text the way an import does (``readers.read_file``, then
``extract``) and prints the kind the label wants, the kind each step of
``kind_decision.choose_kind`` left (word vote, named action, opening act,
resignation, letter form) and the main event's kind, for the pages whose
kind is wrong (every page with ``--all``); then how many misses each step
made (the last step that changed the kind, or the vote when none did).
The import in ``bench/extraction.py --real`` stays the measure; this only
explains it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real.scoring import load_pages  # noqa: E402

import timeline_app.core.extract as extract_package  # noqa: E402
from timeline_app.core.extract.kind_decision import KindChoice, choose_kind  # noqa: E402
from timeline_app.core.readers import read_file  # noqa: E402


def _deciding_step(choice: KindChoice) -> str:
    """The last step that changed the kind, or the vote when none did."""
    deciding = choice.steps[0][0]
    for (_, before), (name, after) in zip(choice.steps, choice.steps[1:]):
        if after != before:
            deciding = name
    return deciding


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", required=True, help="splits joined by commas, as for extraction.py --real")
    parser.add_argument("--all", action="store_true", help="print every page, not only the misses")
    args = parser.parse_args()
    pages, skipped = load_pages(args.split)
    chosen: list[KindChoice] = []

    def recording(*arguments, **keywords) -> KindChoice:
        choice = choose_kind(*arguments, **keywords)
        chosen.append(choice)
        return choice

    extract_package.choose_kind = recording  # extract() looks the name up at each call
    blame: Counter[str] = Counter()
    for page in pages:
        chosen.clear()
        extraction = extract_package.extract(read_file(page.path))
        got = "none" if extraction.reports_no_event else next((e.kind for e in extraction.events if e.main), "none")
        want = page.label["labels"]["main_event"]["kind"]
        if got != want:
            blame[_deciding_step(chosen[0])] += 1
        if got != want or args.all:
            trail = " > ".join(f"{name} {kind}" for name, kind in chosen[0].steps)
            print(f"{'MISS' if got != want else 'ok  '} {page.id}: want {want}, main {got}; {trail}")
    print(f"\n{len(pages)} pages, {sum(blame.values())} kind misses; deciding step: "
          + ", ".join(f"{name} {count}" for name, count in blame.most_common()))
    for line in skipped:
        print("skipped", line)


if __name__ == "__main__":
    main()
