"""The day a bare weekday names on a page with no date of its own.

"Students rallied around Australia on Friday", on a page with no date line
that quotes a post dated "March 15, 2019" (a Friday): a reader takes the
Friday to be that one. So on an undated page, the lede's bare weekday ("on
Friday", not "last Friday") is the one day the page writes in full that
falls on that weekday; none or two such days, and it stays undated.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .date_mentions import DateMention, is_calendar_date
from .date_resolution import WEEKDAY_NUMBERS, ResolvedDate

__all__ = ["dated_by_fitting_day"]


def _fitting_full_day(mention: DateMention, mentions: Iterable[DateMention]) -> date | None:
    """The one full date among ``mentions`` on the weekday ``mention`` names bare."""
    relative = mention.relative
    if relative is None:
        return None
    word = relative[3:] if relative.startswith("on ") else relative
    weekday = WEEKDAY_NUMBERS.get(word)
    if weekday is None:
        return None
    fitting = {date(m.year, m.month, m.day) for m in mentions
               if m.year is not None and m.month is not None and m.day is not None and m.relative is None
               and is_calendar_date(m.year, m.month, m.day) and date(m.year, m.month, m.day).weekday() == weekday}
    return fitting.pop() if len(fitting) == 1 else None


def dated_by_fitting_day(mention: DateMention, mentions: Iterable[DateMention]) -> ResolvedDate | None:
    """``mention`` dated to ``_fitting_full_day``, to the day, if there is one."""
    day = _fitting_full_day(mention, mentions)
    return ResolvedDate(mention, day.isoformat(), "day") if day is not None else None
