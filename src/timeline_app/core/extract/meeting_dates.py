"""A day that dates a meeting, not the movement's act.

"... has invited the union to a meeting on Wednesday", "the lecturers'
association met the panel on Thursday", "at a news conference on Monday,
the union said the strike will start on 4 May", "a vote at the April 12
meeting": the day belongs to the meeting named just before or after it, so
the sentence's action words (the strike, the boycott) do not make it the
action's day. Only the clause right before the date is read, up to the
last comma or semicolon, and the words right after it.
"""

from __future__ import annotations

import re

from .prefilter import contains_any, folded

__all__ = ["dates_a_meeting"]

_MEETING_BEFORE = re.compile(
    r"\b(?:meetings?|met|meets|talks|hearing|AGM|EGM|(?:press|news|media)[ \t]+(?:conference|briefing)|summit|"
    r"negotiations?)\b[^,;:.!?]{0,40}$",
    re.IGNORECASE,
)
# "at the April 12 meeting": the date names the meeting after it.
_MEETING_AFTER = re.compile(r"[ \t]+(?:\w+[ \t]+)?(?:meeting|session|hearing)s?\b", re.IGNORECASE)
_LOOK_BACK = 56
# Every match of ``_MEETING_BEFORE`` holds one of these (lower-cased).
_MEETING_WORDS = ("meet", "met", "talks", "hearing", "agm", "egm", "conference", "briefing", "summit", "negotiation")


def dates_a_meeting(sentence: str, mention_text: str) -> bool:
    """Whether the clause before ``mention_text`` in ``sentence`` names a meeting."""
    at = sentence.find(mention_text)
    if at <= 0:
        return False
    start = max(0, at - _LOOK_BACK)
    # The pattern, led by \b and without case, is tried at every position:
    # a clause holding none of its words (most) is turned down first.
    return contains_any(folded(sentence[start:at]), _MEETING_WORDS) and \
        _MEETING_BEFORE.search(sentence, start, at) is not None or \
        _MEETING_AFTER.match(sentence, at + len(mention_text)) is not None
