"""The names of the bodies or people mentioned inside a span of the text.

An event names who its sentence names. The mentions come sorted by their
start, so the ones inside a sentence are found by halving, not by reading
every mention of the page for every event.
"""

from __future__ import annotations

import bisect

from .organisations import OrganisationMention
from .people import PersonMention
from .sentences import Span

__all__ = ["MentionNames", "merged_names"]


class MentionNames:
    """Organisation or person mentions (sorted by start, as extraction
    returns them) with the names named inside a span found by bisection."""

    def __init__(self, mentions: tuple[OrganisationMention, ...] | tuple[PersonMention, ...]) -> None:
        self.all = mentions
        self._starts = [m.start for m in mentions]

    def names_in(self, span: Span) -> tuple[str, ...]:
        """The names mentioned inside ``span``, in order, each once."""
        low = bisect.bisect_left(self._starts, span.start)
        high = bisect.bisect_left(self._starts, span.end, low)
        if low == high:
            return ()
        return tuple(dict.fromkeys(m.name for m in self.all[low:high]))


def merged_names(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Both in order, each name once (each is given with no name twice)."""
    if not second:
        return first
    if not first:
        return second
    return tuple(dict.fromkeys(first + second))
