"""Months named without a day or a year: "In March, students occupied ...".

A report published in June that says "in March" or "last December" dates
its act to that month, months before the page: read as no date at all, the
act fell back to the publication day. Such a month counts only after a word
that makes it a time ("in", "since", "during", "early", "late",
"mid-", "last", "next", "this", "throughout"), capitalised,
and not when a name or an event's title runs on ("in May's budget", "in
March for Our Lives"). Its year comes from the publication date: "last" and
"next" as written, otherwise the tense of the clause, otherwise the nearest;
never without a publication date. "Until March" bounds a wait and "by the
end of October" a deadline: they date no act.
"""

from __future__ import annotations

import re
from datetime import date

from .date_mentions import DateMention

__all__ = ["month_only_mentions", "resolve_month_only"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_ONLY = re.compile(
    r"\b(?P<lead>[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hroughout)[ \t]+(?:(?:early|late|mid)-?[ \t]*)?"
    r"(?P<month>" + "|".join(_MONTHS) + r")\b(?![ \t]*[\d'’]|[ \t]+(?:for\b|[A-Z]))"
)
_MONTH_NUMBER = {name: index for index, name in enumerate(_MONTHS, start=1)}


def month_only_mentions(text: str) -> list[DateMention]:
    """Month-only mentions (``year`` and ``day`` None, ``relative`` None)."""
    found = []
    for match in _MONTH_ONLY.finditer(text):
        start, end = match.start("month"), match.end("month")
        found.append(DateMention(start, end, match["month"], None, _MONTH_NUMBER[match["month"]]))
    return found


def resolve_month_only(mention: DateMention, reference: date, before: str, past: bool | None) -> str:
    """ISO year-month of a month-only mention against the publication date.
    ``before`` is the sentence text just before the month ("last", "next");
    ``past`` the clause's tense when known."""
    month = mention.month or 1
    lead = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    if lead == "last":
        year = reference.year if month < reference.month else reference.year - 1
    elif lead == "next":
        year = reference.year if month > reference.month else reference.year + 1
    elif past is True:
        year = reference.year if month <= reference.month else reference.year - 1
    elif past is False:
        year = reference.year if month >= reference.month else reference.year + 1
    else:
        ahead = (month - reference.month) % 12
        year = reference.year + (1 if month < reference.month and ahead < 6 else 0) - (
            1 if month > reference.month and ahead >= 6 else 0)
    return f"{year:04d}-{month:02d}"
