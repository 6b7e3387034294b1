"""A dateline's date before a sentence that dates its own act: the filing's, not the act's.

"HARBOURTON, March 4 — The union said on Monday that nurses will walk out
on March 20": the date after the place says when the report was filed;
the sentence names the days of what it tells, and a reader takes those.
A dateline over a sentence with no date of its own ("WESTBROOK, May 2 —
Dockers blocked the gates") is left alone: it may be all that dates the act.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .sentences import Span
from .title_phrases import GLUED_DATE

__all__ = ["in_opening_dateline"]

#: The longest place (and region, and agency's bracket) a dateline puts before its date.
_MAX_PLACE = 70
#: A dateline's place is a few capitalised words: "New Delhi [Region],", "KEA HOLM, OSTLAND--(Wire - ".
_MAX_PLACE_WORDS = 6
# What closes the date: a bracket perhaps, then a dash or a colon ("March 4 —", "4 March 2021:", "2013) -").
_CLOSING = re.compile(r"[ \t]*[)\]]?[ \t]*(?:[–—-]+|:)")
_WORD_EDGES = "([,-–—/"


def in_opening_dateline(sentence: Span, mention: DateMention) -> bool:
    """Whether ``mention`` is the date of a dateline (a capitalised place, then
    the date, then a dash or a colon) that opens ``sentence``."""
    text = sentence.text
    at = mention.start - sentence.start
    start = len(text) - len(text.lstrip())
    glued = GLUED_DATE.match(text[start:])  # the page's glued "date 2021-03-12" line before it
    if glued is not None:
        start += glued.end()
    place = text[start:at]
    if not place or len(place) > _MAX_PLACE or not place[0].isupper() or place.rstrip()[-1:] not in (",", "(", "-"):
        return False
    words = [word.strip(_WORD_EDGES) for word in place.split()]
    words = [word for word in words if word]
    if not words or len(words) > _MAX_PLACE_WORDS or any(not word[0].isupper() for word in words):
        return False  # a sentence's own words before the date: "Workers said on March 4 -"
    return _CLOSING.match(text, mention.end - sentence.start) is not None
