"""Find date expressions in text and resolve them to partial ISO dates.

Regular expressions find the candidates (full dates, day-month without a
year, month-year, relative phrases such as "last month", bare years after a
preposition) and split them into day, month and year; the dates are then
built and calendar-checked directly. (Handing the isolated text to
python-dateutil, as an earlier version did, re-read fields the regex had
already separated and cost ~50 µs a date; the one real parsing question,
which number of ``a/b/yyyy`` is the day, is answered by ``_numeric_fields``.)
Relative phrases ("last month", "next Friday") are resolved with
dateutil's ``relativedelta``. Whole sentences are never given to a fuzzy
parser, which finds dates in words such as "may".

The day-first rule (written down in docs/extraction.md): a numeric date
``a/b/yyyy`` or ``a.b.yyyy`` is read day-first (``07/02/2017`` is 7 February);
it is read month-first when day-first is impossible (``02/20/2017``) or when
the document is clearly US-formatted (see ``_outnumbered_by_us``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta, weekday as relative_weekday

from .prefilter import contains_any, folded, literal_starts, matches_starting_at

MIN_YEAR = 1000
MAX_YEAR = 2200

_MONTH_NAMES = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}


def _alternatives(words: list[str]) -> str:
    # Month names count only when capitalised (or shouted): "may" the verb
    # and "march" the noun are lower case.
    forms: list[str] = []
    for word in sorted(words, key=len, reverse=True):
        forms += [word.capitalize(), word.upper()]
    return "|".join(forms)


_MON = rf"(?P<mon>{_alternatives(list(_MONTH_NAMES))})\.?"
_WD = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|"
    r"(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*)\.?,?[ \t]+"
)
_ORD = r"(?:st|nd|rd|th)?"
_DAY = rf"(?P<day>[0-3]?\d){_ORD}"
_RANGE = rf"(?:[ \t]*(?:-|–|to|and|until)[ \t]*(?P<day2>[0-3]?\d){_ORD})?"
# Each pattern opens with a one-character look at what can start it (a
# weekday's or month's capital, "the", a digit). Without it the engine
# walks the weekday and month alternations at every position of a window;
# with it most positions are turned down after one comparison.
_DAY_FIRST_START = r"(?=[MTWFSt\d])"
_MONTH_FIRST_START = r"(?=[MTWFSJAOND])"
_DIGIT_START = r"(?=\d)"

_FULL_DMY = re.compile(
    rf"{_DAY_FIRST_START}(?<![\w/.])(?:{_WD})?(?:the[ \t]+)?{_DAY}{_RANGE}(?:[ \t]+of)?[ \t]+{_MON},?[ \t]+(?P<year>\d{{4}})(?![\w/])"
)
_FULL_MDY = re.compile(
    rf"{_MONTH_FIRST_START}(?<![\w/.])(?:{_WD})?{_MON}[ \t]+{_DAY}{_RANGE},?[ \t]+(?P<year>\d{{4}})(?![\w/])"
)
_ISO = re.compile(
    rf"{_DIGIT_START}(?<![\w/.-])(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?:[T ](?P<hh>\d{{2}}):(?P<mm>\d{{2}}))?(?![\w-])"
)
_NUMERIC = re.compile(
    rf"{_DIGIT_START}(?<![\w/.,£$€-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d{{4}}|\d{{2}})(?![\w/]|\.\d)"
)
_MONTH_YEAR = re.compile(rf"{_MONTH_FIRST_START}(?<![\w/.]){_MON},?[ \t]+(?P<year>\d{{4}})(?![\w/])")
_DAY_MONTH = re.compile(
    rf"{_DAY_FIRST_START}(?<![\w/.£$])(?:{_WD})?(?:the[ \t]+)?{_DAY}{_RANGE}(?:[ \t]+of)?[ \t]+{_MON}(?![\w])"
)
_MONTH_DAY = re.compile(
    rf"{_MONTH_FIRST_START}(?<![\w/.])(?:{_WD})?{_MON}[ \t]+{_DAY}{_RANGE}(?![\w%]|[.:,]\d|[ \t]*%)"
)
_RELATIVE = re.compile(
    r"\b(?P<rel>today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|"
    r"(?:last|next|this) (?:week(?:end)?|month|year)|the (?:previous|following) (?:week|month|year)|"
    r"earlier (?:this|in the) (?:year|month)|later (?:this|in the) (?:year|month)|"
    r"(?P<n>a|one|two|three|four|five|six|\d{1,2}) (?P<unit>days?|weeks?|months?|years?) ago|"
    r"(?P<wdir>last|next|this|on) (?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(
    r"(?=[IiOoSsDdBbUuFfAaTtEeLlMmWw])\b(?P<prep>[Ii]n|[Oo]f|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hroughout|"
    r"(?:[Ee]arly|[Ll]ate|[Mm]id|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)(?: of)?)[ \t-]+"
    r"(?:the (?:year |academic year )?)?(?P<year>1[5-9]\d\d|20\d\d|21\d\d)(?![\w%]|[.,]\d|/\d|[ \t]*(?:%|per ?cent))"
)
# (Every time starts with a digit or n/m of noon/midday: the look ahead
# turns other positions down at once.)
_TIME = re.compile(
    r"(?=[\dnm])(?:(?<![\w.:])(?P<h>[01]?\d)(?:[.:](?P<m>[0-5]\d))?[ \t]*(?P<ap>[ap])\.?m\b\.?|"
    r"(?<![\w.:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])|\b(?P<noon>noon|midday)\b)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_FUTURE = re.compile(
    r"\b(?:will|shall|set to|due to|due on|plan(?:s|ned)? to|planning|going to|to be held|"
    r"intends? to|upcoming|calls? on|calling on|urg(?:es|ing)|next)\b",
    re.IGNORECASE,
)
# Cheap scan for month names; the costly full patterns then run only in a
# window around each hit instead of over the whole text.
_MONTH_HINT = re.compile(rf"(?:{_alternatives(list(_MONTH_NAMES))})")
_WINDOW_BEFORE = 40
_WINDOW_AFTER = 40
# Four-digit years anchor ISO, numeric and bare-year patterns the same way.
# The "no digit before" test sits after the first two digits, so the pattern
# starts with a plain digit and the engine can skip ahead to one.
_YEAR_HINT = re.compile(r"(?:1[0-9]|2[0-2])(?<!\d..)\d\d(?!\d)")
# Relative phrases are matched on the lower-cased text, tried only where
# one of their first words is (found with str.find, see ``prefilter``);
# "three months ago" is found from its "ago", at most this far before it.
_RELATIVE_LOWER = re.compile(
    _RELATIVE.pattern.replace("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
                              "monday|tuesday|wednesday|thursday|friday|saturday|sunday")
)
_RELATIVE_STARTS = ("today", "tonight", "this ", "yesterday", "tomorrow", "last ", "next ", "the previous ",
                    "the following ", "earlier ", "later ", "on ")
_LONGEST_AGO_COUNT = len("three months")
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


class DateMention(NamedTuple):
    """A date expression found in the text, before or after resolution.

    ``year``/``month``/``day`` hold what the text states; relative phrases
    keep ``relative`` and are resolved later against the publication date.
    """

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_day: int | None = None
    relative: str | None = None
    weekday_direction: str | None = None
    time: str | None = None


class ResolvedDate(NamedTuple):
    """A mention turned into an ISO date cut to its precision."""

    mention: DateMention
    iso: str
    precision: str
    end_iso: str | None = None


def _month_number(name: str) -> int:
    return _MONTH_NAMES[name.rstrip(".").lower()]


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _checked(year: int, month: int, day: int | None) -> bool:
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= (29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month])


# Evidence that a document follows US conventions, weighed against evidence
# that it follows UK ones; used only to read ambiguous numeric dates.
# Each spelling pair is looked for with a plain substring test first (C
# speed); its word patterns run only when the shared stem is present, which
# is far cheaper than one long alternation tried at every position.
# (stem in the lower-cased text, US word, UK word); US words are matched
# case-sensitively, UK words on the lower-cased text; words must end a word,
# amounts ("$20", "£3") need not.
_SPELLING_PAIRS: tuple[tuple[str, str | None, str | None], ...] = (
    ("organi", r"organiz\w*\b", r"organis\w*\b"),
    ("mobili", r"mobiliz\w*\b", r"mobilis\w*\b"),
    ("recogni", r"recogniz\w*\b", r"recognis\w*\b"),
    ("reali", r"realiz\w*\b", r"realis\w*\b"),
    ("critici", r"criticiz\w*\b", r"criticis\w*\b"),
    ("apologi", r"apologiz\w*\b", r"apologis\w*\b"),
    ("cent", r"centers?\b", r"centres?\b"),
    ("colo", r"colors?\b", r"colours?\b"),
    ("favo", r"favor\w*\b", r"favour\w*\b"),
    ("hono", r"honor\w*\b", r"honour\w*\b"),
    ("labo", r"labor\b", r"labour\b"),
    ("behavio", r"behavior\w*\b", r"behaviour\w*\b"),
    ("neighbo", r"neighbor\w*\b", r"neighbour\w*\b"),
    ("program", r"programs?\b", r"programmes?\b"),
    ("defen", r"defense\b", r"defence\b"),
    ("gray", r"gray\b", None),
    ("grey", None, r"grey\b"),
    ("travel", r"travel(?:ed|ing)\b", r"travell(?:ed|ing)\b"),
    ("cancel", r"cancel(?:ed|ing)\b", r"cancell(?:ed|ing)\b"),
    ("theat", r"theaters?\b", r"theatres?\b"),
    ("fulfil", r"fulfill\b", r"fulfil\b"),
    ("$", r"\$\d", None),
    ("£", None, r"£\d"),
    ("gmt", None, r"gmt\b"),
    ("bst", None, r"bst\b"),
)

_SPELLING_PATTERNS = tuple(
    (stem, re.compile(us) if us else None, re.compile(uk) if uk else None)
    for stem, us, uk in _SPELLING_PAIRS
)
_US_ZONES = re.compile(r"\b(?:EST|EDT|PST|PDT|CST|CDT)\b")
# Used instead when lower-casing is not exact (see ``prefilter.folded``).
_UK_SPELLING_ANY_CASE = re.compile(
    "|".join(rf"\b{uk}" if uk[0].isalpha() else uk for _, _, uk in _SPELLING_PAIRS if uk),
    re.IGNORECASE,
)
# "WASHINGTON —", "NEW HAVEN, Conn. —", "BOSTON (AP) —": an American wire dateline.
_US_DATELINE = re.compile(r"^[A-Z][A-Z .]{2,}(?:,[ \t]+[A-Z][a-z]{1,5}\.?)?(?:[ \t]+\([A-Z]{2,}\))?[ \t]+[—–]", re.MULTILINE)


def _word_starts(pattern: re.Pattern[str], text: str) -> int:
    """Matches of ``pattern`` that start a word (or are a currency sign)."""
    count = 0
    for match in pattern.finditer(text):
        at = match.start()
        if at == 0 or text[at] in "$£" or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            count += 1
    return count


def _spelling_signs(text: str) -> tuple[int, int]:
    """(US signs, UK signs) among spellings, currencies and time zones."""
    lowered = folded(text)
    # the UK words ignore case; matching them on the lower-cased text is
    # exact unless a case trap is present or lower-casing moved offsets
    uk_on_lowered = lowered is not None and len(lowered) == len(text)
    if lowered is None:
        lowered = text.lower()  # still fine for finding the stems
    us = uk = 0
    for stem, us_word, uk_word in _SPELLING_PATTERNS:
        if stem not in lowered:
            continue
        if us_word is not None:
            us += _word_starts(us_word, text)
        if uk_word is not None and uk_on_lowered:
            uk += _word_starts(uk_word, lowered)
    if "ST" in text or "DT" in text:
        us += len(_US_ZONES.findall(text))
    if not uk_on_lowered:
        uk = len(_UK_SPELLING_ANY_CASE.findall(text))
    return us, uk


def _outnumbered_by_us(text: str, month_day: int, day_month: int) -> bool:
    """Whether the text reads as a US source: its US signs (spellings such as
    "organized"/"center", dollar amounts, US time zones, month-first dates
    such as "October 3, 2019", a wire dateline "WASHINGTON —") outnumber its
    UK signs ("organised"/"centre", pounds, GMT/BST, day-first month-name
    dates). ``month_day``/``day_month`` count the month-first and day-first
    dates, which ``find_dates`` has at hand. The lower-case spelling lists
    are checked case-sensitively on the US side so that a proper name
    ("Kennedy Center") counts little."""
    us, uk = _spelling_signs(text)
    us += 3 * len(_US_DATELINE.findall(text)) + month_day
    uk += day_month
    return us > uk


def _numeric_fields(a: int, b: int, year: int, month_first: bool = False) -> tuple[int, int] | None:
    """(month, day) for ``a/b/year``: day-first unless that is impossible,
    or month-first for a US-formatted source unless *that* is impossible."""
    if month_first and 1 <= a <= 12 and _checked(year, a, b):
        return a, b
    if 1 <= b <= 12 and _checked(year, b, a):
        return b, a
    if 1 <= a <= 12 and _checked(year, a, b):
        return a, b  # only month-first is possible, e.g. 02/20/2017
    return None


def find_dates(text: str, month_first: bool | None = None) -> list[DateMention]:
    """Every date-like expression in ``text``, earliest first, no overlaps.

    More specific patterns claim their span first, so "17 November 2015" is
    one full date and not also a day-month and a bare year. ``month_first``
    says how to read ambiguous numeric dates; None decides it from the text
    (``_outnumbered_by_us``), only when such a date is present.
    """
    found: list[DateMention] = []
    # claimed[i] is set once offset i belongs to a date found earlier
    claimed = bytearray(len(text))

    def free(start: int, end: int) -> bool:
        return claimed.find(1, start, end) == -1

    def add(mention: DateMention) -> None:
        claimed[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
        found.append(mention)

    year_hits = [hit.start() for hit in _YEAR_HINT.finditer(text)]
    year_windows = _windows(year_hits, len(text), 40, 25)

    iso_windows = [(lo, hi) for lo, hi in year_windows if text.find("-", lo, hi) != -1]
    for match in _finditer_windows(_ISO, text, iso_windows):
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        if not _checked(year, month, day):
            continue
        clock = f"{match['hh']}:{match['mm']}" if match["hh"] else None
        add(DateMention(match.start(), match.end(), match.group(), year, month, day, time=clock))

    windows = _month_windows(text)
    # Day-month and month-day dates are both needed twice: as US/UK signs
    # for ambiguous numeric dates, and as dates themselves.
    day_month = list(_finditer_windows(_DAY_MONTH, text, windows))
    month_day = list(_finditer_windows(_MONTH_DAY, text, windows))
    # Full dates and month-years need four digits in the window, so windows
    # without them are skipped (a long run such as "Tuesday 15 March,
    # Wednesday 16 March and ..." otherwise costs the full-date patterns
    # much backtracking for nothing).
    with_year = [(lo, hi) for lo, hi in windows if _FOUR_DIGITS.search(text, lo, hi)]

    for pattern in (_FULL_DMY, _FULL_MDY):
        for match in _finditer_windows(pattern, text, with_year):
            if not free(match.start(), match.end()):
                continue
            # The regex has already split the fields, so build the date
            # directly (see the module docstring).
            month, year, day = _month_number(match["mon"]), int(match["year"]), int(match["day"])
            begin = match.start()
            if match["day2"] and int(match["day2"]) <= day and pattern is _FULL_DMY:
                # "No. 14 - 3 March 2022": a falling "range" is a number, then the date
                day, begin = int(match["day2"]), match.start("day2")
            if not _checked(year, month, day):
                continue
            parsed = date(year, month, day)
            add(DateMention(begin, match.end(), text[begin:match.end()], parsed.year, parsed.month,
                            parsed.day, end_day=_end_day(match, parsed)))

    # A numeric date has a four-digit year or, with "/", a two-digit one:
    # either way it lies near a year or a slash.
    slashes = literal_starts(text, ("/",))
    numeric_windows = _windows(sorted(year_hits + slashes), len(text), 40, 25) if slashes else year_windows
    for match in _finditer_windows(_NUMERIC, text, numeric_windows):
        if not free(match.start(), match.end()):
            continue
        if match["sep"] == "." and len(match["year"]) == 2:
            continue  # "1.2.15" is more often a section number than a date
        year = int(match["year"])
        if len(match["year"]) == 2:
            year += 2000 if year < 70 else 1900
        a, b = int(match["a"]), int(match["b"])
        if month_first is None and 1 <= a <= 12 and 1 <= b <= 12 and a != b:
            month_first = _outnumbered_by_us(text, len(month_day), len(day_month))
        fields = _numeric_fields(a, b, year, bool(month_first))
        if fields is None:
            continue
        month, day = fields  # _numeric_fields has checked them against the calendar
        add(DateMention(match.start(), match.end(), match.group(), year, month, day))

    for match in _finditer_windows(_MONTH_YEAR, text, with_year):
        if not free(match.start(), match.end()):
            continue
        year = int(match["year"])
        month = _month_number(match["mon"])
        if _checked(year, month, None):
            add(DateMention(match.start(), match.end(), match.group(), year, month))

    for matches in (day_month, month_day):
        for match in matches:
            if not free(match.start(), match.end()):
                continue
            if _looks_like_surname(text, match):
                continue
            day = int(match["day"])
            month = _month_number(match["mon"])
            if not _checked(2000, month, day):  # 2000 is a leap year: 29 Feb allowed
                continue
            end_day = int(match["day2"]) if match["day2"] else None
            if end_day is not None and not end_day > day:
                end_day = None
            add(DateMention(match.start(), match.end(), match.group(), None, month, day, end_day=end_day))

    for match in _relative_matches(text):
        if not free(match.start(), match.end()):
            continue
        rel = match["rel"].lower()
        direction = match["wdir"].lower() if match["wdir"] else None
        add(DateMention(match.start(), match.end(), text[match.start():match.end()], relative=rel,
                        weekday_direction=direction))

    for match in _finditer_windows(_BARE_YEAR, text, year_windows):
        start = match.start("year")
        if not free(start, match.end()):
            continue
        year = int(match["year"])
        if MIN_YEAR <= year <= MAX_YEAR:
            add(DateMention(start, match.end(), match["year"], year))

    found.sort(key=lambda m: m.start)
    return found


def _month_windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around month names."""
    return _windows((hit.start() for hit in _MONTH_HINT.finditer(text)), len(text), _WINDOW_BEFORE, _WINDOW_AFTER)


