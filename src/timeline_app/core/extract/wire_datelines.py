"""A wire dateline's own date, inside a sentence: the report's, never an event's.

"ARLEN, (Westbrook Wire / Ostland Press - 12th Mar, 2021 ) :Dozens of
people held a rally Thursday": the date in the agency's bracket says
when the wire went out; the rally was on the Thursday before. The
dateline often shares the first sentence with the act (the page's glued
"date 2021-03-12" before it), so it is found inside the sentence.
"""

from __future__ import annotations

from .dates import DateMention
from .sentences import Span
from .title_openings import dateline_with_date_end
from .title_phrases import GLUED_DATE

__all__ = ["in_wire_dateline", "own_words_start"]


def own_words_start(text: str) -> int:
    """Where a sentence's own words start: past its leading blanks and the page's glued "date 2021-03-12"."""
    start = len(text) - len(text.lstrip())
    glued = GLUED_DATE.match(text[start:])
    return start if glued is None else start + glued.end()


def in_wire_dateline(sentence: Span, mention: DateMention) -> bool:
    """Whether ``mention`` sits in the wire dateline that opens ``sentence``."""
    text = sentence.text
    if "(" not in text[:mention.start - sentence.start]:
        return False  # (nearly every date: no bracket before it)
    start = own_words_start(text)
    end = dateline_with_date_end(text[start:])
    return end > 0 and mention.start < sentence.start + start + end
