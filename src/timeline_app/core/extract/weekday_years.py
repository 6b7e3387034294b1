"""The year a weekday gives a day and month written without one.

"The walkout will start on Monday, April 8th" names no year, but
April 8th falls on a Monday only once every few years: next to a page
that dates other things in 2019 ("as agreed on March 14th 2019"), a
reader knows it is 8 April 2019. So a year-less date that names its weekday
takes the one year, among those the page states with a month (and the year
after each, for a plan), on which that day is that weekday; none or two,
and it stays undated. With a publication date, the weekday likewise picks
between the years either side of the nearest.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .date_mentions import DateMention, is_calendar_date

__all__ = ["named_weekday", "stated_years", "weekday_year"]

_WEEKDAY_PREFIXES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def named_weekday(mention: DateMention) -> int | None:
    """The weekday (Monday 0) a year-less day and month opens with, if any."""
    if mention.year is not None or mention.day is None or mention.month is None:
        return None
    prefix = mention.text[:3].lower()
    return _WEEKDAY_PREFIXES.index(prefix) if prefix in _WEEKDAY_PREFIXES else None


def weekday_year(mention: DateMention, weekday: int, years: Iterable[int]) -> int | None:
    """The only year among ``years`` on which the mention's day falls on ``weekday``."""
    assert mention.month is not None and mention.day is not None
    fitting = {year for year in years if is_calendar_date(year, mention.month, mention.day)
               and date(year, mention.month, mention.day).weekday() == weekday}
    return fitting.pop() if len(fitting) == 1 else None


def stated_years(mentions: Iterable[DateMention]) -> set[int]:
    """Years the page states with a month, and the year after each."""
    years = {mention.year for mention in mentions if mention.year is not None and mention.month is not None}
    return years | {year + 1 for year in years}
