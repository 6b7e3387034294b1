"""Documents that are themselves a letter, not a report about one.

A page whose opening line names it a letter ("Open Letter to Vice
Chancellors…", "Letter to the Vice-Chancellor, 14/03/2019") is the letter:
its kind is ``letter`` whatever protests it recounts, and its main event is
the letter itself, dated by the date it carries at the top, not by the
background it cites ("the protest on November 22, 2011"). A news report
about a letter ("Academics sign open letter…") opens otherwise and is left
to the kind vote and the main-event choice. A letter laid out as a memo
("To: ...", "From: ...", "Re: ...") is a letter too; an e-mail, which has
a "Sent:" line and a "Subject:" where a memo has "Re:", is not taken for one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..models import ExtractedEvent
from .byline_dates import MONTH_NAME
from .dates import ORDINAL_SUFFIX
from .published import Published
from .sentences import Span
from .times_of_day import find_times

_LETTER_OPENING = re.compile(
    r"^(?:(?:subject|re|fwd?)[ \t]*:[ \t]*)*(?:an[ \t]+|a[ \t]+|our[ \t]+)?(?:open[ \t]+|joint[ \t]+|public[ \t]+)?"
    r"letter(?:[ \t]+(?:to|from|on|in|by|against|regarding|about|calling|urging|of)\b|[ \t]*[:–—])",
    re.IGNORECASE)
# A page that says what it is: "This letter was written and circulated by ...".
_THIS_LETTER = re.compile(r"this[ \t]+(?:open[ \t]+|joint[ \t]+|public[ \t]+)?letter[ \t]+(?:was|is|has[ \t]+been)[ \t]+"
                          r"(?:written|signed|sent|drafted|circulated|addressed)\b", re.IGNORECASE)
# A heading that names the page a joint statement ("Rents: a joint statement
# from the tenants' union and the lecturers' branch"): the statement itself,
# which its signatories put out as a letter is. "Unions said in a joint statement"
# opens a sentence of a report, never a heading after a dash.
_STATEMENT_HEADING = re.compile(r"(?:^|[-–—:|][ \t]*)(?:the[ \t]+|a[ \t]+|our[ \t]+)?joint[ \t]+statement[ \t]+"
                                r"(?:by|of|from)\b", re.IGNORECASE)
#: How many of the first lines may hold that opening (a site name or a
#: date line can come first); an e-mail's "Subject:" line may come later,
#: after its From/Sent/To lines.
_OPENING_LINES = 3
_SUBJECT_LINES = 8
_HEADING_WORDS = 20
_SENTENCE_WORDS = 8
_SUBJECT = re.compile(r"^subject[ \t]*:", re.IGNORECASE)
_PAGE_LABEL = re.compile(r"published|posted|updated|created", re.IGNORECASE)
#: How far after the page's date, on its line, its hour is looked for ("| 8:43", ", 10:30 am").
_STAMP_CHARS = 24
# The page's own metadata line, "date 2024-05-02" (lower case, an ISO day): when the page was saved, no letter's date.
_METADATA_LABEL = re.compile(r"[ \t]*date[ \t]+")
# A memo's header lines: addressee, sender, and its matter or its name.
_MEMO_TO = re.compile(r"^to[ \t]*:", re.IGNORECASE)
_MEMO_FROM = re.compile(r"^from[ \t]*:", re.IGNORECASE)
_MEMO_MARK = re.compile(r"^(?:re[ \t]*:|memo(?:randum)?\b(?![ \t]+of\b))", re.IGNORECASE)
_SENT = re.compile(r"^sent[ \t]*:", re.IGNORECASE)
# A letter's salutation opening the page, after at most its date on the same
# line ("Dear Vice-Chancellor,", "21 May 2019 Dear Governor Lee: As ..."). A
# circular to a union's members or a newsletter's readers ("Dear colleagues,")
# is how a branch sends its news: the news is the kind, not the letter.
# Not a group greeted by what it is ("Dear colleagues,", "Dear Members,").
_NO_GROUP_GREETED = (r"(?!(?i:all|members?|colleagues?|friends?|comrades?|everyone|supporters?|students?|staff|"
                     r"readers?|subscribers?|sisters|brothers|parents|residents|tenants|activists)\b)")
_SALUTATION = re.compile(r"^(?:[^\n.!?]{0,40}?\d{4}[ \t,]+)?Dear[ \t]+" + _NO_GROUP_GREETED +
                         r"(?:[A-Z][\w.'’-]*+[ \t]*+){1,6}+[,:]")  # (possessive: a long run of capitals cannot be split six ways)
# The same under an addressee's address, where a letter to another body may
# greet that body's members by name ("Dear Members of the Graduate Union:"),
# with "of", "at", "the" and "and" in a name of up to a dozen words.
_ADDRESSED_SALUTATION = re.compile(
    r"^Dear[ \t]+(?:Members?[ \t]+of[ \t]+(?:the[ \t]+)?)?" + _NO_GROUP_GREETED +
    r"[A-Z][\w.'’-]*+[ \t]*+(?:(?:[A-Z][\w.'’-]*+|of|at|the|and)[ \t]*+){0,11}+[,:]")
#: How many of the first lines may hold the salutation: a heading, then it.
_SALUTATION_LINES = 2
# A head of state addressed first, by the writer, not in a speech reported: "Your Excellency, allow me
# to write to you" (not "Your Excellency, the king said in his toast").
_EXCELLENCY = re.compile(r"^Your[ \t]+Excellency,(?![^\n]{0,60}\b(?:said|says|told|tells|asked|began|added|replied|wrote|"
                         r"writes)\b)")
#: An address block above a salutation (a site's menu items, then the
#: addressee's name, street and town) is at most this many lines, each of
#: at most this many words, with no sentence among them.
_ADDRESS_LINES = 16
_ADDRESS_WORDS = 7
# What only an address holds: a street number before a capitalised word, a
# British postcode, a zip code or a state's code and postcode ("NSW 2000").
_ADDRESS = re.compile(r"\b\d{1,5}[A-Za-z]?[ \t]+[A-Z][a-z]|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}\b|"
                      r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]{2,3}[ \t]+\d{4}\b")
# A day and a month ("3 May", "May 3"): the line is a date, whose number is no street's.
_MONTH = MONTH_NAME + r"\b\.?"
_DATE_LINE = re.compile(rf"\b\d{{1,2}}{ORDINAL_SUFFIX}[ \t]+(?:of[ \t]+)?{_MONTH}|"
                        rf"\b{_MONTH}[ \t]+\d{{1,2}}{ORDINAL_SUFFIX}\b")
# A line that is an addressee's office alone: "Vice Chancellor", "The Minister of Labour", "President".
_OFFICE_LINE = re.compile(r"(?:The[ \t]+)?(?:Vice[ \t-]+|Deputy[ \t]+|Prime[ \t]+)?(?:Chancellor|Minister|President|"
                          r"Premier|Secretary|Registrar|Principal|Provost|Rector|Dean|Director|Chair(?:person)?|Governor|"
                          r"Mayor)(?P<body>[ \t]+(?:of|for)[ \t]+[A-Z][\w &'’-]{1,60})?")
#: The confidence a letter read from its own opening line gets.
LETTER_CONFIDENCE = 0.9


def is_letter_itself(lines: list[Span]) -> bool:
    """Whether one of the first lines opens the document as a letter."""
    for line in lines[:_OPENING_LINES]:
        if _LETTER_OPENING.match(line.text) or ("tatement" in line.text and _STATEMENT_HEADING.search(line.text)) or \
                _THIS_LETTER.match(line.text):
            return True
        words = len(line.text.split(None, _HEADING_WORDS + 1))  # counted no further than needed
        if words > _HEADING_WORDS or (words >= _SENTENCE_WORDS and line.text.endswith(".")):
            break  # the body has begun: a letter named further down is reported, not the document
    header = lines[:_SUBJECT_LINES]
    return any(_SUBJECT.match(line.text) and _LETTER_OPENING.match(line.text) for line in header) or _is_memo(header)


def opens_with_salutation(lines: list[Span]) -> bool:
    """Whether the page opens with a letter's salutation ("Dear Minister,"),
    in its first line, under a heading, or under the addressee's address:
    the page is the letter. A report quotes a letter further down, after
    its own opening."""
    for index, line in enumerate(lines[:_ADDRESS_LINES]):
        if "Excellency" in line.text and _EXCELLENCY.match(line.text) and \
                (index < _SALUTATION_LINES or _DATE_LINE.search(lines[index - 1].text)):
            # (first, under a heading, or under the letter's date: "Harbourton, Lake County" over "12TH June, 2016")
            return True
        if "Dear" in line.text:
            if index < _SALUTATION_LINES and _SALUTATION.match(line.text):
                return True
            if index and _ADDRESSED_SALUTATION.match(line.text) and (under_address(lines[:index]) or
                                                                      _under_dated_addressee(lines[:index])):
                return True
        if index + 1 >= _SALUTATION_LINES and not _is_address_line(line.text):
            return False  # a sentence came first: a letter quoted further down is reported
    return False


def _under_dated_addressee(lines: list[Span]) -> bool:
    """Whether the short lines above a salutation hold the letter's date and its addressee's office ("7th May
    2016", "Prof. Jo Kumar", "Vice Chancellor,"): a letter's head without a street address."""
    return any(_DATE_LINE.search(line.text) for line in lines) and any(
        (office := _OFFICE_LINE.fullmatch(line.text.strip(" \t,."))) and (office["body"] or index + 1 < len(lines))
        for index, line in enumerate(lines))  # (a bare office is followed by its body's line: "University of X")


def under_address(lines: list[Span]) -> bool:
    """Whether the short lines above a salutation hold an address: a street
    number before a name ("5801 South Ellis Avenue"), a postcode ("Leeds LS2
    9JT") or a zip code, on a line that is no date. A mail's "Read the
    message below" under "Branch news, 3 May" above "Dear John," is how a
    branch forwards its news."""
    return any(_ADDRESS.search(line.text) and not _DATE_LINE.search(line.text)
               for line in lines if any(c.isdigit() for c in line.text))


def _is_address_line(text: str) -> bool:
    """Whether a line above a salutation can belong to an address block or
    a menu ("University of Leeds", "• About"): a few words, no full stop."""
    return len(text.split(None, _ADDRESS_WORDS)) <= _ADDRESS_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _is_memo(header: list[Span]) -> bool:
    """Whether the first lines are a memo's header: a "To:" and a "From:"
    line with a "Re:" line or a "Memo" heading, and no e-mail "Sent:" line."""
    texts = [line.text.strip() for line in header]
    if not any(text[:2].lower() == "to" for text in texts):
        return False  # nearly every page: no addressee line at its top
    return any(_MEMO_TO.match(t) for t in texts) and any(_MEMO_FROM.match(t) for t in texts) and \
        any(_MEMO_MARK.match(t) for t in texts) and not any(_SENT.match(t) for t in texts)


def as_letter(events: tuple[ExtractedEvent, ...], published: Published, text: str) -> tuple[ExtractedEvent, ...]:
    """The events with the main one made the letter: kind ``letter``, dated
    by the date line at its top when the text carries one (an undated letter
    keeps what the text says, which may be an event it announces; a page's
    "Published on" line says when the page went up, not the letter's day)."""
    if not events:
        return events
    main = replace(events[0], kind="letter")
    if published.span is not None and published.iso is not None and \
            not _page_label(text[text.rfind("\n", 0, published.span[0]) + 1 : published.span[0]]) and \
            not _stamped_with_its_hour(text, published.span[1]) and \
            (main.start, main.precision) != (published.iso, published.precision) and \
            not _dated_by_its_own_line(main, published, text):
        main = replace(main, start=published.iso, precision=published.precision, end=None, time=None)
    others = tuple(e for e in events[1:] if (e.start, e.precision) != (main.start, main.precision))
    return (main, *others)


# A salutation's line ("Dear Mayor,"): a letter's own date line stands above it.
_GREETING_LINE = re.compile(r"^[ \t]*Dear\b", re.MULTILINE)
#: How much later than the page's date a letter's own date line may be: a day (where it went up, where it was written).
_LATER_BY = timedelta(days=1)
# A line that is only a date, as a letter writes its own above its salutation: "Tuesday, 4 March 2025", "June 3rd 2025".
_OWN_DATE_LINE = re.compile(rf"(?:[A-Z][a-z]+day,?[ \t]+)?"
                            rf"(?:\d{{1,2}}{ORDINAL_SUFFIX}[ \t]+(?:of[ \t]+)?{MONTH_NAME}\.?|"
                            rf"{MONTH_NAME}\.?[ \t]+\d{{1,2}}{ORDINAL_SUFFIX}),?[ \t]+\d{{4}}\.?")


def _dated_by_its_own_line(main: ExtractedEvent, published: Published, text: str) -> bool:
    """Whether the letter's main event is the letter's own date line, below the page's date line and above its
    salutation, and no later than the page's next day: "12 May 2025" over the page, "13 May 2025" under the
    address block: the letter was written on the 13th (the page dated where it went up, the letter where it was
    written); a date line after "Dear ...", or weeks on, dates what the letter tells."""
    page_day = published.as_date()
    if main.precision != "day" or published.span is None or main.evidence_start < published.span[1] or \
            page_day is None or date.fromisoformat(main.start) > page_day + _LATER_BY:
        return False
    return _OWN_DATE_LINE.fullmatch(main.evidence.strip()) is not None and \
        _GREETING_LINE.search(text, published.span[1], main.evidence_start) is None


def _stamped_with_its_hour(text: str, end: int) -> bool:
    """Whether the page's date is followed on its line by a time of day ("25 May 2025 | 8:43"): a site stamps
    the hour it put the page up, a letter dates itself by the day alone."""
    return bool(find_times(text[end : end + _STAMP_CHARS].split("\n", 1)[0]))


def _page_label(label: str) -> bool:
    """Whether the words before the page's date say it is the page's, not the letter's: "Published on",
    "Updated:", or the saved page's metadata line "date 2024-05-02"."""
    return _PAGE_LABEL.search(label) is not None or _METADATA_LABEL.fullmatch(label) is not None
