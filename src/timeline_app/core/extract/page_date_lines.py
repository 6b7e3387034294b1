"""Whether a header line is the page's own date line, and which of its dates makes it one.

``published.find_published`` asks it of each header line once no date there
is labelled as the publication: a line that is mostly a date, a labelled line
("Posted on ..."), a place's dateline ("LONDON, 12 March 2019 –"), a site's
byline, a date set off by a dash or a bar, a date before a letter's
salutation; never a date labelled as a change or as a ballot's close,
signing an embedded post or followed by an event's hours. The labels a
header date may carry and ``mentions_in`` (a line's dates, by bisection) are
here too; the publication search reads them as well.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .byline_dates import writers_after_date, writers_before
from .date_stamps import opens_the_text, stamps_the_title
from .dates import DateMention
from .event_hours import hours_follow
from .post_signatures import signs_a_post
from .sentences import Span

# A dateline is a line that is mostly a date: at most this much other text.
_DATELINE_SLACK = 40
LABELLED = re.compile(
    r"^(?:(?:first |originally )?published(?: on)?|posted(?: on)?|date(?:d)?|issued(?: on)?|"
    r"updated(?: on)?|last updated|release date|sent)\b\s*:?",
    re.IGNORECASE,
)
# Every label above starts with one of these (dotted and dotless i match "i"
# without case, the long s "s"): other lines are turned down without the pattern.
LABEL_FIRST = frozenset("fFoOpPdDiIuUlLrRsS\u0130\u0131\u017f")
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
TIME_FIRST = r"(?:\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:,[ \t]*)?)?"
CHANGED_BEFORE = re.compile(r"(?:updated|modified|edited|archived(?:[ \t]+from[ \t]+the[ \t]+original)?|latest news|"
                            r"update|retrieved|accessed)(?:[ \t]+on)?"
                            r"[ \t]*(?:[:/|–-][ \t]*)?" + TIME_FIRST + "$",
                            re.IGNORECASE)
LABEL_LOOKBACK = 30
# "06/22/2018 (Ostland) - Local media report ...": a whole date in figures opening its line, a place's one to three
# capitalised words in brackets (no day, part or picture: "(Friday)", "(Day One)", "(Photo: ...)"), a dash
_PLACE_THEN_DASH = re.compile(r"[ \t]*\((?![^)]*\b(?:Day|Week|Part|Update|Updated|Photo|Picture|File|Live|"
                              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}\)"
                              r"[ \t]*[-–—]")
# "A message from the Principal 3rd May 2019": a line opening with
# an article and a common noun names another document and its date.
_NOUN_PHRASE_BEFORE = re.compile(r"(?:A|An|The)[ \t]+[a-z]")
# A dateline with its day in brackets, and the bracket closed before a dash: "Harbourton (Monday, February 4,
# 2013) – ...", with its state or country after a comma ("WASHINGTON, D.C. (March 4, 2019) –") (not a heading's
# words: "Strike Notice (March 10, 2019) –", a live blog's "Day One (Monday, ...) –").
_BRACKETED_PLACE = re.compile(r"(?![^(]*\b(?:Strike|Notice|Day|Week|Update|Updated|Part|Statement|Live|Release|"
                              r"News)\b)[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,2}"
                              r"(?:,[ \t]+[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+)?)?[ \t]+\(")
_BRACKET_CLOSED = re.compile(r"\)[ \t]*[–—-]")
# A place, then a newswire's name in brackets between double dashes: "SAN FRANCISCO--(BUSINESS WIRE)--".
_WIRE_CREDIT = re.compile(r"[A-Z][A-Za-z .,'-]{1,40}--\([A-Z][A-Za-z .]{1,30}\)--")
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
# "When: 12.30pm Friday 22nd September 2023": a notice's line saying when
# its event is, not when the notice appeared.
_EVENT_LABEL = re.compile(r"^[ \t]*(?:when|time|date[ \t]*(?:and|&)[ \t]*time|event[ \t]+date)[ \t]*:", re.IGNORECASE)


def date_line_mention(line: Span, full: list[DateMention], starts: list[int]) -> DateMention | None:
    """The first date on a header line that makes it the page's date line."""
    if line.text[:1] in "WwTtDdEe \t" and _EVENT_LABEL.match(line.text):
        return None
    labelled = is_labelled(line.text)
    changes = _ChangeLabels(line.text)
    for mention in mentions_in(full, starts, line):
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
            or offset <= _PLACE_DATELINE_MAX and is_place_dateline(line.text[:offset])
            # "SAN FRANCISCO--(BUSINESS WIRE)--Oct. 2, 2018--Nurses ...": a newswire's dateline
            or offset <= _PLACE_DATELINE_MAX and _WIRE_CREDIT.fullmatch(line.text, 0, offset) and \
            line.text.startswith("--", after)
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


def label_of(line: str) -> re.Match[str] | None:
    """``LABELLED.match(line)``, turned down at once when no label can start the line."""
    return LABELLED.match(line) if line[:1] in LABEL_FIRST else None


def is_labelled(line: str) -> bool:
    """Whether ``line`` opens with a publication's label ("Posted on", "Published:")."""
    return label_of(line) is not None


def _not_the_page_date(line: str, offset: int, end: int) -> bool:
    """A header date labelled as a change or as when a ballot opened or
    closed ("Ballot closes at: noon 3 May 2019"; a petition's "Started:"
    is its date), signing an embedded post, or followed by an event's hours:
    the page's date line is none of these."""
    before = line[max(0, offset - LABEL_LOOKBACK):offset]
    return bool(CHANGED_BEFORE.search(before) or _OPENED_OR_CLOSED_BEFORE.search(before) or
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


def is_place_dateline(prefix: str) -> bool:
    """"LONDON, ", "New Brunswick, New Jersey, ", "Newcastle upon Tyne – ": a
    place ends with a capitalised word ("ZIMBABWEAN police on " is a sentence)."""
    if not _PLACE_DATELINE.match(prefix):
        return False
    words = prefix.replace(",", " ").split()
    words = [w for w in words if w not in ("–", "—", "-", "|")]
    return bool(words) and (words[-1][:1].isupper() or words[-1][:1] == "(")


def mentions_in(
    mentions: list[DateMention], starts: list[int], line: Span
) -> Iterator[DateMention]:
    """Mentions inside ``line``, found by bisection in ``mentions`` sorted by start."""
    for index in range(bisect_left(starts, line.start), len(mentions)):
        mention = mentions[index]
        if mention.start >= line.end:
            return
        if mention.end <= line.end:
            yield mention
