"""The line holding a place in a document, found by bisection.

Rules that look at the line around each mention of a name used to find its
ends with ``rfind``/``find`` of a line break, which reads the whole line
every time: on a one-line document of thousands of names that was the
text's length times the number of names. The line breaks are listed once
per document (kept in ``document_memo``) and each lookup bisects them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .document_memo import remembered

_BREAK = re.compile("\n")
_BLANKS = re.compile(r"\s*")


def line_around(text: str, at: int) -> tuple[int, int]:
    """``(text.rfind("\\n", 0, at) + 1, text.find("\\n", at))``, the end being
    ``len(text)`` when no line break follows."""
    breaks = remembered(_breaks, text)
    index = bisect_left(breaks, at)
    return (breaks[index - 1] + 1 if index else 0), (breaks[index] if index < len(breaks) else len(text))


def line_start_within(text: str, at: int, reach: int) -> int:
    """Where the line holding ``at`` starts, but no further back than ``reach`` characters (a finder that reads
    at most that much of a long line's start need not look for its line break beyond it)."""
    return max(text.rfind("\n", max(0, at - reach), at) + 1, at - reach, 0)


def lines_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line (or lines) holding ``text[start:end]`` start and end."""
    return line_around(text, start)[0], line_around(text, end)[1]


def blank_between(text: str, start: int, end: int) -> bool:
    """``not text[start:end].strip()``, read only as far as the first character that is no blank (the text
    before a name on a one-line page of thousands of names is not copied for each of them)."""
    return _BLANKS.fullmatch(text, start, end) is not None


def _breaks(text: str) -> list[int]:
    return [match.start() for match in _BREAK.finditer(text)]
