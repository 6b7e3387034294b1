"""The date set under a page's byline, over a date line above it.

"• Sat. May 25th, 2024" above the headline, then "By Jo Writer" and "Mar
13, 2018" under it: the first is the site's today, printed on every page
the day it was saved; the date at the byline is when the piece appeared.
A reader takes the byline's, so a header date line found before a byline
gives way to a date line that stands on the byline's own line or the line
right under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .date_mentions import WEEKDAY_NAMES
from .given_names import GIVEN_NAMES
from .sentences import Span

__all__ = ["MONTH_NAME", "byline_date", "byline_line_index", "writers_after_date", "writers_before"]

T = TypeVar("T")

# "By Jo Writer", "ByJo Writer" (a saved page that lost the space), "By
# Jo Writer and Ann Other": a short line naming writers, nothing else. A
# sentence may open with "By" too: "By March 2025, fees will rise", "By Then",
# "By The end of term" - no weekday, time word or month (but "By June Ode").
#: A month's name, in full or cut short ("Sept").
MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_NOT_A_WRITER = (rf"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|Then|Now|This|That|"
                 rf"Next|Last|Today|Tomorrow|Tonight)\b|{MONTH_NAME}\b(?![ \t]+[A-Z][a-z]))")
_BYLINE = re.compile(rf"By[ \t]*{_NOT_A_WRITER}[A-Z][\w.'’-]*"
                     r"(?:,?[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w.'’-]*){0,5}\b")
#: What follows a date that opens the writers' line: "August 27, 2025 by Jo Writer, ...", "October 05, 2003|By
#: Wire services": after a bar, any capitalised word; else two capitalised words, the first no time's word ("by
#: Tuesday the strike had spread", "by Easter Sunday", "by Noon"), or a given name alone ("by Jo,")
#: (``writers_after_date``).
_BYLINE_AFTER_DATE = re.compile(rf"[ \t]*(?:[|•·–—-][ \t]*[Bb]y[ \t]+[A-Z]|[Bb]y[ \t]+{_NOT_A_WRITER}"
                                r"(?P<first>[A-Z][\w.'’-]*)(?P<second>[ \t]+[A-Z][\w.'’-]*)?)")
_TIMES_OF_DAY_AND_YEAR = frozenset("""Noon Midnight Midday Dawn Dusk Sunset Sunrise Lunchtime Nightfall Christmas Easter
    Spring Summer Autumn Fall Winter Parliament Election""".split())


def writers_after_date(line: str, end: int) -> bool:
    """Whether the date ending at ``end`` of a line that opens with it goes on with the page's writers."""
    match = _BYLINE_AFTER_DATE.match(line, end)
    if match is None or match["first"] is None:
        return match is not None  # (after a bar)
    return match["first"] not in _TIMES_OF_DAY_AND_YEAR and (match["second"] is not None or
                                                               match["first"] in GIVEN_NAMES)


# "..., fees will rise": a comma, then lower-case words (but "and"), is a sentence's text.
_SENTENCE_AFTER_COMMA = re.compile(r",[ \t]*(?!and\b)[a-z]+[ \t]+[a-z]")
_BYLINE_CHARS = 80


def byline_line_index(header: Sequence[Span], after: int) -> int | None:
    """Index in ``header`` of the first byline line after ``after``, or None."""
    for index in range(after + 1, len(header)):
        text = header[index].text
        if (len(text) <= _BYLINE_CHARS and text.startswith("By") and _BYLINE.match(text)
                and not _SENTENCE_AFTER_COMMA.search(text)):
            return index
    return None


def writers_before(line: str, offset: int, end: int) -> bool:
    """Whether the line holds only a byline before the date at ``offset:end`` and at most a time of day after
    it: "By Talitiga Faleolo'o-Mataafaleupolu 15 December 2018, 12:00AM" is the page's date line however long
    the writer's name; "By Jo Bo Rally Saturday 14 March 2020 10am" tells of a rally."""
    if not line.startswith("By") or offset > _BYLINE_CHARS or not _TIME_OR_NOTHING.fullmatch(line, end):
        return False
    writers = line[:offset].rstrip(" \t,|•·–—-")
    names = [word for word in writers[2:].split() if word not in ("and", "&")]
    return _BYLINE.fullmatch(writers) is not None and len(names) <= _MOST_NAME_WORDS and \
        _NOT_A_WRITERS_WORD.isdisjoint(word.strip(",") for word in names)


# A byline's writers: two names of two words each at most, none a word of an event or a photo.
_MOST_NAME_WORDS = 4
_NOT_A_WRITERS_WORD = frozenset(WEEKDAY_NAMES) | frozenset("""Rally Vigil Strike Event Starts Begins Deadline Ballot
    Closes Born Photo Picture Taken Day Updated Published Posted Date Meeting March Protest Opinion""".split())
_TIME_OR_NOTHING = re.compile(r"(?:,?[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?)?[ \t]*")


def byline_date(header: Sequence[Span], after: int, date_line: Callable[[Span], T | None]) -> T | None:
    """The date ``date_line`` finds on the first byline after header line
    ``after`` or on the line right under that byline, else None."""
    index = byline_line_index(header, after)
    if index is None:
        return None
    for line in header[index:index + 2]:
        found = date_line(line)
        if found is not None:
            return found
    return None
