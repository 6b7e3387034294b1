"""What a found date is: the mention record and the calendar check.

Shared by finding (``dates``), reading numeric dates day- or month-first
(``date_order``) and resolving mentions (``date_resolution``), so none of
them has to import another.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import NamedTuple

#: The weekdays' names, Monday first (as ``date.weekday`` counts).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The months' names, January first.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
#: The weekdays' names as a pattern's alternatives ("Monday|Tuesday|..."), for patterns that name any of them.
WEEKDAY_ALTERNATIVES = "|".join(WEEKDAY_NAMES)

MIN_YEAR = 1000
MAX_YEAR = 2200

class DateMention(NamedTuple):
    """A date expression found in the text, before or after resolution.

    ``year``/``month``/``day`` hold what the text states; relative phrases
    keep ``relative`` and are resolved later against the publication date.
    """

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_day: int | None = None
    relative: str | None = None
    weekday_direction: str | None = None
    time: str | None = None



_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_calendar_date(year: int, month: int, day: int | None) -> bool:
    """Whether the fields make a real day (or month) in the years we accept."""
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= (29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month])


#: A two-digit year from this one on is of the 1900s ("14-10-96" is 1996, "3 Feb '16" 2016).
LAST_CENTURY_FROM = 70


def full_year(short: int) -> int:
    """The year a two-digit one stands for: the 1900s from ``LAST_CENTURY_FROM`` on, else the 2000s."""
    return short + (1900 if short >= LAST_CENTURY_FROM else 2000)


def weekday_on_or_before(reference: date, weekday: str) -> date:
    """The latest day named ``weekday`` ("Friday") on or before ``reference``."""
    return reference - timedelta(days=(reference.weekday() - WEEKDAY_NAMES.index(weekday)) % 7)
