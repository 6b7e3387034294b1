"""The closing day of a dashed range ("voting ran 3 May–12 June"): a range's end, never an event's own day.

A range written across two months is read as two dates; the second only
says when the first's stretch ended, and a reader dates the act by where
it began. (Within a month, "22-26 June", the range is one date already.)
"""

from __future__ import annotations

from collections.abc import Sequence

from .dates import DateMention

__all__ = ["range_ends"]

_DASHES = frozenset("-–—")
#: The most a dash and its blanks take between the two ends.
_MAX_GAP = 3


def range_ends(text: str, mentions: Sequence[DateMention]) -> frozenset[int]:
    """Where each mention that closes a dashed range of days starts: the one
    just after another day, with only a dash between them."""
    ends = set()
    for before, mention in zip(mentions, mentions[1:]):
        if before.day is None or mention.day is None or mention.start - before.end > _MAX_GAP:
            continue
        gap = text[before.end:mention.start].strip(" \t")
        if len(gap) == 1 and gap in _DASHES:
            ends.add(mention.start)
    return frozenset(ends)
