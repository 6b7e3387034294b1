"""The lines of a document that hold two commas or more, listed once per document.

Three readers of people's lists look only at lines with a few commas: lists of given names and comma-parted
signatories (three commas or more), and "Name, Office, Body" speaker lines (exactly two). Each split the whole
text and counted every line's commas; the lines they may read are now listed once (``document_memo``), and
each reader goes through those alone, in the same order and with the same offsets.
"""

from __future__ import annotations

from .document_memo import remembered

__all__ = ["comma_lines"]


def comma_lines(text: str) -> tuple[tuple[int, str, int], ...]:
    """(offset, line, commas) of each line of ``text`` (parted by "\\n") that holds two commas or more, in order."""
    return remembered(_comma_lines, text)


def _comma_lines(text: str) -> tuple[tuple[int, str, int], ...]:
    found = []
    offset = 0
    for line in text.split("\n"):
        commas = line.count(",")
        if commas >= 2:
            found.append((offset, line, commas))
        offset += len(line) + 1
    return tuple(found)
