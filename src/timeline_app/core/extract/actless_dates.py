"""The dates a page writes that date no act of their own, and a range's closing day kept as its end.

The page's own date line; a post's signature or heading line; a wire's
dateline; a dateline over a sentence that dates its act itself (the
filing's day); and the closing day of a dashed range ("28 April–9 May"),
which becomes the end of the event its first day dates.
"""

from __future__ import annotations

from collections.abc import Sequence

from .date_ranges import dashed_ranges, with_range_end
from .dateline_dates import filed_before_its_act
from .dates import DateMention, ResolvedDate
from .post_lines import is_post_line
from .post_signatures import signs_a_post
from .sentences import Span
from .wire_datelines import in_wire_dateline

__all__ = ["ActlessDates"]


class ActlessDates:
    """Which of a page's date mentions date no act; worked out once per page."""

    def __init__(self, text: str, mentions: Sequence[DateMention], indices: Sequence[int],
                 dateline: tuple[int, int] | None) -> None:
        self._text = text
        self._dateline = dateline
        self._ranges = dashed_ranges(text, mentions)
        self._closing = frozenset(closing.start for closing in self._ranges.values())
        self._by_sentence: dict[int, list[DateMention]] = {}
        for mention, index in zip(mentions, indices):
            self._by_sentence.setdefault(index, []).append(mention)

    def dates_no_act(self, sentence: Span, mention: DateMention, index: int) -> bool:
        """Whether ``mention`` (in the ``index``-th sentence) is no event's date."""
        if self._dateline and self._dateline[0] <= mention.start < self._dateline[1]:
            return True
        if is_post_line(sentence, mention) or signs_a_post(self._text, mention.start) or \
                in_wire_dateline(sentence, mention) or mention.start in self._closing:
            return True  # "... signed 3 May"; a range's end ("3 May–12 June")
        others = self._by_sentence[index]  # "HARBOURTON, March 4 — ... walked out on Monday": the filing's date
        return len(others) > 1 and filed_before_its_act(sentence, mention, others)

    def ranged(self, resolved: ResolvedDate) -> ResolvedDate:
        """``resolved`` ending on the closing day of the range it opens, if it opens one."""
        return with_range_end(resolved, self._ranges.get(resolved.mention.start))
