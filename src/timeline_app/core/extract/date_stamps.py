"""Date stamps a page prints without words: "20140312 Wirenews ...", "14-10-16 09:30".

Two shapes the general patterns leave alone on purpose, because elsewhere
they are rarely dates: eight digits run together (a reference or a count)
and a two-digit year after dashes ("3-4-15" is more often a score). Each is
a date stamp only where a page puts its stamp:

* eight digits that open the text, the agency copy's way ("20140312
  Wirenews HARBOURTOWN ..."), read year, month, day;
* six digits glued to the title that opens the text ("240411 Open Letter
  from ..."), read two-digit year, month, day, as a site files its posts:
  the title's own date, a year from 2000 on;
* a dashed date with a two-digit year followed by a clock time
  ("14-10-16 09:30"), as a page's date line gives it; read day-first
  unless only month-first is a date (``date_order.numeric_fields``);
* a header line that is nothing but day, month and year numbers set apart
  by spaces ("6 02 2009"), as some blogs print a post's date; read as the
  dashed stamp is;
* a header line that opens with a dotted date with a two-digit year, alone
  or before its byline ("11.07.22 By"): a post's date line, read day first
  as dots are written.

Both are cheap: the first looks at the text's first token, the second is
tried only where a dash, two digits and a clock time follow one another.
"""

from __future__ import annotations

import re

from .date_mentions import DateMention, full_year, is_calendar_date
from .date_order import numeric_fields

__all__ = ["date_stamps", "opens_the_text", "stamps_the_title"]

_COMPACT = re.compile(r"[ \t]*(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?![\w/.-])")
# "240411 Open Letter": six digits, then a capitalised title word.
_SHORT_COMPACT = re.compile(r"[ \t]*(?P<year>[0-4]\d)(?P<month>[01]\d)(?P<day>[0-3]\d)[ \t]+(?=[A-Z][a-z])")
_DASHED_WITH_TIME = re.compile(
    r"(?<![\w/.,-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<year>\d\d)[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
)
# "-16 09:30": the year and the clock every dashed stamp ends with.
_YEAR_AND_CLOCK = re.compile(r"-\d\d[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d")
# "6 02 2009" alone on a line near the top of the page.
_SPACED_LINE = re.compile(r"^[ \t]*(?P<a>[0-3]?\d) (?P<b>[01]\d) (?P<year>(?:19|20)\d\d)[ \t]*$", re.MULTILINE)
_HEADER_CHARS = 1200
# "11.07.22 By": a dotted two-digit-year date opening a header line, alone or before "By".
_DOTTED_LINE = re.compile(r"^[ \t]*(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<year>\d\d)(?=[ \t]*(?:By\b|$))", re.MULTILINE)


def date_stamps(text: str) -> list[DateMention]:
    """The text's opening compact date, its spaced header date line and its
    dashed date-and-time stamps."""
    found = []
    opening = _COMPACT.match(text) or _title_stamp(text)
    if opening is not None:
        year, month, day = int(opening["year"]), int(opening["month"]), int(opening["day"])
        year += 2000 if year < 100 else 0
        if is_calendar_date(year, month, day):
            end = opening.end("day")
            found.append(DateMention(opening.start("year"), end, text[opening.start("year"):end], year, month, day))
    header = text[:_HEADER_CHARS]
    if " 19" in header or " 20" in header:
        for spaced in _SPACED_LINE.finditer(header):
            fields = numeric_fields(int(spaced["a"]), int(spaced["b"]), int(spaced["year"]), False)
            if fields is not None:
                found.append(DateMention(spaced.start("a"), spaced.end("year"),
                                         text[spaced.start("a"):spaced.end("year")], int(spaced["year"]), *fields))
    if "." in header:
        found.extend(_dotted_lines(text, header))
    if ":" not in text:
        return found
    for hint in _YEAR_AND_CLOCK.finditer(text):  # led by a literal "-": the engine skips to each dash
        match = _DASHED_WITH_TIME.search(text, max(0, hint.start() - 5), hint.end())
        if match is not None:
            year = full_year(int(match["year"]))
            fields = numeric_fields(int(match["a"]), int(match["b"]), year, False)
            if fields is not None:
                end = match.end("year")
                found.append(DateMention(match.start(), end, text[match.start():end], year, *fields))
    return found


def _dotted_lines(text: str, header: str) -> list[DateMention]:
    """"11.07.22 By" date lines in the header, day first, the year from 2000 (or 1970 on)."""
    found = []
    for dotted in _DOTTED_LINE.finditer(header):
        year = full_year(int(dotted["year"]))
        fields = numeric_fields(int(dotted["a"]), int(dotted["b"]), year, False)
        if fields is not None:
            end = dotted.end("year")
            found.append(DateMention(dotted.start("a"), end, text[dotted.start("a"):end], year, *fields))
    return found


def _title_stamp(text: str) -> re.Match[str] | None:
    """"240411 Open Letter ...": the six-digit stamp opening the title, its year
    read as 2000 plus its first two digits."""
    return _SHORT_COMPACT.match(text) if text[:1].isdigit() or text[:1] in " \t" else None


def opens_the_text(mention: DateMention) -> bool:
    """Whether ``mention`` is a compact stamp opening the text (the copy's own date)."""
    return mention.start <= 2 and len(mention.text) == 8 and mention.text.isdigit()


def stamps_the_title(mention: DateMention) -> bool:
    """Whether ``mention`` is the six-digit stamp glued to the opening title
    ("240411 Open Letter ..."): the title's date, not a date line."""
    return mention.start <= 2 and len(mention.text) == 6 and mention.text.isdigit()
