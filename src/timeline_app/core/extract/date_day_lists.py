"""Days listed before the one that carries the month: "on 13-14 and 16-17 December".

A strike called "on 13-14 and 16-17 December" or "on 13, 14 and 16 December"
begins on the 13th, but the month is written once, after the last day, so the
date patterns read only "16-17 December" and the action was dated three days
late. The days listed before it, after "on", "from" or "between" and each
smaller than the next, belong to the same month: the mention is widened to
start at the first, its ``end_day`` kept as the last day named.
"""

from __future__ import annotations

import re

from .date_mentions import DateMention

__all__ = ["with_listed_days"]

_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# The listed days just before a mention, opened by a preposition: "on 13-14 and ", "from 3, 4, ".
_LISTED_BEFORE = re.compile(
    rf"\b(?:on|from|between|over)[ \t]+(?P<days>{_DAY}(?:[ \t]*[-–][ \t]*{_DAY})?"
    rf"(?:,[ \t]*{_DAY}(?:[ \t]*[-–][ \t]*{_DAY})?)*)(?:,?[ \t]+and[ \t]+|,[ \t]*)$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")
_LOOK_BACK = 40


def with_listed_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each day-first date widened over the days listed before it."""
    widened = []
    for mention in mentions:
        if mention.day is None or mention.month is None or mention.relative or \
                not text[mention.start:mention.start + 1].isdigit():
            widened.append(mention)
            continue
        listed = _LISTED_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
        days = [int(n) for n in _NUMBER.findall(listed["days"])] if listed else []
        if not days or days != sorted(set(days)) or days[-1] >= mention.day or days[0] < 1:
            widened.append(mention)
            continue
        start = listed.start("days")
        if widened and widened[-1].end > start:
            widened.append(mention)  # (the listed days are already another mention's)
            continue
        widened.append(mention._replace(start=start, text=text[start:mention.end], day=days[0],
                                        end_day=mention.end_day or mention.day))
    return widened
