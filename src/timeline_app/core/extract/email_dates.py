"""An e-mail's own "Date:" header dates the letter it carries, to the day.

"From: Jo Reader" then "Date: Thu, 11 Jun 2020 14:02:51 -0400" above "Dear
Mayor ...": the page is the mail, and the mail was sent that day. A page
that dates its letter by nothing else takes the header's day as the
letter's (``day``), not as the rough date of a report (``approximate``).
"""

from __future__ import annotations

import re

__all__ = ["mail_date_in_line", "sent_on_its_date_header"]

_DATE_LABEL = re.compile(r"[ \t]*(?:date|sent)[ \t]*:", re.IGNORECASE)
_FROM_LINE = re.compile(r"^[ \t]*from[ \t]*:", re.IGNORECASE | re.MULTILINE)
# How far from the "Date:" line the "From:" line may stand (a header's few lines).
_HEADER_REACH = 300


def sent_on_its_date_header(text: str, span: tuple[int, int] | None) -> bool:
    """Whether the publication date at ``span`` stands on a mail header's
    "Date:" (or "Sent:") line, with a "From:" line beside it."""
    if span is None:
        return False
    line_start = text.rfind("\n", 0, span[0]) + 1
    if _DATE_LABEL.match(text, line_start, span[0]) is None:
        return False
    return _FROM_LINE.search(text, max(0, line_start - _HEADER_REACH), line_start + _HEADER_REACH) is not None


# A list digest's mail header run into one line ("Message: 12 Date: Tue, 4 Mar 2003 09:41:07 -0500 From: ..."): the
# message's number, its "Date:", any weekday, the date, then the clock, the zone and the next field ("From:" or
# "Subject:") that only a mail header writes after a date.
_MAIL_DATE_LABEL = re.compile(r"\bMessage:[ \t]*\d+[ \t]+Date:[ \t]*"
                              r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?[ \t]*)?$")
_CLOCK_AND_ZONE = re.compile(r"[ \t]+\d{1,2}:\d\d(?::\d\d)?[ \t]+(?:[+-]\d{4}|GMT|UTC)\b[ \t]+(?:From|Subject):")


def mail_date_in_line(line: str, offset: int, end: int) -> bool:
    """Whether the date at ``offset:end`` of ``line`` is a digest's mail header's date, wherever it stands."""
    return _CLOCK_AND_ZONE.match(line, end) is not None and \
        _MAIL_DATE_LABEL.search(line, max(0, offset - 30), offset) is not None
