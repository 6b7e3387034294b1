"""A day someone would like something done on: a wish, not an act.

"The trust ... would like the council to clear the site on Saturday": the day is
when the speaker wants another act to happen, which the page does not
report as done; the act it reports (the occupation) has its own day. A
report names such a day beside the act, never as that act's.
"""

from __future__ import annotations

import re

__all__ = ["dates_a_wish"]

# "would like police to take action on", "would prefer the talks to resume on"
_WISH_BEFORE = re.compile(r"\bwould[ \t]+(?:like|prefer|want)[ \t]+(?:[\w'’-]+[ \t]+){0,6}?to[ \t]+[^.;:!?]*$",
                          re.IGNORECASE)
_LOOK_BACK = 80


def dates_a_wish(sentence: str, at: int) -> bool:
    """Whether the day at ``sentence[at:]`` ends a "would like ... to ..." clause."""
    before = sentence[max(0, at - _LOOK_BACK):at]
    if "would " not in before.lower():
        return False
    return _WISH_BEFORE.search(before) is not None
