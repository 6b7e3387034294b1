"""A dashed range written as two dates ("voting ran 28 April–9 May"): one stretch, from its first day to its last.

The closing day says when the first's stretch ended: it is the range's
end, never an event's own day, and a reader dates the act by where it
began. (Within a month, "22-26 June", the range is one date already.) A
run of three or more dates joined by dashes ("3 May – 12 June – 20 July")
is a list of days, no range.
"""

from __future__ import annotations

from collections.abc import Sequence

from .date_resolution import ResolvedDate, resolve, resolve_in_year
from .dates import DateMention

__all__ = ["dashed_ranges", "with_range_end"]

_DASHES = frozenset("-–—")
#: The most a dash and its blanks take between the two ends.
_MAX_GAP = 3


def dashed_ranges(text: str, mentions: Sequence[DateMention]) -> dict[int, DateMention]:
    """Where each range's opening day starts, and the day that closes it: two days with only a dash
    between them, and no dash joining either to a third."""
    joined = [_dash_between(text, before, after) for before, after in zip(mentions, mentions[1:])]
    return {mentions[i].start: mentions[i + 1] for i, dash in enumerate(joined)
            if dash and not (i and joined[i - 1]) and not (i + 1 < len(joined) and joined[i + 1])}


def with_range_end(resolved: ResolvedDate, closing: DateMention | None) -> ResolvedDate:
    """``resolved`` (a range's first day) ending on its closing day, when that falls after it."""
    if closing is None or resolved.precision != "day" or resolved.end_iso is not None:
        return resolved
    year = int(resolved.iso[:4])
    if closing.year is None and closing.month is not None and closing.day is not None and \
            (closing.month, closing.day) < (int(resolved.iso[5:7]), int(resolved.iso[8:10])):
        year += 1  # "28 December–3 January"
    end = resolve(closing, None) if closing.year is not None else resolve_in_year(closing, year)
    if end is None or end.precision != "day" or end.iso <= resolved.iso:
        return resolved
    return resolved._replace(end_iso=end.iso)


def _dash_between(text: str, before: DateMention, after: DateMention) -> bool:
    """Whether only a dash (and blanks) stands between two days."""
    if before.day is None or after.day is None or after.start - before.end > _MAX_GAP:
        return False
    gap = text[before.end:after.start].strip(" \t")
    return len(gap) == 1 and gap in _DASHES
