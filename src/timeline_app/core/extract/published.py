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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from .byline_dates import byline_date, writers_after_date, writers_before
from .date_stamps import opens_the_text, stamps_the_title
from .dates import MAX_YEAR, MIN_YEAR, DateMention
from .email_dates import mail_date_in_line
from .event_hours import hours_follow
from .headline_dates import date_closing_headline
from .issue_datelines import dateline_in_the_issues_year
from .late_date_lines import late_date_line
from .page_dates import dates_first_appearance, notes_first_appearance
from .page_furniture import header_lines
from .post_signatures import signs_a_post
from .schedule_lines import schedule_date_spans
from .sentences import Span

_HEADER_LINES = 8
_HEADER_CHARS = 1200
# A dateline is a line that is mostly a date: at most this much other text.
_DATELINE_SLACK = 40
_LABELLED = re.compile(
    r"^(?:(?:first |originally )?published(?: on)?|posted(?: on)?|date(?:d)?|issued(?: on)?|"
    r"updated(?: on)?|last updated|release date|sent)\b\s*:?",
    re.IGNORECASE,
)
# Every label above starts with one of these (dotted and dotless i match "i"
# without case, the long s "s"): other lines are turned down without the pattern.
_LABEL_FIRST = frozenset("fFoOpPdDiIuUlLrRsS\u0130\u0131\u017f")
# "LONDON, 12 March 2019 –" at the start of a press release's first paragraph,
# the place perhaps with its state or country ("New Brunswick, New Jersey,") or set off by a bar ("Harbourton | ").
# A news agency's credit may lead it ("(AP) – Cairo, 11 March 2012 –"); a
# preposition never is a place ("On 1 October 2016, the council met").
_PLACE_DATELINE = re.compile(r"^(?:\([A-Z][\w/ .&-]{1,24}\)[ \t]*[–—-][ \t]*)?"
                             r"(?!(?:On|In|At|By|From|Since|Until|After|Before|During|Between|Of)\b)"
                             # ("Yesterday, Sunday December 7 2008, the ...": a sentence's day, not a place)
                             r"(?!(?:Yesterday|Tomorrow|Earlier|Later|Last|Next)\b)"  # ("Today, 12 March" is the day)
                             r"[A-Z][A-Za-z .'-]{1,30}(?:,[ \t]+[A-Z][A-Za-z .'-]{1,24})?(?:,|[ \t]+[–—|-])?[ \t]+$")
# "February 12, 2019 – Students ...": a date that opens the first paragraph, set
# off by a dash, dates it as a dateline does.
_DASH_AFTER = re.compile(r"[ \t]*(?:--|[–—-])[ \t]")  # (a typewriter's double dash too: "November 9, 2014 -- ")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_BAR_AFTER = re.compile(r"[ \t]*[|:][ \t]")
# "Graduate workers end strike, ratify contracts - Dec. 23, 2022": a date
# set off by a dash or bar at the end of a header line is the line's date line.
_DASH_BEFORE = re.compile(r"[ \t][–—|-][ \t]+$")
# Longest text before a date that can still be a place dateline (the pattern
# above with a generous run of spaces); longer prefixes are never copied.
_PLACE_DATELINE_MAX = 64
# Just before a date: it says when the page changed, not when it appeared.
# A clock time may stand between the label and the date ("Published: 15:11, 16 July 2024").
_TIME_FIRST = r"(?:\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:,[ \t]*)?)?"
_CHANGED_BEFORE = re.compile(r"(?:updated|modified|edited|archived(?:[ \t]+from[ \t]+the[ \t]+original)?|latest news|update|"
                             r"retrieved|accessed)(?:[ \t]+on)?"
                             r"[ \t]*(?:[:/|–-][ \t]*)?" + _TIME_FIRST + "$",
                             re.IGNORECASE)
# Just before a date: it names the publication itself.
# (a weekday may stand between the label and the date too: "Published:Friday | January 5, 2018")
_PUBLISHED_BEFORE = re.compile(r"(?:published|posted|created|issued|released)(?:[ \t]+on)?[ \t]*(?:[:/|–-][ \t]*)?" +
                               r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]*[|,][ \t]*)?" + _TIME_FIRST + "$",
                               re.IGNORECASE)
