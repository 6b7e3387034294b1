"""A year-less day beside the one year an undated page states.

"Issued on 10 December, the open letter looks back on the events of 2020",
on a page with no date line and no other year: a reader takes the 10
December to be in 2020, the year the sentence itself writes and the only
one the page knows. The year only elsewhere on the page, two years stated
anywhere, or a sentence that plans ("will march on 10 December"), and the
day stays undated: which year it is would be a guess."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clause_tense import is_future_tense
from .date_mentions import DateMention
from .date_resolution import ResolvedDate, resolve_in_year
from .document_memo import answers

__all__ = ["dated_by_the_only_year"]

_IN_A_YEAR = re.compile(r"\b(?:in|of|during|throughout)[ \t]+(\d{4})(?![\w-])")


def dated_by_the_only_year(mention: DateMention, mentions: Sequence[DateMention],
                           sentence: str) -> ResolvedDate | None:
    """``mention`` (a year-less day and month in ``sentence``) in the one year ``mentions`` state, if just one."""
    if mention.year is not None or mention.day is None or mention.month is None or mention.relative is not None:
        return None
    years = _stated_years(mentions)
    if len(years) != 1 or is_future_tense(sentence) or not _states_year(sentence, next(iter(years))):
        return None
    return resolve_in_year(mention, next(iter(years)))  # no 29 February in a year without one


def _states_year(sentence: str, year: int) -> bool:
    """Whether ``sentence`` itself sets its telling in ``year`` ("the events of 2020", "in 2020"), not
    merely names a thing by it ("the 2021 budget", "2020-21"): the day beside it is read in that year."""
    return any(int(m.group(1)) == year for m in _IN_A_YEAR.finditer(sentence))


def _stated_years(mentions: Sequence[DateMention]) -> frozenset[int]:
    """Every year the page's dates state, worked out once per list of mentions while a document is read."""
    key = (_stated_years, id(mentions))
    memo = answers()
    found = memo.get(key)
    if found is None or found[0] is not mentions:
        found = memo[key] = (mentions, frozenset(m.year for m in mentions if m.year is not None))
    return found[1]
