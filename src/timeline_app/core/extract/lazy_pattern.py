"""A regular expression compiled the first time it is used, not when its module is read.

A few patterns are large tables (the acts an opening can state: some 16,000 characters) compiled twice, once for
lower-cased text and once in any case, and the second is asked for only on some pages (a text whose lower-casing
changes its length, a protest said with its means, an opening asked whether it states an act of a kind anywhere).
Compiling such a table costs as much CPU as extracting several pages, and every process that imports extraction
(the app, each test run, the benchmark) paid it even when no page needed it. ``LazyPattern`` holds the source and
flags and compiles on the first search: the same pattern, the same matches, paid only by a process that needs it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

__all__ = ["LazyPattern"]


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first searched; ``pattern`` and ``flags`` read as a compiled
    pattern's do."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags if flags & re.ASCII else flags | re.UNICODE  # what a compiled str pattern reports
        self._compiled: re.Pattern[str] | None = None

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}..., flags={self.flags})"

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it never was)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.match``."""
        return self.compiled().match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``."""
        return self.compiled().finditer(string, pos, endpos)