_LABEL_LOOKBACK = 30
# "06/22/2018 (Ostland) - Local media report ...": a whole date in figures opening its line, a place's one to three
# capitalised words in brackets (no day, part or picture: "(Friday)", "(Day One)", "(Photo: ...)"), a dash
_PLACE_THEN_DASH = re.compile(r"[ \t]*\((?![^)]*\b(?:Day|Week|Part|Update|Updated|Photo|Picture|File|Live|"
                              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}\)"
                              r"[ \t]*[-–—]")
# Labels that are also verbs of a story's prose ("the strike notice issued on 16th November 2020"): they
# name the page's own date only opening their line ("Issued on 3 May 2021").
_PROSE_LABEL = re.compile(r"(?:issued|released|created)\b", re.IGNORECASE)
# (a line opening with what the page is: "Press statement issued 14 March", "First released 5 June"; not "the
# union cited a strike notice issued on 16th November 2020")
_DOCUMENT_NOUN_BEFORE = re.compile(r"^(?:[\w-]+[ \t]+)?(?:statement|release|notice|circular|document|page|bulletin|"
                                   r"update|letter|first|originally|jointly)$", re.IGNORECASE)
# "A message from the Principal 3rd May 2019": a line opening with
# an article and a common noun names another document and its date.
_NOUN_PHRASE_BEFORE = re.compile(r"(?:A|An|The)[ \t]+[a-z]")
# A dateline with its day in brackets, and the bracket closed before a dash: "Harbourton (Monday, February 4,
# 2013) – ..." (not a heading's words: "Strike Notice (March 10, 2019) –", a live blog's "Day One (Monday, ...) –").
_BRACKETED_PLACE = re.compile(r"(?![^(]*\b(?:Strike|Notice|Day|Week|Update|Updated|Part|Statement|Live|Release|"
                              r"News)\b)[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,2}[ \t]+\(")
_BRACKET_CLOSED = re.compile(r"\)[ \t]*[–—-]")
# A site's byline: "Submitted by" a name or a handle of one to three words, then "on" and the date.
_SUBMITTED_BY = re.compile(r"Submitted[ \t]+by[ \t]+(?!(?:the|a|an|for|to)\b)(?:[\w.'’-]+[ \t]+){1,3}?on[ \t]+")
# A letter's salutation right after its date: "June 9, 2020 Dear Mayor Lindqvist, ...".
_SALUTATION_AFTER = re.compile(r",?[ \t]+Dear[ \t]+[A-Z]")
# A headline that says its act happens on the date ("Porters Start Striking on October 19, 2022"): the act's day
# (not a writer's line, "Written By Jo Smith on ...", nor a statement's, "Union Statement on ..."); read only in
# a headline's length before the date.
_HEADLINE_ON = re.compile(r"(?![^\n]*\b(?:By|BY|by)\b)(?=[^\n]*\b(?:Strik\w*|Walk\w*|March\w*|Rall\w*|Protest\w*|"
                          r"Occup\w*|Picket\w*)[ \t])(?:[A-Z][\w'’-]*[ \t]+){3,}on[ \t]+")
_HEADLINE_ON_CHARS = 120
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
        for mention in _mentions_in(full, starts, line):
            before = line.text[max(0, mention.start - line.start - _LABEL_LOOKBACK):mention.start - line.start]
            label = _PUBLISHED_BEFORE.search(before)
            if label is None or _CHANGED_BEFORE.search(before):
                continue
            label_at = mention.start - line.start - len(label.group())
            if not _PROSE_LABEL.match(label.group()) or _opens_a_field(line.text[:label_at]):
                return _found(mention, 0.95)
    def date_line(line: Span) -> DateMention | None:
        return _date_line_mention(line, full, starts)

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
        if _is_labelled(line.text) and line.start not in schedule_starts:
            for mention in _mentions_in(full, starts, line):
                offset = mention.start - line.start
                if not _CHANGED_BEFORE.search(line.text[max(0, offset - _LABEL_LOOKBACK):offset]):
                    return _found(mention, 0.85)
    for line in lines[-_TRAILER_LINES:]:
        if _SOURCE_TRAILER.match(line.text):
            for mention in _mentions_in(full, starts, line):
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
        for mention in _mentions_in(full, starts, line):
            if mail_date_in_line(line.text, mention.start - line.start, mention.end - line.start):
                return mention
    return None


