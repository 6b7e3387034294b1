"""Score the real pages as a word processor, a mail client or a PDF would type them.

Run:  PYTHONPATH=src python bench/typographic_pages.py --split SPLITS --form FORM [--misses]

Why: the real pages' texts were stored as plain text, every space a space and
every word its letters. A document typed in a word processor, sent from a
mail client or taken from a PDF holds characters of its own for what a
reader sees the same way, and extraction's patterns write a space as " ".
This writes a copy of each page's text in one such form to a temporary
folder and scores the copies against the same labels:

* ``no-break``: a no-break space between a number and the word before or
  after it and after "Mr", "Ms", "Dr" and the like, as a word processor
  keeps "14 March" and "Mr Reyes" on one line;
* ``soft-hyphens``: a soft hyphen after the fifth letter of each lower-case
  word of nine letters or more, as a page hyphenated for narrow screens;
* ``ligatures``: "ff", "fi", "fl", "ffi" and "ffl" as the single characters
  a PDF set with ligatures gives;
* ``zero-width``: a zero-width space before every seventh space, as some
  content systems leave them.

The copies are deleted after; nothing is written into bench/real/texts.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "real"))

import scoring  # noqa: E402  (bench/real/scoring.py)

_TITLE_BEFORE_NAME = re.compile(r"\b((?:Mr|Mrs|Ms|Dr|Prof)\.?) (?=[A-Z])")
_LONG_WORD = re.compile(r"\b([a-z]{5})(?=[a-z]{4})")
_LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("fi", "\ufb01"), ("fl", "\ufb02"), ("ff", "\ufb00"))


def no_break(text: str) -> str:
    """``text`` with no-break spaces beside numbers and after a title before a name."""
    text = re.sub(r"(?<=\d) (?=[A-Za-z])|(?<=[A-Za-z]) (?=\d)", "\u00a0", text)
    return _TITLE_BEFORE_NAME.sub("\\1\u00a0", text)


def soft_hyphens(text: str) -> str:
    """``text`` with a soft hyphen after the fifth letter of each long lower-case word."""
    return _LONG_WORD.sub("\\1\u00ad", text)


def ligatures(text: str) -> str:
    """``text`` with its "ff", "fi", "fl", "ffi" and "ffl" as PDF ligatures."""
    for letters, ligature in _LIGATURES:
        text = text.replace(letters, ligature)
    return text


def zero_width(text: str) -> str:
    """``text`` with a zero-width space before every seventh space."""
    count = 0

    def space(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\u200b " if count % 7 == 0 else " "

    return re.sub(" ", space, text)


FORMS: dict[str, Callable[[str], str]] = {"no-break": no_break, "soft-hyphens": soft_hyphens,
                                          "ligatures": ligatures, "zero-width": zero_width}


def main(argv: list[str] | None = None) -> int:
    return scoring.rewritten_forms_main(__doc__.splitlines()[0], FORMS, "Typographic copies", argv)


if __name__ == "__main__":
    sys.exit(main())
