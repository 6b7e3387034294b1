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
from collections.abc import Sequence
from datetime import date

from ..partial_dates import MONTHS
from .date_mentions import DateMention

__all__ = ["month_only_mentions", "resolve_month_only"]

# What must stand just before the month (matched on the text that ends there).
# (The look-ahead turns down a position that opens none of its words before the boundary test.)
_LEAD = re.compile(
    r"(?=[IiSsDdEeLlMmNnTt])\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hroughout)[ \t]+"
    r"(?:(?:early|late|mid)-?[ \t]*)?$"
)
# What must not follow it: a day or year (other patterns' business), a
# possessive, a capitalised word or "for" (a name or an event's title).
_RUNS_ON = re.compile(r"[ \t]*[\d'’]|[ \t]+(?:for\b|[A-Z])|\w")
_MONTH_NUMBER = {name: index for index, name in enumerate(MONTHS, start=1)}
_BY_PREFIX = {name[:3]: name for name in MONTHS}  # no two months share their first three letters
_LEAD_CHARS = 24


def month_only_mentions(text: str, month_starts: Sequence[int] | None = None) -> list[DateMention]:
    """Month-only mentions (``year`` and ``day`` None, ``relative`` None).
    Months are found with ``str.find`` and the words around them checked,
    cheaper than a pattern led by "in" tried all over the text.

    ``month_starts`` are the starts of a scan that finds every month name
    (``dates`` makes one, leftmost first, without overlaps, for its own
    windows): a month that begins a word is always among them, since the
    scan could only have passed over it from inside a word. Given, they
    replace the twelve searches of the text."""
    if month_starts is None:
        month_starts = sorted(at for name in MONTHS for at in _found_at(text, name))
    found = []
    for at in month_starts:
        name = _BY_PREFIX.get(text[at : at + 3])
        if name is None or not text.startswith(name, at):
            continue
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and _LEAD.search(text, max(0, at - _LEAD_CHARS), at) \
                and not _RUNS_ON.match(text, end):
            found.append(DateMention(at, end, name, None, _MONTH_NUMBER[name]))
    return found


def _found_at(text: str, name: str) -> list[int]:
    starts = []
    at = text.find(name)
    while at != -1:
        starts.append(at)
        at = text.find(name, at + len(name))
    return starts


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