def _relative_matches(text: str) -> Iterator[re.Match[str]]:
    """``_RELATIVE.finditer(text)``; matched on the lower-cased text, so the
    matches' offsets (not their text) are what to use."""
    lowered = folded(text)
    if lowered is None or len(lowered) != len(text):  # rare scripts change length when lowered
        return _RELATIVE.finditer(text)
    starts = set(literal_starts(lowered, _RELATIVE_STARTS))
    for ago in literal_starts(lowered, (" ago",)):
        starts.update(range(max(0, ago - _LONGEST_AGO_COUNT), ago))
    return matches_starting_at(_RELATIVE_LOWER, lowered, sorted(starts))


def _windows(hits, length: int, before: int, after: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Merged (start, end) stretches around sorted hit offsets."""
    windows: list[tuple[int, int]] = []
    for hit in hits:
        lo, hi = max(0, hit - before), min(length, hit + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _finditer_windows(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that start inside a window, as a whole-text
    scan finds them. Lookbehinds see the real text; a match found within the
    window is matched again on the whole text, because the window's edge can
    cut a match short or fool a lookahead ("12.11.201512" read as a date
    when the window ends after "2015")."""
    seen_end = -1
    for lo, hi in windows:
        at = max(lo, seen_end)
        while at < hi:
            found = pattern.search(text, at, hi)
            if found is None:
                break
            match = pattern.match(text, found.start())
            if match is None:
                at = found.start() + 1
                continue
            seen_end = at = match.end()
            yield match


def _end_day(match: re.Match[str], parsed: date) -> int | None:
    if not match["day2"]:
        return None
    end_day = int(match["day2"])
    if end_day > parsed.day and _checked(parsed.year, parsed.month, end_day):
        return end_day
    return None


def _looks_like_surname(text: str, match: re.Match[str]) -> bool:
    """"Theresa May 20 times" or "Theresa May's": May/March after a name."""
    name = match["mon"]
    if name not in ("May", "March", "MAY", "MARCH") or match.start("mon") != match.start():
        return False
    before = text[max(0, match.start() - 20) : match.start()].rstrip()
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].isalpha() and words[-1] not in (
        "On", "In", "Since", "By", "From", "Until", "Before", "After", "During", "Of"
    )


