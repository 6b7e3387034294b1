"""The day a bare weekday names on a page with no date of its own.

"Students rallied around Australia on Friday", on a page with no date line
that quotes a post dated "March 15, 2019" (a Friday): a reader takes the
Friday to be that one. So on an undated page, the lede's bare weekday ("on
Friday", not "last Friday") is the one day the page writes in full that
falls on that weekday; none or two such days, and it stays undated.

A headline's bare weekday on a dated page is read the same way when the
page writes that weekday's date within a week of its own: "Workers to
Strike Nationwide on Thursday" over "beginning ... on Thurs., Dec. 19",
dated Dec. 18, is that Thursday, whatever the headline's tense seems.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from .date_mentions import DateMention, is_calendar_date
from .date_resolution import WEEKDAY_NUMBERS, ResolvedDate
from .sentences import Span

__all__ = ["dated_by_fitting_day", "headline_weekday_in_week"]

#: How far from the page's date the headline weekday's written date may lie.
_WEEK = timedelta(days=6)


def _fitting_full_day(mention: DateMention, mentions: Iterable[DateMention], near: date | None = None) -> date | None:
    """The one full date among ``mentions`` on the weekday ``mention`` names bare;
    with ``near``, only those within ``_WEEK`` of it, a year-less one read in the year that puts it there."""
    relative = mention.relative
    if relative is None:
        return None
    word = relative[3:] if relative.startswith("on ") else relative
    weekday = WEEKDAY_NUMBERS.get(word)
    if weekday is None:
        return None
    fitting = set()
    for m in mentions:
        if m.month is None or m.day is None or m.relative is not None:
            continue
        years = (m.year,) if m.year is not None else (near.year - 1, near.year, near.year + 1) if near else ()
        for year in years:
            if is_calendar_date(year, m.month, m.day) and date(year, m.month, m.day).weekday() == weekday and \
                    (near is None or abs(date(year, m.month, m.day) - near) <= _WEEK):
                fitting.add(date(year, m.month, m.day))
    return fitting.pop() if len(fitting) == 1 else None


def dated_by_fitting_day(mention: DateMention, mentions: Iterable[DateMention]) -> ResolvedDate | None:
    """``mention`` dated to ``_fitting_full_day``, to the day, if there is one."""
    day = _fitting_full_day(mention, mentions)
    return ResolvedDate(mention, day.isoformat(), "day") if day is not None else None


def headline_weekday_in_week(mention: DateMention, mentions: Iterable[DateMention], reference: date | None,
                             headline: Span | None) -> ResolvedDate | None:
    """A bare weekday in the ``headline`` of a page dated ``reference``, dated by the one
    full date on that weekday the page writes within a week of it; else None."""
    if reference is None or headline is None or not headline.start <= mention.start < headline.end:
        return None
    day = _fitting_full_day(mention, mentions, reference)
    return ResolvedDate(mention, day.isoformat(), "day") if day is not None else None