def _first_appeared(header: list[Span], full: list[DateMention], starts: list[int]) -> DateMention | None:
    """The one date of a header line that notes where the page first appeared, right after "on" ("NOTE: Article
    first appeared in The Westbrook Citizen on 4 April 2014."; not "... on 10 March 2014, a week after the strike
    of 3 March", "... special edition on the strike of 3 March 2014")."""
    for line in header:
        if notes_first_appearance(line.text):
            dates = list(_mentions_in(full, starts, line))
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
        label = line.text[:1] in _LABEL_FIRST and _LABELLED.match(line.text)
        if label and not _CHANGED_BEFORE.search(label.group()):
            found = _LABELLED_YEAR_MONTH.match(line.text, label.end())
            if found is not None and MIN_YEAR <= int(found["year"]) <= MAX_YEAR:
                at = line.start + found.start("year")
                return Published(f"{found['year']}-{found['month']}", "month", 0.85, (at, line.start + found.end()))
    return None


def _in_the_issues_year(header: list[Span], mentions: list[DateMention]) -> Published | None:
    """"MONTREAL, March 19—" under "April 2005 issue of ...": the dateline in the issue's year."""
    in_issue = dateline_in_the_issues_year(header, mentions, _is_place_dateline)
    return _found(in_issue, 0.7) if in_issue is not None else None


# A sentence that ends on a colon after a preposition announces the date on the line below: "... and the
# porters will stop work at the hospital from:" over "October 19, 2022".
# (not a line that tells who published or wrote the page: "Published by the union press office on:")
_ANNOUNCES_A_DATE = re.compile(r"^(?![^\n]*\b(?:by|posted|published|updated|modified|issued|written|released|"
                               r"copyright)\b)(?:\S+[ \t]+){4,}(?:on|from|until|for|begins?|starts?)[ \t]*:$",
                               re.IGNORECASE)
# "When: 12.30pm Friday 22nd September 2023": a notice's line saying when
# its event is, not when the notice appeared.
_EVENT_LABEL = re.compile(r"^[ \t]*(?:when|time|date[ \t]*(?:and|&)[ \t]*time|event[ \t]+date)[ \t]*:", re.IGNORECASE)


def _date_line_mention(line: Span, full: list[DateMention], starts: list[int]) -> DateMention | None:
    """The first date on a header line that makes it the page's date line."""
    if line.text[:1] in "WwTtDdEe \t" and _EVENT_LABEL.match(line.text):
        return None
    labelled = _is_labelled(line.text)
    changes = _ChangeLabels(line.text)
    for mention in _mentions_in(full, starts, line):
        offset = mention.start - line.start
        after = mention.end - line.start  # where the date ends in the line
        whole = mention.day is not None and mention.year is not None
        if _not_the_page_date(line.text, offset, after) or \
                _NOUN_PHRASE_BEFORE.match(line.text, 0, offset) or stamps_the_title(mention) or \
                not labelled and _headline_acting_on(line.text, offset, after):
            continue
        if (
            changes.before_change(offset) - len(mention.text) <= _DATELINE_SLACK
            or labelled
            or offset <= _PLACE_DATELINE_MAX and _is_place_dateline(line.text[:offset])
            # "Submitted by Robin on 23 September, 2010 - 10:08 Author: ...": a site's byline
            or offset <= _PLACE_DATELINE_MAX and _SUBMITTED_BY.fullmatch(line.text, 0, offset)
            # "Harbourton (Monday, February 4, 2013) – Members ...", "(May 3, 2023) – Yesterday": a dateline with
            # its day in brackets
            or (offset <= _PLACE_DATELINE_MAX and _BRACKETED_PLACE.fullmatch(line.text, 0, offset) or
                offset == 1 and line.text[0] == "(") and _BRACKET_CLOSED.match(line.text, after)
            or writers_before(line.text, offset, after)
            or offset == 0 and (_DASH_AFTER.match(line.text, after) or
                                whole and "/" in mention.text and _PLACE_THEN_DASH.match(line.text, after))
            # "9 February 2017 | Thursday: It all started ...", "9 February 2017: Students ...": a whole date;
            # "August 27, 2025 by Jo Writer, Ann Other", "May 14, 2019|By Wire services": the writers' line
            or offset == 0 and whole and (_BAR_AFTER.match(line.text, after) or writers_after_date(line.text, after))
            # "01 May 2006Students Continue ...": the line break after the date line was lost (also before a
            # blank, when a whole date opens the text: "7 October 2002 On Saturday, members ..."; not when a
            # later year follows it: "3 May 1926 The General Strike began" opens a history)
            or offset == 0 and line.text[after:after + 1].isupper()
            or mention.start <= 2 and whole and _CAPITAL_AFTER.match(line.text, after) and \
            all(other.year is None or other.year <= mention.year + 1 for other in full)
            # "June 9, 2020 Dear Mayor Lindqvist, We ...": a letter's date before its salutation
            or offset == 0 and _SALUTATION_AFTER.match(line.text, after)
            or mention.end == line.end and _DASH_BEFORE.search(line.text, 0, offset)
            or opens_the_text(mention)  # "20140312 Wirenews HARBOURTOWN (Wirenews) - ..."
        ):
            return mention
    return None


