"""A relative day glossed with its day of the month: "today (18)", "on Tuesday (9)".

Some papers write the day of the month in brackets after "today",
"yesterday" or a weekday. On a page dated only to its month, the relative
word cannot be dated, but its bracket can: the day of the page's month.
A weekday must fall on that day: "last Friday (28)" on a page of July 2019
(a Sunday then) is 28 June, and "on Tuesday (6)", never a Tuesday that
month, is not dated.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .date_resolution import WEEKDAY_NUMBERS, ResolvedDate
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
    weekday = WEEKDAY_NUMBERS.get(mention.relative.split()[-1].lower())
    if weekday is not None and not _falls_on(year, month, day, weekday):
        step = _STEPS.get(mention.relative.split()[0].lower())  # "last Friday (28)": the month before, if then
        if step is None:
            return None
        year, month = (year + (month + step - 1) // 12, (month + step - 1) % 12 + 1)
        if not _falls_on(year, month, day, weekday):
            return None
    if not 1 <= day <= monthrange(year, month)[1]:
        return None
    return ResolvedDate(mention, f"{year:04d}-{month:02d}-{day:02d}", "day")


# The month a weekday glossed with a day of another month is in: the one before for "last", after for "next".
_STEPS = {"last": -1, "next": 1}


def _falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    return 1 <= day <= monthrange(year, month)[1] and date(year, month, day).weekday() == weekday
