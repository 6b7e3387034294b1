"""A stored text as every step of extraction reads it, and the way back to the stored offsets.

Three steps come before any rule: typographic characters made plain (``typography.plain_typography``), a
hard wrap's line breaks read as blanks (``wrapped_lines.unwrapped``, same length), and words a soft hyphen
parted at a line's end read whole (``typography.parted_words_joined``, after the wrap is read so that its
break still counts as a run-on). ``TextAsRead.stored_offset`` takes an offset in the text as read back
through both steps that move what follows, so evidence spans point into the document as stored.
"""

from __future__ import annotations

from typing import NamedTuple

from .typography import PlainText, original_offset, parted_words_joined, plain_typography
from .wrapped_lines import unwrapped

__all__ = ["TextAsRead", "text_as_read"]


class TextAsRead(NamedTuple):
    """``text`` as read; ``typed`` and ``joined`` the two steps that may move offsets."""

    text: str
    typed: PlainText
    joined: PlainText

    @property
    def moved(self) -> bool:
        """Whether any offset of the text as read differs from the stored one."""
        return bool(self.typed.plain_ends or self.joined.plain_ends)

    def stored_offset(self, offset: int) -> int:
        """Where ``offset`` in the text as read stands in the stored text."""
        return original_offset(self.typed, original_offset(self.joined, offset))


def text_as_read(stored: str) -> TextAsRead:
    """``stored`` as extraction reads it (see the module)."""
    typed = plain_typography(stored)
    joined = parted_words_joined(unwrapped(typed.text))
    return TextAsRead(joined.text, typed, joined)