def _headline_acting_on(line: str, offset: int, end: int) -> bool:
    """Whether the date at ``offset:end`` closes a short headline whose act happens on it ("Porters Start
    Striking on October 19, 2022"), not a writer's line that dates the page."""
    return 0 < offset <= _HEADLINE_ON_CHARS and _HEADLINE_ON.fullmatch(line, 0, offset) is not None and \
        not writers_before(line, offset, end)


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


def _is_labelled(line: str) -> bool:
    """``_LABELLED.match(line)``, turned down at once when no label can start the line."""
    return line[:1] in _LABEL_FIRST and _LABELLED.match(line) is not None


def _not_the_page_date(line: str, offset: int, end: int) -> bool:
    """A header date labelled as a change or as when a ballot opened or
    closed ("Ballot closes at: noon 3 May 2019"; a petition's "Started:"
    is its date), signing an embedded post, or followed by an event's hours:
    the page's date line is none of these."""
    before = line[max(0, offset - _LABEL_LOOKBACK):offset]
    return bool(_CHANGED_BEFORE.search(before) or _OPENED_OR_CLOSED_BEFORE.search(before) or
                signs_a_post(line, offset) or hours_follow(line, end))


_OPENED_OR_CLOSED_BEFORE = re.compile(r"\b(?:ballot|vote|voting|poll|polls|consultation|nominations)[ \t]+"
                                      r"(?:clos(?:ed|es|ing)|open(?:ed|s|ing)|end(?:ed|s))\b[^:\n]{0,12}:[^:\n]{0,12}$",
                                      re.IGNORECASE)


# "Mon 3 Mar 2019 12.00 GMT Last modified on Tue 4 Mar 2019": where a date
# line goes on to say when the page changed.
_CHANGE_LABEL = re.compile(r"\b(?:last (?:modified|updated|edited)|updated|modified)\b", re.IGNORECASE)
# Every place a change label starts, overlapping ones too ("modified" inside
# "last modified"): exactly the places ``_CHANGE_LABEL.search`` can stop at.
_CHANGE_LABEL_STARTS = re.compile(r"(?=" + _CHANGE_LABEL.pattern + ")", re.IGNORECASE)


class _ChangeLabels:
    """A header line's "Last modified"/"Updated" labels, found once for all its dates."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None  # found when the first date asks

    def before_change(self, offset: int) -> int:
        """Length of the line up to the first change label at or after
        ``offset`` (the whole line without one): a date line that also says
        when the page changed is still a date line. Searching the rest of
        the line once per date made a line of many dates quadratic."""
        if self._starts is None:
            self._starts = [match.start() for match in _CHANGE_LABEL_STARTS.finditer(self._text)]
        index = bisect_left(self._starts, offset)
        return self._starts[index] if index < len(self._starts) else len(self._text)


def _is_place_dateline(prefix: str) -> bool:
    """"LONDON, ", "New Brunswick, New Jersey, ", "Newcastle upon Tyne – ": a
    place ends with a capitalised word ("ZIMBABWEAN police on " is a sentence)."""
    if not _PLACE_DATELINE.match(prefix):
        return False
    words = prefix.replace(",", " ").split()
    words = [w for w in words if w not in ("–", "—", "-", "|")]
    return bool(words) and (words[-1][:1].isupper() or words[-1][:1] == "(")


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


def _mentions_in(
    mentions: list[DateMention], starts: list[int], line: Span
) -> Iterator[DateMention]:
    """Mentions inside ``line``, found by bisection in ``mentions`` sorted by start."""
    for index in range(bisect_left(starts, line.start), len(mentions)):
        mention = mentions[index]
        if mention.start >= line.end:
            return
        if mention.end <= line.end:
            yield mention


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
