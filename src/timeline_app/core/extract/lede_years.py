"""The year of a past act's day that the lede writes without one.

"On 10 March the convenor delivered an open letter", on a page with no
date line, then "we signed in support on 23 February 2023": a reader
takes the 10 March to be in 2023. So on an undated page, a year-less day
and month in a lede told in the past takes the one year the page writes
with full days; two such years, or a lede that plans ("will skip school
from September 20"), and it stays undated.
"""

from __future__ import annotations

from collections.abc import Iterable

from .clause_tense import is_future_tense
from .date_mentions import DateMention
from .date_resolution import ResolvedDate, resolve_in_year
from .document_memo import answers

__all__ = ["dated_by_the_pages_year"]


def dated_by_the_pages_year(mention: DateMention, mentions: Iterable[DateMention], lede: str) -> ResolvedDate | None:
    """``mention`` (year-less, in ``lede``) in the one year of the page's full days."""
    if mention.year is not None or mention.day is None or mention.month is None or mention.relative is not None:
        return None
    years = _full_days_years(mentions)
    if len(years) != 1 or is_future_tense(lede):
        return None
    return resolve_in_year(mention, next(iter(years)))  # no 29 February in a year without one


def _full_days_years(mentions: Iterable[DateMention]) -> frozenset[int]:
    """The years the page writes with full days, worked out once per list of mentions while a document is
    read (a page of thousands of year-less days asked it once per day: quadratic)."""
    key = (_full_days_years, id(mentions))
    memo = answers()
    found = memo.get(key)
    if found is None or found[0] is not mentions:
        found = memo[key] = (mentions, frozenset(m.year for m in mentions
                                                 if m.year is not None and m.day is not None and m.relative is None))
    return found[1]
