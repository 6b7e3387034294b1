"""Score the real pages as a PDF or a plain-text mail would give them: hard-wrapped.

Run:  PYTHONPATH=src python bench/wrapped_pages.py --split SPLITS [--wrap mono|proportional] [--width N] [--misses]

Why: a press release imported from a PDF, or a statement forwarded as plain
text, reaches extraction broken into lines of one width. ``bench/extraction.py
--real`` scores the pages as their web copies give them (a paragraph a line),
so it cannot show what a wrap costs. This writes a wrapped copy of each page's
text to a temporary folder and scores the copies the same way, against the
same labels:

* ``mono``: every line longer than ``--width`` (72) characters broken at
  words, as a mail client or a typewritten wire copy does;
* ``proportional``: broken by the width of the letters (narrow ``i``, ``l``,
  ``t`` and punctuation, wide ``m``, ``w`` and capitals) at ``--width`` units
  (70), as a PDF set in a proportional type gives its lines.

Nothing is written into bench/real/texts, and the copies are deleted after.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "real"))

import scoring  # noqa: E402  (bench/real/scoring.py)

_DEFAULT_WIDTH = {"mono": 72, "proportional": 70.0}  # characters, or units of an average letter's width
_NARROW = frozenset("iljtfr.,;:'!|I ")
_WIDE = frozenset("mwMW")


def mono_wrapped(text: str, width: int = 72) -> str:
    """``text`` with every line longer than ``width`` characters broken at words."""
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                                   if len(line) > width else [line]))


def _units(piece: str) -> float:
    return sum(0.5 if c in _NARROW else 1.5 if c in _WIDE else 1.2 if c.isupper() else 1.0 for c in piece)


def proportional_wrapped(text: str, width: float = 70.0) -> str:
    """``text`` with every line wider than ``width`` units broken at words, by the letters' widths."""
    out = []
    for line in text.split("\n"):
        if _units(line) <= width:
            out.append(line)
            continue
        current = ""
        for word in line.split():
            trial = f"{current} {word}" if current else word
            if current and _units(trial) > width:
                out.append(current)
                current = word
            else:
                current = trial
        out.append(current)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", help="as for bench/extraction.py --real")
    parser.add_argument("--wrap", choices=("mono", "proportional"), default="mono")
    parser.add_argument("--width", type=float, default=None, help="72 characters (mono) or 70 units (proportional)")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    width = args.width or _DEFAULT_WIDTH[args.wrap]
    if args.wrap == "mono":
        report = scoring.score_rewritten(args.split, lambda text: mono_wrapped(text, int(width)))
    else:
        report = scoring.score_rewritten(args.split, lambda text: proportional_wrapped(text, width))
    print(f"Wrapped copies ({args.wrap}, width {width:g}):")
    scoring.print_report(report, args.split, args.misses)
    return 0 if report.pages else 1


if __name__ == "__main__":
    sys.exit(main())
