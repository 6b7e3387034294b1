"""Dates whose year is cut to two digits after an apostrophe: "Feb. 28th, '03".

Flyers, campaign pages and e-mails of the early 2000s shorten the year so
("the rally on March 3, '04"). Read as a day and month alone, the date has
no year on an undated page and the event goes undated. An apostrophe in
place of the abbreviating full stop, before a whole year ("2nd Jan’ 2019"),
is read the same way. The day-month and
month-day matches ``dates`` has already found are extended here when such a
year follows them, so no new scan of the text is made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .date_mentions import DateMention, full_year, is_calendar_date

__all__ = ["with_apostrophe_years"]

# ", '03" or " ’03" right after the day and month; no digit after the two.
# Or the month's apostrophe, a space and a whole year: "Jan’ 2019".
_SHORT_YEAR = re.compile(
    r",?[ \t]*['’](?:(?P<year>\d\d)|[ \t]?(?P<full>(?:19|20)\d\d))(?![\d'’])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def with_apostrophe_years(text: str, matches: Iterable[re.Match[str]]) -> Iterator[DateMention]:
    """Full dates made of a day-month match and the short year after it."""
    for match in matches:
        end = match.end()
        if "'" not in text[end:end + 4] and "’" not in text[end:end + 4]:
            continue  # nearly every date: no apostrophe after it
        short = _SHORT_YEAR.match(text, end)
        if short is None:
            continue
        if short["full"]:
            year = int(short["full"])
        else:
            year = full_year(int(short["year"]))
        month = _MONTHS.index(match["mon"][:3].lower()) + 1
        day = int(match["day"])
        if is_calendar_date(year, month, day):
            yield DateMention(match.start(), short.end(), text[match.start():short.end()], year, month, day)
