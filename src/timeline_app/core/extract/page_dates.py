"""Dates that belong to the page, not to the story: bylines and page lines.

"By Jane Smith | 3 March 2021", "Updated: 9 March 2021", "Posted on ...",
"Last modified ...", "May 2nd, 1998 For Immediate Release": such a line
says when the page was written or changed.
The publication date is read from them (``published``), but they date no
event: as event candidates they stood near the top, close to the
publication date, and an "updated" day could become the main event of a
report whose own event is undated, or clutter the timeline as "other".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .sentences import Span

__all__ = ["dates_first_appearance", "is_page_line", "notes_first_appearance", "page_date_ranges"]

_PAGE_LINE = re.compile(
    r"^(?:by[ \t]|written[ \t]+by\b|posted\b|published\b|first[ \t]+published\b|originally[ \t]+published\b|"
    r"updated\b|last[ \t]+(?:updated|modified|edited|reviewed)\b|modified\b|date(?:d)?[ \t]*:|filed\b|"
    r"archived\b|created\b)",
    re.IGNORECASE,
)
_FIRST_LETTERS = frozenset("bBwWpPfFoOuUlLmMdDaAcC")  # every label above starts with one of these
# A saved page's note of where and when it first appeared: "This Article is From Sep 07, 2010", "N.B. This
# post was first posted on ...", "A version of this story first appeared in ...". It ends as a
# sentence ends, so it is asked apart from the labels above.
_FIRST_APPEARED = re.compile(
    r"^(?:n\.[ \t]?b\.?[ \t]*|note:[ \t]*)?(?:this|a[ \t]+version[ \t]+of[ \t]+this)[ \t]+(?:article|story|piece|post|report|"
    r"column|op-ed)[ \t]+(?:is[ \t]+from[ \t]+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d)|"
    r"(?:was[ \t]+(?:originally[ \t]+|first[ \t]+)?(?:published|posted)|(?:originally|first)[ \t]+(?:appeared|ran)|"
    r"appeared)[ \t]+(?:in|on|by|at|first|online)\b)",
    re.IGNORECASE,
)
# After "Note:" the "this" may be left out when the notice says the piece appeared first ("NOTE: Article first
# appeared in The Westbrook Citizen on 4 April 2014."; not "Note: report appeared on Radio Lakeland on ...").
_NOTE_FIRST_APPEARED = re.compile(r"^(?:n\.[ \t]?b\.?|note:)[ \t]*(?:article|story|column|op-ed)[ \t]+(?:was[ \t]+)?"
                                  r"(?:first|originally)[ \t]+(?:appeared|published|ran)[ \t]+(?:in|on|by|at|online)\b",
                                  re.IGNORECASE)
# A clause after such a note is about something else than where the piece appeared (a comma before a year
# belongs to a date: "on April 4, 2014")
_CLAUSE_AFTER_NOTE = re.compile(r";|,[ \t]+(?!\d{4}\b)|\b(?:which|after|before|when|while|of|following|ahead|since|"
                                r"amid|during)\b")
# A notice is page matter only when it is all its line holds: "This article was first published in The
# Conversation. Nurses walked out on 3 March" goes on with the story on the same line.
_MORE_AFTER = re.compile(r"[.!?:][\"”’')]*[ \t]+\S")
# Longer lines are body text that happens to open with "By" ("By noon, ...").
_PAGE_LINE_CHARS = 160
_BODY_SENTENCE = re.compile(r"[a-z]{2}[.!?](?:[ \t]|$)")


# A press release's release line ("May 2nd, 1998 For Immediate Release").
_RELEASE_LINE = re.compile(r"\bfor[ \t]+immediate[ \t]+release\b", re.IGNORECASE)
_RELEASE_LINE_CHARS = 60


def is_page_line(line: str) -> bool:
    """Whether a line is a byline, a posted/published/updated line, a release line or a note of where the
    page first appeared."""
    # "mmed" (of "immediate"): letters only their own capitals match without case,
    # so a line the pattern matches holds them once lower-cased
    if len(line) <= _RELEASE_LINE_CHARS and "mmed" in line.lower() and _RELEASE_LINE.search(line):
        return True
    if notes_first_appearance(line):
        return True
    return len(line) <= _PAGE_LINE_CHARS and line[:1] in _FIRST_LETTERS and _PAGE_LINE.match(line) is not None \
        and not _BODY_SENTENCE.search(line) and not _is_long_sentence(line)


def dates_first_appearance(line: str, date_at: int) -> bool:
    """Whether the date at ``date_at`` in a note of first appearance is the day the piece appeared: right after
    "on", with no clause of something else between the notice and it ("This story first appeared in the Courier
    after the ballot on 4 March 2014" dates the ballot)."""
    notice = _notice(line)
    return notice is not None and line[:date_at].rstrip().endswith(" on") and \
        not _CLAUSE_AFTER_NOTE.search(line, notice.end(), date_at)


def notes_first_appearance(line: str) -> bool:
    """Whether a line is only a note of where (and when) the page first appeared ("This story first appeared in
    ...", "NOTE: Article first appeared in The Westbrook Citizen on 4 April 2014.")."""
    if len(line) > _PAGE_LINE_CHARS or line[:1] not in "tTaAnN":
        return False
    notice = _notice(line)
    if notice is not None and notice.re is _NOTE_FIRST_APPEARED and _CLAUSE_AFTER_NOTE.search(line, notice.end()):
        return False  # "Note: Article first appeared in the Courier, which strikers shut down on 3 March 2014."
    return notice is not None and not _MORE_AFTER.search(line, notice.end())


def _notice(line: str) -> re.Match[str] | None:
    """The notice of first appearance opening ``line`` ("This story first appeared in", "Note: Article first
    appeared in"), if any."""
    return _FIRST_APPEARED.match(line) or _NOTE_FIRST_APPEARED.match(line)


#: A line of this many words ending as a sentence ends is body text, even when
#: its last word is a date ("By the end of the meeting on 12 May, staff had voted ... on 19 May 2022.").
_SENTENCE_WORDS = 12


def _is_long_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?")) and len(line.split()) >= _SENTENCE_WORDS


def page_date_ranges(lines: list[Span], schedule: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the lines that date the page itself (not a ``schedule`` line: ``schedule_lines``' "Date:"
    field over its "Venue:")."""
    scheduled = {start for start, _ in schedule}
    return [(line.start, line.end) for line in lines if is_page_line(line.text) and line.start not in scheduled]
