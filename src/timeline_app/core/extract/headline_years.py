"""The year a headline gives to the day-months of an undated page.

"Report from the campus protest, February 2009" over "a protest was
organised on February 16th": a reader dates the protest 16 February 2009,
though the body never says the year and the page carries no date line. On
a page with a publication date the year-less dates are resolved against it
instead (``date_resolution``); this is only for the pages without one.
A headline that gives a whole date dates its event itself and lends no year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .date_mentions import DateMention
from .date_resolution import ResolvedDate, resolve_in_year
from .sentences import Span

__all__ = ["dated_by_headline_year", "headline_year"]


def headline_year(headline: Span | None, mentions: Sequence[DateMention]) -> int | None:
    """The year the headline states with no day (a month and year, a
    year), or None when it states none, more than one, or a whole date:
    a headline's own day already dates what the page reports, and the
    body's year-less days are then its background."""
    if headline is None:
        return None
    stated = [m for m in mentions if headline.start <= m.start < headline.end and m.year is not None]
    years = {m.year for m in stated}
    if not stated and (bracketed := _BRACKETED_YEAR.findall(headline.text)):
        years = {int(a or b) for a, b in bracketed}  # "NUS Referendum (2022) Result": read as no date is
    return years.pop() if len(years) == 1 and all(m.day is None for m in stated) else None


# A vote's year in brackets: "NUS Referendum (2022) Result", "Ballot (2023)"; not an anniversary's, a
# film's or an Act's ("Remembering the Dagenham strike (1968)", "Made in Dagenham (2010)").
_BRACKETED_YEAR = re.compile(r"(?:Referendum|Election|Elections|Ballot|Vote)[ \t]+\(((?:19|20)\d\d)\)|"
                             r"\(((?:19|20)\d\d)\)[ \t]+Results?\b")


def dated_by_headline_year(mention: DateMention, year: int | None) -> ResolvedDate | None:
    """``mention``, a day and month without a year, in the headline's year."""
    if year is None or mention.year is not None or mention.relative:
        return None  # (``resolve_in_year`` asks for a day and a month)
    return resolve_in_year(mention, year)  # "February 29th" under "February 2009": no such day
