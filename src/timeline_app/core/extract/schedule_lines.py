"""Schedule lines: a notice's "When:" or "Date:" field beside its "Venue:" or "Where:" (or "Location:" and hours).

A media advisory or an invitation lays its event out in labelled fields, one a line. The date field of such a
block is the day the event is held: ``events`` weighs it as an event's own date (as it weighs a date followed by
hours), and ``published`` never reads it as the page's date line. A "Date:" line alone is no schedule (a mail's
header, a post's stamp), nor is one beside a "Time:" line alone (a post's stamp): it takes a field of place within
a few lines of it. "Venue:" and "Where:" name where something is held; "Location:" and "Place:" head a press
release too, so beside them the date field takes a time as well (a "Time:" field, hours on its own line, or the
label "When:").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .document_memo import answers
from .sentences import Span, lines

__all__ = ["in_a_schedule_line", "is_schedule_date_line", "schedule_date_lines", "schedule_date_spans"]

# A field's label opening a line, after a bullet or a table's bar at most.
_FIELD = re.compile(r"[|•*>-]{0,2}[ \t]*(when|date|day|time|venue|where|location|place)[ \t]*:", re.IGNORECASE)
_FIELD_FIRST = frozenset("|•*>- \twWdD")  # what a date field's line can open with
_DATE_FIELDS = frozenset(("when", "date", "day"))
_HELD_AT_FIELDS = frozenset(("venue", "where"))  # where an event is held
_PLACE_FIELDS = frozenset(("location", "place"))  # a place, that also heads a press release
# The hours an event is held at, on its date field's line ("10:00 a.m.", "2pm", "14:30").
_CLOCK = re.compile(r"\b[012]?\d(?:[.:][0-5]\d)?[ \t]*[ap]\.?m\b|\b[012]?\d:[0-5]\d\b", re.IGNORECASE)
#: The most lines from a date field to the fields of place and time that make it a schedule's.
_NEAR_LINES = 3


def _label(line: str) -> str | None:
    found = _FIELD.match(line)
    return found.group(1).lower() if found else None


def is_schedule_date_line(text_lines: Sequence[Span], index: int) -> bool:
    """Whether ``text_lines[index]`` is a date field with a venue near it ("Date: 9 May" over "Venue: the hall"), or
    a place and a time ("When: Friday 3 May" over "Location: the town hall steps"; "Date: 9 May, 2pm" over "Place:
    the hall")."""
    line = text_lines[index].text
    label = _label(line)
    if label not in _DATE_FIELDS:
        return False
    near = text_lines[max(0, index - _NEAR_LINES):index] + text_lines[index + 1:index + 1 + _NEAR_LINES]
    labels = {_label(other.text) for other in near}
    if not labels.isdisjoint(_HELD_AT_FIELDS):
        return True
    return not labels.isdisjoint(_PLACE_FIELDS) and (
        label == "when" or "time" in labels or _CLOCK.search(line) is not None)


def schedule_date_spans(text_lines: Sequence[Span]) -> tuple[tuple[int, int], ...]:
    """Where each schedule's date field line starts and ends, in text order."""
    return tuple((line.start, line.end) for index, line in enumerate(text_lines)
                 if line.text[:1] in _FIELD_FIRST and is_schedule_date_line(text_lines, index))


def schedule_date_lines(text: str, text_lines: Sequence[Span] | None = None) -> tuple[tuple[int, int], ...]:
    """``schedule_date_spans`` of ``text``, worked out once per document (``text_lines``, ``lines(text)``, saves
    splitting the text again)."""
    memo = answers()
    key = (schedule_date_lines, text)
    found: tuple[tuple[int, int], ...] | None = memo.get(key)  # type: ignore[assignment]
    if found is None:
        found = memo[key] = schedule_date_spans(lines(text) if text_lines is None else text_lines)
    return found


def in_a_schedule_line(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands on a schedule's date field line."""
    spans = schedule_date_lines(text)
    index = bisect.bisect_right(spans, (at, len(text) + 1)) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]
