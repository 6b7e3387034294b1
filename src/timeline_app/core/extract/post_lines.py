"""Lines that say when a post went up, not when anything happened.

"Friday, June 7th, 2019 at 3:12 pm in HTU, strike, nurses" and "8:41 pm
on 23 October 2018": a date line under a headline, which is the byline's
business; its date is never an event's.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .sentences import Span

__all__ = ["is_post_line"]

# What may stand before the date on a post's own date line ("Tuesday, ").
_POST_LINE_LEAD = 12


def is_post_line(sentence: Span, mention: DateMention) -> bool:
    """A line that opens with a date and is no sentence ("Friday, June 7th,
    2019 at 3:12 pm in HTU, strike, nurses"): when a post went up, which
    is the byline's business, not an event."""
    at = mention.start - sentence.start
    return at <= _POST_LINE_LEAD and mention.year is not None and (
        not sentence.text.endswith((".", "!", "?", "”", '"')) and " at " in sentence.text[mention.end - sentence.start:][:4]
        or _is_clock_line(sentence, mention, at))


# "8:41 pm on 23 October 2018": a line of a clock time and a date, nothing else
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d\d[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:on[ \t]+|,[ \t]*)?", re.IGNORECASE)


def _is_clock_line(sentence: Span, mention: DateMention, at: int) -> bool:
    """Whether ``sentence`` is only a clock time then ``mention``: when the
    page went up, as a post line says it."""
    return at > 0 and mention.end == sentence.end and _CLOCK_BEFORE.fullmatch(sentence.text, 0, at) is not None
