"""A text as a step of extraction reads it, and the way back to the offsets of the text it was given.

Steps that drop or write out pieces of the text (``typography``, ``line_layout``) move every offset after
them; each gives a ``PlainText``, whose compact arrays say where, and ``original_offset`` takes an offset
in what it read back to the text it was given.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

__all__ = ["PlainText", "edited", "original_offset", "rewritten"]


class PlainText(NamedTuple):
    """``text`` as a reader sees it. Where it is read differently, ``plain_starts`` and ``plain_ends`` hold
    where each piece dropped or written out begins and ends in the plain text and ``stored_ends`` the stored
    offset after it, in order (all empty when every offset is the stored one)."""

    text: str
    plain_ends: Sequence[int] = ()
    stored_ends: Sequence[int] = ()
    plain_starts: Sequence[int] = ()


def edited(text: str, edits: Iterable[tuple[int, int, str]]) -> PlainText:
    """``text`` with each ``(start, end, piece)`` of ``edits`` (in order, apart) read as ``piece``."""
    plain_starts, plain_ends, stored_ends = array("q"), array("q"), array("q")  # (compact: a piece a word)
    pieces: list[str] = []
    grown = done = 0
    for start, end, piece in edits:
        if text[start:end] == piece:
            continue
        pieces += (text[done:start], piece)
        plain_starts.append(start + grown)
        grown += len(piece) - (end - start)
        plain_ends.append(end + grown)
        stored_ends.append(end)
        done = end
    if not plain_ends:
        return PlainText(text)
    pieces.append(text[done:])
    return PlainText("".join(pieces), plain_ends, stored_ends, plain_starts)


def rewritten(text: str, pattern: re.Pattern[str], written: Callable[[re.Match[str]], str]) -> PlainText:
    """``text`` with each match of ``pattern`` replaced by what ``written`` reads for it, and the offsets mapped."""
    return edited(text, ((match.start(), match.end(), written(match)) for match in pattern.finditer(text)))


def original_offset(plain: PlainText, offset: int, *, end: bool = False) -> int:
    """Where ``offset`` in ``plain.text`` stands in the text it was read from. Inside a written-out piece it
    stands at the piece's end; where a piece was dropped, after it, or before it when ``offset`` ends a span
    (``end``), so that a span holds neither the indent before it nor the blanks after it."""
    if end:
        after = bisect_left(plain.plain_ends, offset)  # (the first piece that ends at ``offset`` or after it)
        if after < len(plain.plain_ends) and plain.plain_starts[after] < offset:
            return plain.stored_ends[after]  # (the span ends inside or with a written-out piece)
        index = after - 1
    else:
        index = bisect_right(plain.plain_ends, offset) - 1
    stored = offset if index < 0 else plain.stored_ends[index] + offset - plain.plain_ends[index]
    return min(stored, plain.stored_ends[index + 1]) if index + 1 < len(plain.stored_ends) else stored
