"""A stored text as every step of extraction reads it, and the way back to the stored offsets.

Five steps come before any rule: typographic characters made plain (``typography.plain_typography``), lines
read without a mail's quote marks, their indent and the blanks at their end (``line_layout.plain_layout``),
a hard wrap's line breaks read as blanks (``wrapped_lines.unwrapped``, same length, measuring each line with
the indent it lost), words a hyphen parted at a wrapped line's end read whole
(``hyphenated_words.hyphenated_words_joined``) and words a soft hyphen parted there too
(``typography.parted_words_joined``; both after the wrap is read, so that its break still counts as a
run-on). ``TextAsRead.stored_span`` takes a span of the text as read back through the four steps that move
what follows, so evidence spans point into the document as stored.
"""

from __future__ import annotations

from typing import NamedTuple

from .hyphenated_words import hyphenated_words_joined
from .line_layout import plain_layout
from .read_offsets import PlainText, original_offset
from .typography import parted_words_joined, plain_typography
from .wrapped_lines import unwrapped

__all__ = ["TextAsRead", "text_as_read"]


class TextAsRead(NamedTuple):
    """``text`` as read; ``typed``, ``laid``, ``dehyphenated`` and ``joined`` the four steps that may move
    offsets, in order."""

    text: str
    typed: PlainText
    laid: PlainText
    dehyphenated: PlainText
    joined: PlainText

    @property
    def moved(self) -> bool:
        """Whether any offset of the text as read differs from the stored one."""
        return any(step.plain_ends for step in (self.typed, self.laid, self.dehyphenated, self.joined))

    def stored_offset(self, offset: int, *, end: bool = False) -> int:
        """Where ``offset`` in the text as read stands in the stored text (``end``: as a span's end, before
        what was dropped there)."""
        for step in (self.joined, self.dehyphenated, self.laid, self.typed):
            offset = original_offset(step, offset, end=end)
        return offset

    def stored_span(self, start: int, end: int) -> tuple[int, int]:
        """Where the span ``start``-``end`` of the text as read stands in the stored text: from after what was
        dropped before it to before what was dropped after it (an empty span on a dropped piece, "&nbsp;" alone,
        stays empty rather than ending before it starts)."""
        stored_start = self.stored_offset(start)
        return stored_start, max(stored_start, self.stored_offset(end, end=True))


def text_as_read(stored: str) -> TextAsRead:
    """``stored`` as extraction reads it (see the module)."""
    typed = plain_typography(stored)
    laid, indents = plain_layout(typed.text)
    dehyphenated = hyphenated_words_joined(unwrapped(laid.text, indents), laid.text)
    joined = parted_words_joined(dehyphenated.text)
    return TextAsRead(joined.text, typed, laid, dehyphenated, joined)