def find_times(text: str) -> list[tuple[int, int, str]]:
    """Times of day as (start, end, "HH:MM")."""
    found: list[tuple[int, int, str]] = []
    if _DIGIT.search(text) is None and not contains_any(folded(text), ("noon", "midday")):
        return found  # every time has a digit or says noon/midday
    for match in _TIME.finditer(text):
        if match["noon"]:
            found.append((match.start(), match.end(), "12:00"))
            continue
        if match["h24"] is not None:
            hour, minute = int(match["h24"]), int(match["m24"])
        else:
            hour, minute = int(match["h"]), int(match["m"] or 0)
            if not 1 <= hour <= 12:
                continue
            if match["ap"].lower() == "p" and hour != 12:
                hour += 12
            elif match["ap"].lower() == "a" and hour == 12:
                hour = 0
        found.append((match.start(), match.end(), f"{hour:02d}:{minute:02d}"))
    return found


def is_future_tense(sentence: str) -> bool:
    """Whether a sentence announces something still to come."""
    return _FUTURE.search(sentence) is not None


def resolve(mention: DateMention, reference: date | None, sentence: str = "") -> ResolvedDate | None:
    """Turn a mention into an ISO date cut to precision.

    Mentions without a year and relative phrases need ``reference`` (the
    publication date); without one they stay unresolved rather than guessed.
    """
    if mention.relative is not None:
        return _resolve_relative(mention, reference, sentence) if reference else None
    if mention.year is not None and mention.month is None:
        return ResolvedDate(mention, f"{mention.year:04d}", "year")
    if mention.year is not None and mention.day is None:
        return ResolvedDate(mention, f"{mention.year:04d}-{mention.month:02d}", "month")
    if mention.year is not None:
        assert mention.month is not None and mention.day is not None
        end_iso = None
        if mention.end_day:
            end_iso = f"{mention.year:04d}-{mention.month:02d}-{mention.end_day:02d}"
        return ResolvedDate(mention, f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}", "day", end_iso)
    if reference is None or mention.month is None or mention.day is None:
        return None
    year = _nearest_year(mention.month, mention.day, reference)
    if year is None:
        return None
    end_iso = None
    if mention.end_day and _checked(year, mention.month, mention.end_day):
        end_iso = f"{year:04d}-{mention.month:02d}-{mention.end_day:02d}"
    return ResolvedDate(mention, f"{year:04d}-{mention.month:02d}-{mention.day:02d}", "day", end_iso)


