"""An embedded post's signature: "— City Radio (@cityradio) June 3, 2019".

Pages quote social-media posts with the poster's name, handle and the day
they posted. That day is neither the page's publication nor an event of its
own (as an event it only repeated the post's signature as a title): the
post is evidence about the story, dated by its poster. On a page with no
date of its own (a live blog), the one day all its embedded posts were signed is
the day its relative days count from ("free to strike today"); an event
it leaves undated stays undated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .date_mentions import DateMention, is_calendar_date

__all__ = ["day_of_posts", "signs_a_post"]

_SIGNATURE_BEFORE = re.compile(r"\(@\w{1,30}\)[ \t]*$")
_LOOK_BACK = 36
# An embedded post's signature line opens with a dash ("— City Radio (@cityradio) June 3, 2019"); a
# site's "Follow Unison (@unisontweets) March 14, 2019" is no post quoted.
_EMBEDDED = re.compile(r"[ \t]*[—–-]")


def signs_a_post(text: str, date_start: int) -> bool:
    """Whether the date starting at ``date_start`` follows a "(@handle)"."""
    if date_start < 3 or text.rfind("(@", max(0, date_start - _LOOK_BACK), date_start) == -1:
        return False
    return _SIGNATURE_BEFORE.search(text, max(0, date_start - _LOOK_BACK), date_start) is not None


def day_of_posts(text: str, mentions: Sequence[DateMention]) -> date | None:
    """The one day every embedded post on the page was signed, or None: on
    a page with no date of its own (a live blog quoting tweets), the day
    its "today" and its "on Wednesday" are counted from."""
    days = {(m.year, m.month, m.day) for m in mentions if signs_a_post(text, m.start) and _embedded(text, m.start)}
    if len(days) != 1:
        return None
    year, month, day = days.pop()
    if year is None or month is None or day is None or not is_calendar_date(year, month, day):
        return None
    return date(year, month, day)


def _embedded(text: str, date_start: int) -> bool:
    """Whether the signature ending at ``date_start`` stands on a line that opens with a dash."""
    return _EMBEDDED.match(text, text.rfind("\n", 0, date_start) + 1) is not None
