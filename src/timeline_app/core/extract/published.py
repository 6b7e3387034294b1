"""Find when a document was published: dateline, header line or metadata.

Order of trust: a date the header labels as the publication ("Published
Mar 21, 2015", "Created: 12-01-2023"), then a dateline in the document's
header (what the reader sees on the page), then a date run into the end of
the opening headline (a copy that lost its line breaks), then an explicit
"Published/Posted/Date:" line anywhere, then a closing source line ("From
The Weekly, August 21, 2002."), then the date the format reader found in the
file's metadata. A date labelled "updated" or "latest news" says when the
page changed, never when it appeared, and one labelled "retrieved" or
"accessed" when someone read it, so neither is taken. Nothing else: the file's modification time
says when it was saved, not when it was published.

Whether a header line is the page's date line, and the labels a header date
may carry, are read in ``page_date_lines``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .byline_dates import byline_date
from .dates import MAX_YEAR, MIN_YEAR, DateMention
from .email_dates import mail_date_in_line
from .headline_dates import date_closing_headline
from .issue_datelines import dateline_in_the_issues_year
from .late_date_lines import late_date_line
from .page_date_lines import CHANGED_BEFORE, LABEL_LOOKBACK, TIME_FIRST, date_line_mention, is_labelled, \
    is_place_dateline, label_of, mentions_in
from .page_dates import dates_first_appearance, notes_first_appearance
from .page_furniture import header_lines
from .schedule_lines import schedule_date_spans
from .sentences import Span

_HEADER_LINES = 8
_HEADER_CHARS = 1200
# Just before a date: it names the publication itself.
# (a weekday may stand between the label and the date too: "Published:Friday | January 5, 2018")
_PUBLISHED_BEFORE = re.compile(r"(?:published|posted|created|issued|released)(?:[ \t]+on)?[ \t]*(?:[:/|–-][ \t]*)?" +
                               r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]*[|,][ \t]*)?" + TIME_FIRST + "$",
                               re.IGNORECASE)
# Labels that are also verbs of a story's prose ("the strike notice issued on 16th November 2020"): they
# name the page's own date only opening their line ("Issued on 3 May 2021").
_PROSE_LABEL = re.compile(r"(?:issued|released|created)\b", re.IGNORECASE)
# (a line opening with what the page is: "Press statement issued 14 March", "First released 5 June"; not "the
# union cited a strike notice issued on 16th November 2020")
_DOCUMENT_NOUN_BEFORE = re.compile(r"^(?:[\w-]+[ \t]+)?(?:statement|release|notice|circular|document|page|bulletin|"
                                   r"update|letter|first|originally|jointly)$", re.IGNORECASE)
# A closing line naming where the piece appeared, with its date.
_SOURCE_TRAILER = re.compile(
    r"^(?:From|First published (?:in|by|on)|Originally published (?:in|by|on)|This article (?:first )?appeared in)\b")
_TRAILER_LINES = 3


@dataclass(frozen=True)
class Published:
    """The publication date found, how sure we are, and where it was."""

    iso: str | None
    precision: str
    confidence: float
    span: tuple[int, int] | None = None

    def as_date(self) -> date | None:
        if self.iso is None or self.precision != "day":
            return None
        return date.fromisoformat(self.iso)


def _opens_a_field(before: str) -> bool:
    """Whether a label stands where a page's field opens: its line's start, after a separator ("Reuters |
    London | Created: 12-01-2023") or after the name of what the page is ("Press statement issued 14 March")."""
    before = before.rstrip()
    return not before or before[-1] in "|•·;:–—-" or _DOCUMENT_NOUN_BEFORE.search(before) is not None


def find_published(lines: list[Span], mentions: list[DateMention], metadata: str | None,
                   schedule: Sequence[tuple[int, int]] | None = None) -> Published:
    """Publication date of a document from its lines and date mentions (``schedule``: its schedule lines,
    ``schedule_lines.schedule_date_lines``, if the caller has them).

    Linear in the size of the text: each mention is looked at once per line
    that holds it, and no line's text is copied per mention (a one-line file
    with thousands of dates used to cost quadratic time here).
    """
    full = sorted((m for m in mentions if m.year is not None and m.day is not None),
                  key=lambda m: m.start)
    header = _before_page_sections([line for line in header_lines(lines, _HEADER_LINES) if line.start <= _HEADER_CHARS])
    if not full:  # every date read from the text below is one of these: only metadata is left, or an issue's year
        return _in_the_issues_year(header, mentions) or labelled_month(header) or _from_metadata(metadata)
    starts = [m.start for m in full]
    # "Date: ..." over "Venue: ...": the day an event is held
    schedule_starts = {start for start, _ in (schedule_date_spans(lines) if schedule is None else schedule)}
    header = [line for line in header if line.start not in schedule_starts]
    for line in header:
        for mention in mentions_in(full, starts, line):
            before = line.text[max(0, mention.start - line.start - LABEL_LOOKBACK):mention.start - line.start]
            label = _PUBLISHED_BEFORE.search(before)
            if label is None or CHANGED_BEFORE.search(before):
                continue
            label_at = mention.start - line.start - len(label.group())
            if not _PROSE_LABEL.match(label.group()) or _opens_a_field(line.text[:label_at]):
                return _found(mention, 0.95)
    def date_line(line: Span) -> DateMention | None:
        return date_line_mention(line, full, starts)

    read = _after_weather(header)
    for index, line in enumerate(read):
        found = date_line(line)
        if found is not None and not (index and _ANNOUNCES_A_DATE.search(read[index - 1].text)):
            # "• Sat. May 25th, 2024" above "By Jo Writer" and "Mar 13, 2018"
            return _found(byline_date(read, index, date_line) or found, 0.95)
    appeared = _first_appeared(header, full, starts)
    if appeared is not None:
        return _found(appeared, 0.9)
    run_on = date_closing_headline(lines, full)  # "... over Pay November 27, 2021 Jo News": breaks lost
    if run_on is not None:
        return _found(run_on, 0.8)
    for line in _before_page_sections(lines):  # a related story's "Posted on" line is another page's
        if is_labelled(line.text) and line.start not in schedule_starts:
            for mention in mentions_in(full, starts, line):
                offset = mention.start - line.start
                if not CHANGED_BEFORE.search(line.text[max(0, offset - LABEL_LOOKBACK):offset]):
                    return _found(mention, 0.85)
    for line in lines[-_TRAILER_LINES:]:
        if _SOURCE_TRAILER.match(line.text):
            for mention in mentions_in(full, starts, line):
                return _found(mention, 0.8)
    late = late_date_line(lines, full)  # "...UniversityToronto – March 12, 2018 –", "Oct 20, 2017 | News"
    if late is not None:
        return _found(late, 0.8)
    digest = _digest_mail_date(read, full, starts)
    if digest is not None:
        return _found(digest, 0.8)
    return _in_the_issues_year(header, mentions) or labelled_month(header) or _from_metadata(metadata)


def _digest_mail_date(read: list[Span], full: list[DateMention], starts: list[int]) -> DateMention | None:
    """When no header line is a date line: a list digest's mail header run into a line ("Message: 12 Date: Tue, 4
    Mar 2003 09:41:07 -0500 From: ...")."""
    for line in read:
        for mention in mentions_in(full, starts, line):
            if mail_date_in_line(line.text, mention.start - line.start, mention.end - line.start):
                return mention
    return None


def _first_appeared(header: list[Span], full: list[DateMention], starts: list[int]) -> DateMention | None:
    """The one date of a header line that notes where the page first appeared, right after "on" ("NOTE: Article
    first appeared in The Westbrook Citizen on 4 April 2014."; not "... on 10 March 2014, a week after the strike
    of 3 March", "... special edition on the strike of 3 March 2014")."""
    for line in header:
        if notes_first_appearance(line.text):
            dates = list(mentions_in(full, starts, line))
            if len(dates) == 1 and dates_first_appearance(line.text, dates[0].start - line.start):
                return dates[0]
    return None


# "date 2018-04", "Published: 2018-04": a label, then a year and month alone.
_LABELLED_YEAR_MONTH = re.compile(r"[ \t]*(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])(?![\d-])")


def labelled_month(header: list[Span]) -> Published | None:
    """A header line labelled as the page's date that gives only a year and
    a month ("date 2018-04") dates the page to that month, as the same
    value in the file's metadata would."""
    for line in header:
        label = label_of(line.text)
        if label and not CHANGED_BEFORE.search(label.group()):
            found = _LABELLED_YEAR_MONTH.match(line.text, label.end())
            if found is not None and MIN_YEAR <= int(found["year"]) <= MAX_YEAR:
                at = line.start + found.start("year")
                return Published(f"{found['year']}-{found['month']}", "month", 0.85, (at, line.start + found.end()))
    return None


def _in_the_issues_year(header: list[Span], mentions: list[DateMention]) -> Published | None:
    """"MONTREAL, March 19—" under "April 2005 issue of ...": the dateline in the issue's year."""
    in_issue = dateline_in_the_issues_year(header, mentions, is_place_dateline)
    return _found(in_issue, 0.7) if in_issue is not None else None


# A sentence that ends on a colon after a preposition announces the date on the line below: "... and the
# porters will stop work at the hospital from:" over "October 19, 2022".
# (not a line that tells who published or wrote the page: "Published by the union press office on:")
_ANNOUNCES_A_DATE = re.compile(r"^(?![^\n]*\b(?:by|posted|published|updated|modified|issued|written|released|"
                               r"copyright)\b)(?:\S+[ \t]+){4,}(?:on|from|until|for|begins?|starts?)[ \t]*:$",
                               re.IGNORECASE)


# A site's weather reading ("27.6 C", "31°C"): the date under it is the site's today.
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:\.\d)?[ \t]*(?:°[ \t]*)?[CF]")
_WEATHER_LINES = 2


