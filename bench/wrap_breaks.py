"""Count, break by break, how the unwrap reads the real pages hard-wrapped.

Run:  PYTHONPATH=src python bench/wrap_breaks.py --split SPLITS [--wrap mono|proportional]

Why: ``bench/wrapped_pages.py`` scores the fields extracted from wrapped
copies of the pages, which shows what a misread break costs but not how many
breaks are misread. Here each line of a page's text (a paragraph, a heading,
an entry of a list) is wrapped on its own, so every break is known to be the
wrap's (inside one of the page's lines: it should read as a blank) or the
page's own (between two of its lines: it should stay). It prints how many of
each ``wrapped_lines.unwrapped`` reads so. Counts only: no page's text is
printed. A page whose web copy is itself hard-wrapped has breaks of its own
that a reader would join, so a few of "the page's own" joined are right.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "real"))

import scoring  # noqa: E402  (bench/real/scoring.py)
from wrapped_pages import mono_wrapped, proportional_wrapped  # noqa: E402

from timeline_app.core.extract.wrapped_lines import unwrapped  # noqa: E402

# (not ``wrapped_pages``'s justified wrap: its hyphens change the text, so a break's place is no longer known)
_WRAPS = {"mono": mono_wrapped, "proportional": proportional_wrapped}


def break_counts(text: str, wrap) -> tuple[int, int, int, int]:
    """(wrap's breaks read as blanks, wrap's breaks, the page's own breaks joined, the page's own breaks)."""
    lines: list[str] = []
    by_wrap: list[bool] = []
    for line in text.split("\n"):
        pieces = wrap(line).split("\n")
        lines += pieces
        by_wrap += [True] * (len(pieces) - 1) + [False]
    wrapped = "\n".join(lines)
    read = unwrapped(wrapped)
    counts = [0, 0, 0, 0]
    at = 0
    for line, made_by_wrap in zip(lines[:-1], by_wrap):
        at += len(line)
        joined = read[at] != "\n"
        counts[0 if made_by_wrap else 2] += joined
        counts[1 if made_by_wrap else 3] += 1
        at += 1
    return counts[0], counts[1], counts[2], counts[3]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", help="as for bench/extraction.py --real")
    parser.add_argument("--wrap", choices=sorted(_WRAPS), default="mono", help="as for bench/wrapped_pages.py")
    args = parser.parse_args(argv)
    pages, skipped = scoring.load_pages(args.split)
    totals = [0, 0, 0, 0]
    for page in pages:
        for index, count in enumerate(break_counts(page.path.read_text(encoding="utf-8"), _WRAPS[args.wrap])):
            totals[index] += count
    read, wrap_breaks, joined, own_breaks = totals
    print(f"Pages: {len(pages)} ({len(skipped)} skipped: text missing); wrapped {args.wrap}")
    print(f"wrap's breaks read as blanks   {read:>6,} of {wrap_breaks:,} ({read / max(wrap_breaks, 1):.1%})")
    print(f"page's own breaks joined       {joined:>6,} of {own_breaks:,} ({joined / max(own_breaks, 1):.1%})")
    return 0 if pages else 1


if __name__ == "__main__":
    sys.exit(main())
