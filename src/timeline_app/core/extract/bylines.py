"""The people a page names as its writers: authors, not participants.

"By Lee Hyo-sik" above a report, "By Kim Rahn, Park Sung-hee", "(Reporting
by X, Writing by Y, Editing by Z)" under one, "Photo: X", "(X/PA)", "X, News
Editor" on a line of its own: the person wrote the page or took its
pictures, and took no part in what it reports (issue 16, item 3). The
document keeps them among its people, as "author" when the text gives no
other role; its events do not list them. A writer the text also quotes or
names elsewhere stays a participant.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .line_bounds import line_start_within
from .people import PeopleResult, PersonMention

# What stands before a byline's name on its line: "By ", "Words by ",
# "(Reporting by ", or an earlier name of the same byline and a comma
# ("By Kim Rahn, "), each credit possibly opened by its own "X by".
_BYLINE_BEFORE = re.compile(
    r"(?:(?:^|[(/|])[ \t]*(?:[A-Za-z]+[ \t]+){0,3}by[ \t]+"
    r"|\b(?:photos?|photograph|photographer|pictures?|images?|credit|words)[ \t]*:[ \t]*)"
    r"(?:[^,\n()|/]{1,40}(?:,|[ \t]and|[ \t]&)[ \t]*(?:[A-Za-z]+[ \t]+by[ \t]+)?)*$",
    re.IGNORECASE | re.MULTILINE,
)
# What follows a credited name: a bracketed agency ("(Name/PA)", "[Name,
# Standard]"), or, on a line of its own, a newsroom office ("Name, News Editor").
_CREDIT_AFTER = re.compile(r"[ \t]*(?:/[^\n()\[\]]{1,30}[)\]]|,[ \t]*[A-Z][^\n,()\[\]]{1,30}\])"
                           r"|,[ \t]*(?:[A-Z][a-z]+[ \t]+){0,2}(?:Editor|Reporter|Correspondent|Writer|Photographer)[ \t]*$",
                           re.MULTILINE)
_LOOKBACK = 160
AUTHOR_ROLE = "author"


def authors_apart(text: str, people: PeopleResult) -> tuple[PeopleResult, tuple[PersonMention, ...]]:
    """(people with each byline-only person's role set to author, the
    mentions of everyone else: the people events may list)."""
    if not people.mentions:
        return people, people.mentions
    outside: set[str] = set()
    for mention in people.mentions:
        if mention.name not in outside and not _in_byline(text, mention.start, mention.end):
            outside.add(mention.name)
    authors = {name for name in {p.name for p in people.people} - outside if _only_in_bylines(text, name)}
    if not authors:
        return people, people.mentions
    marked = tuple(replace(p, role=p.role or AUTHOR_ROLE) if p.name in authors else p for p in people.people)
    return PeopleResult(marked, people.mentions), tuple(m for m in people.mentions if m.name not in authors)


def _only_in_bylines(text: str, name: str) -> bool:
    """Whether every place the text spells the full name is in a byline
    (a list may name the writer again without recording a mention)."""
    at = text.find(name)
    while at != -1:
        if not _in_byline(text, at, at + len(name)):
            return False
        at = text.find(name, at + len(name))
    return True


def _in_byline(text: str, start: int, end: int) -> bool:
    line_start = line_start_within(text, start, _LOOKBACK)
    if _may_credit(text[line_start:start]) and _BYLINE_BEFORE.search(text, line_start, start) is not None:
        return True
    opened = text[start - 1 : start] in ("(", "[")
    return _CREDIT_AFTER.match(text, end) is not None and (opened or line_start == start or text[line_start:start].isspace())


def _may_credit(before: str) -> bool:
    """Whether ``_BYLINE_BEFORE`` can match ``before`` at all: every match
    holds "by" (in any case) or a colon. The pattern is tried at every
    position of up to a line, so most names are turned down here."""
    return ":" in before or "by" in before.lower()
