"""Where a comma list closed by "and" can be, so its pattern runs only there.

A list pattern ("Hull, Loughborough, Cambridge and Durham") tried at every
capital of a long line of commas that never reaches an "and" walks the rest
of the list from each one: a page repeating "X, University of London, "
cost quadratic time. Such a list holds exactly one " and " or " & " (no
item can hold one), so every match lies near one; the pattern is searched
only in windows around them, each a list's length long. A list running
more than ``_BEFORE`` characters before its "and" (no real page's) is
found from its later items only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Every place a list's closing " and " or " & " can stand, overlapping ones too.
_JOIN = re.compile(r"(?=[ \t](?:and|&)[ \t])")
_BEFORE = 1500  # characters of list before its "and"
_AFTER = 200  # the "and", its spaces and the last item


def joined_list_matches(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern whose every match
    holds one " and "/" & " at most ``_BEFORE`` characters after its start
    and ``_AFTER`` before its end: the same matches in linear time.
    (A list running further before its "and", or a last item longer than
    ``_AFTER`` allows, is matched only within those bounds.)"""
    window: tuple[int, int] | None = None
    for join in _JOIN.finditer(text, lo, hi):
        at = join.start()
        start, end = max(lo, at - _BEFORE), min(hi, at + _AFTER)
        if window is not None and start <= window[1]:  # overlapping windows are searched as one
            window = (window[0], end)
            continue
        if window is not None:
            yield from pattern.finditer(text, *window)
        window = (start, end)
    if window is not None:
        yield from pattern.finditer(text, *window)
