"""Whether a place in a text falls inside one of a person's mentions (``MentionCover``), answered by bisection."""

from __future__ import annotations

import bisect
import itertools


class MentionCover:
    """Whether a place falls inside one of a person's mentions, by bisection:
    a page naming one person thousands of times is not read once per pair."""

    def __init__(self, mentions: list[tuple[int, int]]) -> None:
        ordered = sorted(mentions)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def covers(self, at: int) -> bool:
        index = bisect.bisect_right(self.starts, at) - 1
        return index >= 0 and self.reach[index] > at
