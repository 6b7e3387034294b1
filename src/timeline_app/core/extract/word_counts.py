"""Counting a word pattern's matches without a leading ``\\b``.

A pattern that opens with ``\\b`` is tried at every position of the text,
because the engine cannot skip ahead to a likely first character. The same
pattern without it opens with its words' first letters, so the engine jumps
between them. ``WordCount`` counts with that copy and checks the boundary
in code: while every match it finds starts a word, both patterns stop at the
same places and find the same matches, so the count is exact; the first
match that starts inside a word (which could hide a later match of the
original) sends the whole count back to the original pattern.
"""

from __future__ import annotations

import re


class WordCount:
    """``len(pattern.findall(text))`` for a pattern ``\\b(?:word|...)...``
    whose every alternative starts with a word character."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.pattern.startswith(r"\b(?:"):
            raise ValueError("a counted word pattern starts with \\b(?:")
        self.pattern = pattern
        self._unanchored = re.compile(pattern.pattern[2:], pattern.flags)

    def count(self, text: str) -> int:
        """How many times ``pattern`` matches ``text``."""
        count = 0
        for match in self._unanchored.finditer(text):
            at = match.start()
            if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
                return len(self.pattern.findall(text))  # inside a word: the original decides
            count += 1
        return count
