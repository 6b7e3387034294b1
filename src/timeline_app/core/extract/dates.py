"""Find date expressions in text and resolve them to partial ISO dates.


Regular expressions find the candidates (full dates, day-month without a
year, month-year, relative phrases such as "last month", bare years after a
preposition) and split them into day, month and year; the dates are then
built and calendar-checked directly. (Handing the isolated text to
python-dateutil, as an earlier version did, re-read fields the regex had
already separated and cost ~50 µs a date; the one real parsing question,
which number of ``a/b/yyyy`` is the day, is answered by
``date_order.numeric_fields``.) Whole sentences are never given to a fuzzy
parser, which finds dates in words such as "may".

Resolution against the publication date lives in ``date_resolution``;
``resolve`` and ``ResolvedDate`` are re-exported here for the callers that
find and resolve in one place. The relative phrases' pattern and its gate
live in ``relative_phrases``; times of day in ``times_of_day``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from operator import attrgetter

from .bare_weekdays import bare_weekdays
from .date_apostrophe_years import with_apostrophe_years
from .date_mentions import MAX_YEAR, MIN_YEAR, DateMention, full_year, is_calendar_date
from .date_order import numeric_fields, outnumbered_by_us
from .date_resolution import ResolvedDate, resolve
from .date_stamps import date_stamps
from .day_counts import day_count_mentions
from .date_day_lists import with_listed_days
from .hour_counts import hour_count_mentions
from .literal_trie import alternation
from .month_mentions import month_only_mentions
from .prefilter import folded, literal_starts, matches_starting_at
from .relative_phrases import relative_matches
from .split_scans import split_scan
from .today_names import today_in_a_call, today_in_name

__all__ = ["MAX_YEAR", "MIN_YEAR", "MONTH_WORDS", "DateMention", "ResolvedDate", "find_dates", "resolve"]

_MONTH_NAMES = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}


def _alternatives(words: list[str]) -> str:
    # Month names count only when capitalised (or shouted): "may" the verb
    # and "march" the noun are lower case.
    forms: list[str] = []
    for word in sorted(words, key=len, reverse=True):
        forms += [word.capitalize(), word.upper()]
    return "|".join(forms)


#: A month's name or abbreviation as dates are written: capitalised or in capitals.
MONTH_WORDS = _alternatives(list(_MONTH_NAMES))
_MON = rf"(?P<mon>{MONTH_WORDS})\.?"
_WD = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|"
    r"(?:MON(?:DAY)?|TUES?(?:DAY)?|WED(?:S|NESDAY)?|THU(?:RS?)?(?:DAY)?|FRI(?:DAY)?|SAT(?:URDAY)?|SUN(?:DAY)?)(?![A-Z]))\.?,?[ \t]+"
)
#: A day's ordinal ending, in either case ("9th", "9TH August, 2015" in a letter set in capitals).
ORDINAL_SUFFIX = r"(?:st|nd|rd|th|ST|ND|RD|TH)?"
# (a day's ending may stand a blank apart, as some press releases type it: "Nairobi, 7 th July 2021")
_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH| (?:st|nd|rd|th)(?![a-z]))?"
_DAY = rf"(?P<day>[0-3]?\d){_ORD}"
_RANGE = rf"(?:[ \t]*(?:-|–|to|and|until)[ \t]*(?P<day2>[0-3]?\d){_ORD})?"
# Each pattern opens with a one-character look at what can start it (a
# weekday's or month's capital, "the", a digit). Without it the engine
# walks the weekday and month alternations at every position of a window;
# with it most positions are turned down after one comparison.
_DAY_FIRST_START = r"(?=[MTWFSt\d])"
_MONTH_FIRST_START = r"(?=[MTWFSJAOND])"
_DIGIT_START = r"(?=\d)"

# Day-first too: "News14 October 2025" (a section name glued to its date line), and
# "13thApril 2020" (an ordinal glued to its month).
# Either may run into the capital of the next line's first word when a copy
# lost its line break ("01 February 2006Students Continue ...").
_FULL_DMY = re.compile(
    rf"{_DAY_FIRST_START}(?:(?<![\w/.])|(?<=[a-z]))(?:{_WD})?(?:the[ \t]+)?{_DAY}{_RANGE}(?:[ \t]+of)?(?:[ \t]+|(?<=st|nd|rd|th))"
    rf"{_MON},?[ \t]+(?P<year>\d{{4}})(?:(?![\w/])|(?=[A-Z][a-z]))"
)
# A full month-first date may be glued to the word before it when a page's
# section name runs into its date line ("SocietyMarch 14, 2019"): a capital
# after a lower-case letter starts a word there. A comma may follow the month
# when another follows the day ("Tuesday, May, 27, 2014", as some notices type it;
# not "Since March, 12 2023 graduates have joined").
_FULL_MDY = re.compile(
    rf"{_MONTH_FIRST_START}(?:(?<![\w/.])|(?<=[a-z]))(?:{_WD})?{_MON}(?P<comma>,)?"
    rf"[ \t]+{_DAY}{_RANGE}(?(comma),|,?)[ \t]+"
    rf"(?P<year>\d{{4}})(?:(?![\w/])|(?=[A-Z][a-z]))"
)
_ISO = re.compile(
    rf"{_DIGIT_START}(?<![\w/.-])(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?:[T ](?P<hh>\d{{2}}):(?P<mm>\d{{2}}))?(?![\w-])"
)
# "2019/03/14": year first with slashes, as many sites print their dates; a
# date inside a url path ("/2019/03/14/") is the url's, not the text's.
# "2019.03.14" too, with two-digit month and day ("2019.3.1" is a section number).
_YMD_SLASHES = re.compile(
    rf"{_DIGIT_START}(?<![\w/.-])(?P<year>\d{{4}})(?:/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)|"
    rf"\.(?P<month2>[01]\d)\.(?P<day2>[0-3]\d))(?![\w/]|\.\d)"
)
_NUMERIC = re.compile(
    rf"{_DIGIT_START}(?<![\w/.,£$€-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d{{4}}|\d{{2}})(?![\w/]|\.\d)"
)
_MONTH_YEAR = re.compile(rf"{_MONTH_FIRST_START}(?<![\w/.]){_MON},?[ \t]+(?P<year>\d{{4}})(?![\w/])")
_DAY_MONTH = re.compile(
    rf"{_DAY_FIRST_START}(?<![\w/.£$])(?:{_WD})?(?:the[ \t]+)?{_DAY}{_RANGE}(?:[ \t]+of)?[ \t]+{_MON}(?![\w])"
)
_MONTH_DAY = re.compile(
    rf"{_MONTH_FIRST_START}(?<![\w/.])(?:{_WD})?{_MON}[ \t]+{_DAY}{_RANGE}(?![\w%]|[.:,]\d|[ \t]*%)"
)
_BARE_YEAR = re.compile(
    r"(?=[IiOoSsDdBbUuFfAaTtEeLlMmWw])\b(?P<prep>[Ii]n|[Oo]f|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hroughout|"
    r"(?:[Ee]arly|[Ll]ate|[Mm]id|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)(?: of)?)[ \t-]+"
    r"(?:the (?:year |academic year )?)?(?P<year>1[5-9]\d\d|20\d\d|21\d\d)(?![\w%]|[.,]\d|/\d|[ \t]*(?:%|per ?cent))"
)
# A word for an amount before "of" (its year-shaped number is a count) and what the number counts
# ("a target of 1500 signatories", "a crowd of 2000 students"); "the Class of 2024 students" is a year.
_QUANTITY_BEFORE = re.compile(r"(?<![\w'’-])(?:target|total|goal|aim|crowd|group|number|maximum|minimum|tally|"
                              r"figure|count|excess|upwards|estimated|estimate|turnout)[ \t]+$")
_QUANTITY_REACH = len("estimated ")
_COUNTED = re.compile(r"[ \t]+(?:signatories|signatures|signers|names|people|students|workers|members|staff|"
                      r"supporters|protesters|protestors|demonstrators|marchers|participants|residents|"
                      r"employees|teachers|nurses|academics|lecturers|tenants)\b")
# Written out, not as \d{4}: a pattern that opens on a character class lets the
# engine skip to the next digit instead of trying a match at every position.
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
# Cheap scan for month names; the costly full patterns then run only in a
# window around each hit instead of over the whole text.
_MONTH_HINT = re.compile(rf"(?:{alternation(MONTH_WORDS.split('|'))})")  # same hits, fewer tries
_WINDOW_BEFORE = 40
_WINDOW_AFTER = 40
# Four-digit years anchor ISO, numeric and bare-year patterns the same way.
# The "no digit before" test sits after the first two digits, so the pattern
# starts with a plain digit and the engine can skip ahead to one.
# One pattern per first digit (``split_scan``): a hint is a whole run of four digits, so two never overlap.
_YEAR_HINTS = (("", re.compile(r"1[0-9](?<!\d..)\d\d(?!\d)")), ("", re.compile(r"2[0-2](?<!\d..)\d\d(?!\d)")))
_START = attrgetter("start")  # a mention's start, read in C when mentions are sorted


def _month_number(name: str) -> int:
    return _MONTH_NAMES[name.rstrip(".").lower()]



class _Claims:
    """The dates found so far; ``claimed[i]`` is set once offset i belongs
    to one, so a later, less specific pattern cannot take it again."""

    def __init__(self, length: int) -> None:
        self.found: list[DateMention] = []
        self._claimed = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return self._claimed.find(1, start, end) == -1

    def add(self, mention: DateMention) -> None:
        self._claimed[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
        self.found.append(mention)


def find_dates(text: str, month_first: bool | None = None) -> list[DateMention]:
    """Every date-like expression in ``text``, earliest first, no overlaps.

    More specific patterns claim their span first, so "17 November 2015" is
    one full date and not also a day-month and a bare year. ``month_first``
    says how to read ambiguous numeric dates; None decides it from the text
    (``outnumbered_by_us``), only when such a date is present.
    """
    claims = _Claims(len(text))
    year_hits = [start for start, _ in split_scan(text, _YEAR_HINTS)]
    year_windows = _windows(year_hits, len(text), 40, 25)
    _claim_iso_dates(text, year_hits, claims)

    month_hits = [hit.start() for hit in _MONTH_HINT.finditer(text)]  # shared with the month-only mentions
    windows = _windows(month_hits, len(text), _WINDOW_BEFORE, _WINDOW_AFTER)
    # Day-month and month-day dates are both needed twice: as US/UK signs
    # for ambiguous numeric dates, and as dates themselves.
    day_month = list(_finditer_windows(_DAY_MONTH, text, windows))
    month_day = list(_finditer_windows(_MONTH_DAY, text, windows))
    # Full dates and month-years need four digits in the window, so windows
    # without them are skipped (a long run such as "Tuesday 15 March,
    # Wednesday 16 March and ..." otherwise costs the full-date patterns
    # much backtracking for nothing).
    with_year = [(lo, hi) for lo, hi in windows if _FOUR_DIGITS.search(text, lo, hi)]

    _claim_full_dates(text, with_year, claims)
    _claim_numeric_dates(text, year_hits, year_windows, month_first, (len(month_day), len(day_month)), claims)
    for stamp in date_stamps(text):  # "20140312 Wirenews ...", "14-10-16 09:30"
        if claims.free(stamp.start, stamp.end):
            claims.add(stamp)
    _claim_month_years(text, with_year, claims)
    for short in with_apostrophe_years(text, day_month + month_day):  # "Feb. 28th, '03"
        if claims.free(short.start, short.end):
            claims.add(short)
    _claim_days_without_year(text, (day_month, month_day), claims)
    for month in month_only_mentions(text, month_hits):  # "In March, students occupied ..."
        if claims.free(month.start, month.end):
            claims.add(month)
    _claim_relative_phrases(text, claims)
    for counted in day_count_mentions(text, folded(text) or text.lower()):  # "entered its third day"
        if claims.free(counted.start, counted.end):
            claims.add(counted)
    for hours in hour_count_mentions(text):  # "we are just 36 hours away from the walkout"
        if claims.free(hours.start, hours.end):
            claims.add(hours)
    for weekday in bare_weekdays(text):  # wire style: "ended Tuesday"
        if claims.free(weekday.start, weekday.end):
            claims.add(weekday)
    _claim_bare_years(text, year_windows, claims)
    claims.found.sort(key=_START)
    return with_listed_days(text, claims.found)  # "on 13-14 and 16-17 December" begins on the 13th


def _claim_iso_dates(text: str, year_hits: list[int], claims: _Claims) -> None:
    """``2019-03-14`` and ``2019/03/14``. Every date either pattern accepts
    opens with its year, a run of four digits from 1000 to 2200: a year hit.
    So each is matched only there. A match the calendar turns down hides no
    other (inside it no other run of four digits starts), so the dates are
    those a scan of the whole text accepts."""
    for match in matches_starting_at(_ISO, text, year_hits):
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        if not is_calendar_date(year, month, day):
            continue
        clock = f"{match['hh']}:{match['mm']}" if match["hh"] else None
        claims.add(DateMention(match.start(), match.end(), match.group(), year, month, day, time=clock))
    for match in matches_starting_at(_YMD_SLASHES, text, year_hits):
        year = int(match["year"])
        month, day = (int(match["month"]), int(match["day"])) if match["month"] else (int(match["month2"]), int(match["day2"]))
        if is_calendar_date(year, month, day) and claims.free(match.start(), match.end()):
            claims.add(DateMention(match.start(), match.end(), match.group(), year, month, day))


def _claim_full_dates(text: str, with_year: list[tuple[int, int]], claims: _Claims) -> None:
    for pattern in (_FULL_DMY, _FULL_MDY):
        for match in _finditer_windows(pattern, text, with_year):
            if not claims.free(match.start(), match.end()):
                continue
            # The regex has already split the fields, so build the date
            # directly (see the module docstring).
            month, year, day = _month_number(match["mon"]), int(match["year"]), int(match["day"])
            begin = match.start()
            if match["day2"] and int(match["day2"]) <= day and pattern is _FULL_DMY:
                # "No. 14 - 3 March 2022": a falling "range" is a number, then the date
                day, begin = int(match["day2"]), match.start("day2")
            if not is_calendar_date(year, month, day):
                continue
            parsed = date(year, month, day)
            claims.add(DateMention(begin, match.end(), text[begin:match.end()], parsed.year, parsed.month,
                                   parsed.day, end_day=_end_day(match, parsed)))


def _claim_numeric_dates(text: str, year_hits: list[int], year_windows: list[tuple[int, int]],
                         month_first: bool | None, named_dates: tuple[int, int], claims: _Claims) -> None:
    """``a/b/yyyy`` dates; ``named_dates`` counts the (month-day, day-month)
    dates, the text's own evidence for reading them month-first."""
    # A numeric date has a four-digit year or, with "/", a two-digit one:
    # either way it lies near a year or a slash.
    slashes = literal_starts(text, ("/",))
    numeric_windows = _windows(sorted(year_hits + slashes), len(text), 40, 25) if slashes else year_windows
    for match in _finditer_windows(_NUMERIC, text, numeric_windows):
        if not claims.free(match.start(), match.end()):
            continue
        if match["sep"] in ".-" and len(match["year"]) == 2:
            continue  # "1.2.15" is more often a section number, "3-4-15" a score, than a date
        year = full_year(int(match["year"])) if len(match["year"]) == 2 else int(match["year"])
        a, b = int(match["a"]), int(match["b"])
        if month_first is None and 1 <= a <= 12 and 1 <= b <= 12 and a != b:
            month_first = outnumbered_by_us(text, *named_dates)
        fields = numeric_fields(a, b, year, bool(month_first))
        if fields is None:
            continue
        month, day = fields  # numeric_fields has checked them against the calendar
        claims.add(DateMention(match.start(), match.end(), match.group(), year, month, day))


