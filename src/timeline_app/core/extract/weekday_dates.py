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
from functools import cached_property

from .date_mentions import DateMention, is_calendar_date
from .date_resolution import WEEKDAY_NUMBERS, ResolvedDate
from .weekday_years import stated_years

__all__ = ["WeekdayFits"]


class WeekdayFits:
    """What one page's weekdays can be fitted to: the years it states and the
    full days it writes. Each is worked out once, on first need, not once per
    weekday asked (a line listing a thousand weekdays asks a thousand times)."""

    def __init__(self, mentions: list[DateMention], pool: Iterable[DateMention]) -> None:
        # ``mentions``: the page's dates; ``pool``: those a bare weekday may be (captions' too)
        self._mentions, self._pool = mentions, pool

    @cached_property
    def years(self) -> set[int]:
        """``stated_years`` of the page's dates."""
        return stated_years(self._mentions)

    @cached_property
    def _full_days(self) -> dict[int, set[date]]:
        """The pool's full dates (no relative word), by weekday (Monday 0)."""
        by_weekday: dict[int, set[date]] = {}
        for m in self._pool:
            if m.year is not None and m.month is not None and m.day is not None and m.relative is None \
                    and is_calendar_date(m.year, m.month, m.day):
                day = date(m.year, m.month, m.day)
                by_weekday.setdefault(day.weekday(), set()).add(day)
        return by_weekday

    def fitting_day(self, mention: DateMention) -> ResolvedDate | None:
        """``mention``, a bare weekday, dated to the one full day in the pool on
        that weekday, to the day, if there is exactly one."""
        relative = mention.relative
        if relative is None:
            return None
        weekday = WEEKDAY_NUMBERS.get(relative[3:] if relative.startswith("on ") else relative)
        days = self._full_days.get(weekday, ()) if weekday is not None else ()
        return ResolvedDate(mention, next(iter(days)).isoformat(), "day") if len(days) == 1 else None
