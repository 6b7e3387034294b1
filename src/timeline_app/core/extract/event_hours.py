"""An event's hours after its date: "Friday 10 March 2023, 2pm - 4pm".

A date followed by a span of hours is a schedule: the day something is
held (an event page's date line, a union's notice of a picket), never the
day the page was published; so is a notice's "When:" field beside its
"Where:" (``schedule_lines``). ``page_date_lines`` skips such a line as
``published`` looks for a date line, and ``events`` weighs it as an
event's own date.
"""

from __future__ import annotations

import re

from .schedule_lines import in_a_schedule_line

__all__ = ["held_then", "hours_follow"]

_HOURS_AFTER = re.compile(
    r",?[ \t]*(?:from[ \t]+)?[012]?\d(?:[.:][0-5]\d)?[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:-|–|to|until)[ \t]*"
    r"[012]?\d(?:[.:][0-5]\d)?[ \t]*[ap]\.?m\b",
    re.IGNORECASE,
)


def hours_follow(text: str, end: int) -> bool:
    """Whether a span of hours ("2pm - 4pm", "from 10 to 11.30am") starts at ``end``."""
    return _HOURS_AFTER.match(text, end) is not None


def held_then(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the day something is held: hours follow it or it stands on a
    schedule's date field line."""
    return hours_follow(text, end) or in_a_schedule_line(text, start)