def _claim_month_years(text: str, with_year: list[tuple[int, int]], claims: _Claims) -> None:
    for match in _finditer_windows(_MONTH_YEAR, text, with_year):
        if not claims.free(match.start(), match.end()):
            continue
        year = int(match["year"])
        month = _month_number(match["mon"])
        if is_calendar_date(year, month, None):
            claims.add(DateMention(match.start(), match.end(), match.group(), year, month))


def _claim_days_without_year(text: str, found: tuple[list[re.Match[str]], ...], claims: _Claims) -> None:
    for matches in found:
        for match in matches:
            if not claims.free(match.start(), match.end()):
                continue
            if _looks_like_surname(text, match):
                continue
            day = int(match["day"])
            month = _month_number(match["mon"])
            if not is_calendar_date(2000, month, day):  # 2000 is a leap year: 29 Feb allowed
                continue
            end_day = int(match["day2"]) if match["day2"] else None
            if end_day is not None and not end_day > day:
                end_day = None
            claims.add(DateMention(match.start(), match.end(), match.group(), None, month, day, end_day=end_day))


def _claim_relative_phrases(text: str, claims: _Claims) -> None:
    for match in relative_matches(text):
        if not claims.free(match.start(), match.end()):
            continue
        rel = match["rel"].lower()
        if rel == "today" and (today_in_name(text, match.start(), match.end()) or
                               today_in_a_call(text, match.start(), match.end())):
            continue  # "USA Today reported": a name; "Join us today!": an appeal
        direction = match["wdir"].lower() if match["wdir"] else None
        claims.add(DateMention(match.start(), match.end(), text[match.start():match.end()], relative=rel,
                               weekday_direction=direction))


def _claim_bare_years(text: str, year_windows: list[tuple[int, int]], claims: _Claims) -> None:
    for match in _finditer_windows(_BARE_YEAR, text, year_windows):
        start = match.start("year")
        if not claims.free(start, match.end()):
            continue
        if match["prep"] == "of" and _COUNTED.match(text, match.end()) and \
                _QUANTITY_BEFORE.search(text, max(0, match.start() - _QUANTITY_REACH), match.start()):
            continue  # "a target of 1500 signatories": a count, not a year ("the strike of 2019 workers" is one)
        year = int(match["year"])
        if MIN_YEAR <= year <= MAX_YEAR:
            claims.add(DateMention(start, match.end(), match["year"], year))


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
    if end_day > parsed.day and is_calendar_date(parsed.year, parsed.month, end_day):
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
