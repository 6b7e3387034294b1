"""Score the real pages as a PDF or a plain-text mail would give them: hard-wrapped.

Run:  PYTHONPATH=src python bench/wrapped_pages.py --split SPLITS [--wrap mono|proportional|justified] [--width N]
      [--misses]

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
  (70), as a PDF set in a proportional type gives its lines;
* ``justified``: broken at ``--width`` (72) characters as ``mono``, but a word
  of seven letters or more that does not fit is hyphenated where it still
  fits, between two consonants with three letters or more on each side
  ("Novem-" over "ber"), as a justified page (a newspaper's or a journal's
  PDF) sets it.

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

# characters, or units of an average letter's width
_DEFAULT_WIDTH = {"mono": 72, "proportional": 70.0, "justified": 72}
_NARROW = frozenset("iljtfr.,;:'!|I ")
_WIDE = frozenset("mwMW")


def mono_wrapped(text: str, width: int = 72) -> str:
    """``text`` with every line longer than ``width`` characters broken at words."""
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                                   if len(line) > width else [line]))


def justified_wrapped(text: str, width: int = 72) -> str:
    """``text`` broken at ``width`` characters, a long word that does not fit hyphenated where it still fits."""
    lines: list[str] = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" ") if len(line) > width else [line]:
            if not current or len(current) + 1 + len(word) <= width:
                current = f"{current} {word}" if current else word
                continue
            cut = _hyphenation_point(word, width - len(current) - 2)
            if cut:
                lines.append(f"{current} {word[:cut]}-")
                current = word[cut:]
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return "\n".join(lines)


def _hyphenation_point(word: str, room: int) -> int | None:
    """The last point within ``room`` letters where ``word`` (seven letters or more) may be hyphenated: between two
    consonants, with three letters or more on each side; None where there is none."""
    letters = word.rstrip(".,;:!?'\"”’)")
    if len(letters) < 7 or not letters.isalpha():
        return None
    points = [at for at in range(3, min(room, len(letters) - 3) + 1)
              if letters[at - 1].lower() not in "aeiouy" and letters[at].lower() not in "aeiouy"]
    return points[-1] if points else None


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


# (the character widths are whole numbers; the proportional one is in units of a letter's width)
_WRAPS = {"mono": lambda text, width: mono_wrapped(text, int(width)),
          "justified": lambda text, width: justified_wrapped(text, int(width)),
          "proportional": proportional_wrapped}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", help="as for bench/extraction.py --real")
    parser.add_argument("--wrap", choices=sorted(_WRAPS), default="mono")
    parser.add_argument("--width", type=float, default=None,
                        help="72 characters (mono, justified) or 70 units (proportional)")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    width = args.width or _DEFAULT_WIDTH[args.wrap]
    wrap = _WRAPS[args.wrap]
    report = scoring.score_rewritten(args.split, lambda text: wrap(text, width))
    print(f"Wrapped copies ({args.wrap}, width {width:g}):")
    scoring.print_report(report, args.split, args.misses)
    return 0 if report.pages else 1


if __name__ == "__main__":
    sys.exit(main())
