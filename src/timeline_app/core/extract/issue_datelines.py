"""A year-less dateline under an issue line: "MONTREAL, March 19—" below
"April 2005 issue of ...".

A magazine's report may open with a place and a day but no year, while its
header names the issue's month and year. A reader dates the report by the
dateline, in the issue's year (the year before when the dateline's month
comes after the issue's: a December report in a January issue).
"""

from __future__ import annotations

from collections.abc import Callable

from .date_mentions import DateMention, is_calendar_date
from .sentences import Span

__all__ = ["dateline_in_the_issues_year"]


def dateline_in_the_issues_year(header: list[Span], mentions: list[DateMention],
                                is_place_dateline: Callable[[str], bool]) -> DateMention | None:
    """The header's year-less place dateline, in the year of the one month
    and year the header states (the issue's); None when there is no such
    dateline, or the header states no month and year, or more than one."""
    if not header:
        return None
    end = header[-1].end
    in_header = [m for m in mentions if m.start < end and m.relative is None]
    issues = [m for m in in_header if m.year is not None and m.month is not None and m.day is None]
    if len({(m.year, m.month) for m in issues}) != 1:
        return None
    year, month = issues[0].year, issues[0].month
    assert year is not None and month is not None
    for line in header:
        if line.start < issues[0].end:
            continue  # the dateline stands under the issue line
        for mention in in_header:
            if not line.start < mention.start < line.end or mention.year is not None or mention.day is None:
                continue
            prefix = line.text[:mention.start - line.start]
            after = line.text[mention.end - line.start:mention.end - line.start + 2].lstrip(" \t")
            if mention.month is None or not after.startswith(("—", "–", "-")) or not is_place_dateline(prefix):
                continue  # "MONTREAL, March 19—Over ...", set off by its dash
            stated = year - 1 if mention.month > month else year
            if is_calendar_date(stated, mention.month, mention.day):
                return mention._replace(year=stated)
    return None
