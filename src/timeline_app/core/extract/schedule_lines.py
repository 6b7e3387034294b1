"""Schedule lines: a notice's "When:" or "Date:" field set beside its "Time:", "Venue:" or "Where:".

A media advisory or an invitation lays its event out in labelled fields, one a line. The date field of such a
block is the day the event is held: ``events`` weighs it as an event's own date (as it weighs a date followed by
hours), and ``published`` never reads it as the page's date line. A "Date:" line alone is no schedule (a mail's
header, a post's stamp): it takes a field of place or time within a few lines of it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .document_memo import remembered
from .sentences import Span, lines

__all__ = ["in_a_schedule_line", "is_schedule_date_line", "schedule_date_starts"]

# A field's label opening a line, after a bullet or a table's bar at most.
_FIELD = re.compile(r"[|•*>-]{0,2}[ \t]*(when|date|day|time|venue|where|location|place)[ \t]*:", re.IGNORECASE)
_FIELD_FIRST = frozenset("|•*>- \twWdD")  # what a date field's line can open with
_DATE_FIELDS = frozenset(("when", "date", "day"))
#: The most lines from a date field to the field of place or time that makes it a schedule's.
_NEAR_LINES = 3


def _label(line: str) -> str | None:
    found = _FIELD.match(line)
    return found.group(1).lower() if found else None


def is_schedule_date_line(text_lines: Sequence[Span], index: int) -> bool:
    """Whether ``text_lines[index]`` is a date field with a field of place or time near it ("When: Friday 3 May"
    over "Where: the town hall steps")."""
    if _label(text_lines[index].text) not in _DATE_FIELDS:
        return False
    near = text_lines[max(0, index - _NEAR_LINES):index] + text_lines[index + 1:index + 1 + _NEAR_LINES]
    return any(label is not None and label not in _DATE_FIELDS for label in (_label(line.text) for line in near))


def _schedule_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where each schedule's date field line starts and ends, in text order."""
    text_lines = lines(text)
    starts = schedule_date_starts(text_lines)
    return tuple((line.start, line.end) for line in text_lines if line.start in starts)


def schedule_date_starts(text_lines: Sequence[Span]) -> frozenset[int]:
    """Where each schedule's date field line starts."""
    return frozenset(line.start for index, line in enumerate(text_lines)
                     if line.text[:1] in _FIELD_FIRST and is_schedule_date_line(text_lines, index))


def in_a_schedule_line(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands on a schedule's date field line (the lines are read once per document)."""
    spans = remembered(_schedule_spans, text)
    index = bisect.bisect_right(spans, (at, len(text) + 1)) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]