def _nearest_year(month: int, day: int, reference: date) -> int | None:
    """The year that puts day/month closest to the publication date."""
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not _checked(year, month, day):
            continue
        distance = abs((date(year, month, day) - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _shift_month(reference: date, months: int) -> tuple[int, int]:
    shifted = reference + relativedelta(months=months)
    return shifted.year, shifted.month


def _resolve_relative(mention: DateMention, reference: date, sentence: str) -> ResolvedDate | None:
    rel = mention.relative or ""
    day_iso = lambda d: d.isoformat()  # noqa: E731 - tiny local helper
    if rel in ("today", "tonight") or rel.startswith("this ") and rel.split()[1] in ("morning", "afternoon", "evening"):
        return ResolvedDate(mention, day_iso(reference), "day")
    if rel == "yesterday":
        return ResolvedDate(mention, day_iso(reference - timedelta(days=1)), "day")
    if rel == "tomorrow":
        return ResolvedDate(mention, day_iso(reference + timedelta(days=1)), "day")
    words = rel.split()
    if mention.weekday_direction is not None:
        return _resolve_weekday(mention, reference, sentence)
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _NUMBER_WORDS.get(words[0], 1)
        unit = words[1].rstrip("s")
        if unit == "day":
            return ResolvedDate(mention, day_iso(reference - timedelta(days=count)), "day")
        if unit == "week":
            return ResolvedDate(mention, day_iso(reference - timedelta(weeks=count)), "approximate")
        if unit == "month":
            year, month = _shift_month(reference, -count)
            return ResolvedDate(mention, f"{year:04d}-{month:02d}", "month")
        return ResolvedDate(mention, f"{reference.year - count:04d}", "year")
    unit = words[-1]
    step = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(words[-2] if len(words) > 1 else "", 0)
    if words[0] in ("earlier", "later"):
        step = 0
    if unit in ("week", "weekend"):
        return ResolvedDate(mention, day_iso(reference + timedelta(weeks=step)), "approximate")
    if unit == "month":
        year, month = _shift_month(reference, step)
        return ResolvedDate(mention, f"{year:04d}-{month:02d}", "month")
    if unit == "year":
        return ResolvedDate(mention, f"{reference.year + step:04d}", "year")
    return None


# Past-tense verbs right before a weekday ("began on Wednesday") decide its
# direction even when a later clause of the sentence looks ahead ("will stay").
_PAST_CLAUSE = re.compile(
    r"\b(?:\w{3,}ed|began|was|were|took|held|met|went|came|ran|won|lost|left|stood|sat|gave|began|broke|"
    r"spoke|told|said|marched|struck|rose|led|set up|walked|took part)\b[^,;]{0,40}$",
    re.IGNORECASE,
)
_CLAUSE_CHARS = 60
_CLAUSE_BREAK = re.compile(r"[,;:]| and | but ")


def _clause_tense_is_past(before: str) -> bool | None:
    """True/False when the clause just before a date shows its tense, else None."""
    clause = before[-_CLAUSE_CHARS:]
    clause = _CLAUSE_BREAK.split(clause)[-1]
    if _FUTURE.search(clause):
        return False
    if _PAST_CLAUSE.search(clause):
        return True
    return None


def _resolve_weekday(mention: DateMention, reference: date, sentence: str) -> ResolvedDate | None:
    target = _WEEKDAYS[mention.relative.split()[-1]]  # type: ignore[union-attr]
    direction = mention.weekday_direction
    if direction in ("on", "this"):
        at = sentence.find(mention.text)
        past = _clause_tense_is_past(sentence[:at]) if at > 0 else None
        if past is None:
            past = not is_future_tense(sentence)
        direction = "last" if past else "next"
    # "next Friday" is strictly after the reference day, "last Friday" strictly before.
    if direction == "next":
        moved = reference + relativedelta(days=1, weekday=relative_weekday(target)(+1))
    else:
        moved = reference + relativedelta(days=-1, weekday=relative_weekday(target)(-1))
    return ResolvedDate(mention, moved.isoformat(), "day")
