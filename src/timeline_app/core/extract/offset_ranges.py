"""Whether an offset lies inside any of a page's ranges (credit lines, captions, page lines).

Each name and each date asks; testing it against every range cost a page of
thousands of credited or dated lines its length squared. The ranges are
merged once and an offset is looked up by halving.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

__all__ = ["OffsetRanges"]


class OffsetRanges:
    """Half-open ``(start, end)`` ranges, merged; ``offset in ranges`` asks whether any holds it."""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def __contains__(self, offset: int) -> bool:
        at = bisect_right(self._starts, offset) - 1
        return at >= 0 and offset < self._ends[at]
