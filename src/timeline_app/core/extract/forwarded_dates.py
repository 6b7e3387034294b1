"""The date a forwarded or quoted e-mail was first sent, for its "today".

A list archive shows the forward's header ("Date: Thu Oct 24 2002") and,
below it, the original's, often quoted ("> Date: Wed, 23 Oct 2002 20:38",
or after "-----Original Message-----" a "Sent:" line). The original's
"today" and "yesterday" are its sender's days, so below such a second
header the relative dates are resolved against its date, not against the
forward's, which stays the page's publication date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from .date_mentions import DateMention

__all__ = ["ForwardedDates"]

# A header line giving the date an e-mail was sent, quoted or not.
_HEADER = re.compile(r"^[ \t]*(?P<quote>(?:>[ \t]*)*)(?:date|sent)[ \t]*:", re.IGNORECASE | re.MULTILINE)

# What every header line holds, as e-mails write it: looked for first.
_LABELS = ("Date:", "Sent:", "DATE:", "SENT:", "date:", "sent:", "Date :", "Sent :")
# The other lines of an e-mail's header, one of which stands by its date line.
_NEIGHBOUR = re.compile(r"^[ \t]*(?:>[ \t]*)*(?:from|to|subject|cc)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_NEIGHBOURHOOD = 200


class ForwardedDates:
    """The sending dates of the messages an e-mail page quotes or forwards."""

    def __init__(self, text: str, mentions: Sequence[DateMention]) -> None:
        self._starts: list[int] = []
        self._days: list[date] = []
        if not any(label in text for label in _LABELS):
            return  # nearly every page: no e-mail header at all
        headers = list(_HEADER.finditer(text))
        dated = sorted((m for m in mentions if m.day and m.year), key=lambda m: m.start)
        starts = [m.start for m in dated]
        for number, header in enumerate(headers):
            if number == 0 and not header["quote"]:
                continue  # the page's own header: its date is the publication date
            if not header["quote"] and not _NEIGHBOUR.search(
                    text[max(0, header.start() - _NEIGHBOURHOOD):header.end() + _NEIGHBOURHOOD]):
                continue  # "Date: Saturday 16 March" of an event's listing, no e-mail header by it
            line_end = text.find("\n", header.end())
            line_end = len(text) if line_end < 0 else line_end
            # the first whole date on the header's line, found by bisection: a page may quote thousands of headers
            at = bisect.bisect_left(starts, header.end())
            day = dated[at] if at < len(dated) and dated[at].start < line_end else None
            if day is not None and day.month is not None:
                self._starts.append(line_end)
                self._days.append(date(day.year, day.month, day.day))

    def reference(self, offset: int, default: date | None) -> date | None:
        """The sending date of the message that ``offset`` lies in, or ``default``."""
        if not self._starts:
            return default
        at = bisect.bisect_right(self._starts, offset)
        return self._days[at - 1] if at else default
