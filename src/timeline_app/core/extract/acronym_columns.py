"""Acronyms set out in columns: a statement's signatories.

A joint statement often ends with its signatories' acronyms laid out in a
table, which a page's text keeps as lines of capitals parted by wide gaps
("INTUC      AITUC      HMS"). Such a line reads as a shouted heading, so
its acronyms would need evidence they never get; but a line holding
nothing but three acronyms or more, each parted from the next by two
blanks or a tab, is a list of the bodies that signed.
"""

from __future__ import annotations

import re

# ``[ \t]{2,}|\t`` (two blanks or more, or a tab) written with a literal
# first in each alternative, so that a split skips from blank to blank.
_GAP = re.compile(r"\t[ \t]*| [ \t]+")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")
_MIN_COLUMNS = 3


def is_acronym_column_line(line: str) -> bool:
    """Whether ``line`` holds only acronyms set apart by wide gaps."""
    cells = _GAP.split(line.strip())
    return len(cells) >= _MIN_COLUMNS and all(_ACRONYM.fullmatch(cell) for cell in cells)