def _after_weather(header: list[Span]) -> list[Span]:
    """The header lines, less a weather reading and the lines just under it
    (a place, today's date): a site's widget, not the page's date line."""
    for index, line in enumerate(header):
        if len(line.text) <= 8 and line.text[-1:] in "CF" and _TEMPERATURE.fullmatch(line.text):
            return header[:index] + header[index + 1 + _WEATHER_LINES:]
    return header


def _from_metadata(metadata: str | None) -> Published:
    """The format reader's date, trusted when the text dates nothing."""
    from_metadata = _metadata_date(metadata)
    if from_metadata:
        return Published(from_metadata[0], from_metadata[1], 0.9)
    return Published(None, "unknown", 0.9)


# A short page's list of related stories or its comments can fall inside
# the header lines; their dates belong to other pages or to readers.
_PAGE_SECTION = re.compile(
    r"^[ \t]*(?:related(?: articles| posts| stories| news)?|more from\b.*|read more|you may also like|recommended|"
    r"most read|\d+ comments?|leave a (?:reply|comment))[ \t:]*$",
    re.IGNORECASE,
)


def _before_page_sections(header: list[Span]) -> list[Span]:
    for index, line in enumerate(header):
        if index and len(line.text) <= 40 and _PAGE_SECTION.match(line.text):
            return header[:index]
    return header


def _found(mention: DateMention, confidence: float) -> Published:
    return Published(_iso(mention), "day", confidence, (mention.start, mention.end))


def _iso(mention: DateMention) -> str:
    return f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"


_PARTIAL_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def _metadata_date(value: str | None) -> tuple[str, str] | None:
    """(iso, precision) from a reader's ISO date or datetime, if valid."""
    if not value:
        return None
    head = value.strip()[:10]
    try:
        parsed = date.fromisoformat(head)
    except ValueError:
        partial = _PARTIAL_ISO.match(value.strip())
        if not partial or not MIN_YEAR <= int(partial[1]) <= MAX_YEAR:
            return None
        if partial[2] is None:
            return partial[1], "year"
        if not 1 <= int(partial[2]) <= 12:
            return None
        return partial.group(), "month"
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed.isoformat(), "day"
