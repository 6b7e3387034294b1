"""A relative day glossed with its day of the month: "today (18)", "on Tuesday (9)".

Some papers write the day of the month in brackets after "today",
"yesterday" or a weekday. On a page dated only to its month, the relative
word cannot be dated, but its bracket can: the day of the page's month.
"""

from __future__ import annotations

import re
from calendar import monthrange

from .date_resolution import ResolvedDate
from .dates import DateMention

__all__ = ["glossed_day"]

# The bracket right after the relative word: one or two digits, an ordinal's letters at most.
_DAY_BRACKET = re.compile(r"[ \t]*\((\d{1,2})(?:st|nd|rd|th)?\)")


def glossed_day(text: str, mention: DateMention, month_iso: str | None) -> ResolvedDate | None:
    """``mention`` (a relative day) dated by the day its bracket gives, in
    ``month_iso`` ("2019-07", the page's month), when the day is one of it."""
    if month_iso is None or len(month_iso) != 7 or mention.relative is None or \
            "(" not in text[mention.end:mention.end + 4]:
        return None
    found = _DAY_BRACKET.match(text, mention.end)
    if found is None:
        return None
    year, month = int(month_iso[:4]), int(month_iso[5:])
    day = int(found[1])
    return ResolvedDate(mention, f"{month_iso}-{day:02d}", "day") if 1 <= day <= monthrange(year, month)[1] else None
