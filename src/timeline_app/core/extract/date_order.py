"""Day-first or month-first: how to read an ambiguous numeric date.

The day-first rule (written down in docs/extraction.md): ``a/b/yyyy`` is
7 February for ``07/02/2017``; it is read month-first when day-first is
impossible (``02/20/2017``) or when the document is clearly US-formatted
(``outnumbered_by_us``: its US spellings, currencies, time zones and
datelines outnumber its UK ones).
"""

from __future__ import annotations

import re
from collections import Counter

from .date_mentions import is_calendar_date
from .literal_trie import alternation, word_alternation
from .prefilter import WordCount, folded, literal_starts

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
_US_ZONES = WordCount(re.compile(r"\b(?:EST|EDT|PST|PDT|CST|CDT)\b"))  # counted without trying every position
# Used instead when lower-casing is not exact (see ``prefilter.folded``).
_UK_SPELLING_ANY_CASE = re.compile(
    "|".join(rf"\b{uk}" if uk[0].isalpha() else uk for _, _, uk in _SPELLING_PAIRS if uk),
    re.IGNORECASE,
)
# The states (those that are not also a country or a common surname) and
# American school words: a report set there writes its dates month-first.
_US_STATE_NAMES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio "
    "Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia "
    "Wisconsin Wyoming"
).split()
#: The states of the US, by name ("_" in the list above: a blank inside a name).
US_STATES = frozenset(word.replace("_", " ") for word in _US_STATE_NAMES)
_US_PLACE_WORDS: list[str] = _US_STATE_NAMES + (
    "School_District School_district school_District school_district "
    "Sophomores Sophomore sophomores sophomore Freshman Freshmen freshman freshmen"
).split()
_US_PLACE_WORDS = [word.replace("_", " ") for word in _US_PLACE_WORDS]  # "_": a blank inside a name
# (factored by leading letters and counted without a leading \b: see ``prefilter.WordCount``). The
# capitalised words are one pattern, which the engine tries only at capitals; the lower-case ones only
# where str.find sees how they open: in one pattern they were tried at every "s" and "f" of the text.
# No word of one kind can start inside a word of the other, so the two counts add up to one count.
_US_PLACES = WordCount(re.compile(rf"\b(?:{alternation([w for w in _US_PLACE_WORDS if w[0].isupper()])})\b"))
_US_LOWER_PLACES = re.compile(rf"\b(?:{alternation([w for w in _US_PLACE_WORDS if not w[0].isupper()])})\b")
_US_LOWER_OPENINGS = ("school ", "sophomore", "freshm")
# "WASHINGTON —", "NEW HAVEN, Conn. —", "BOSTON (AP) —": an American wire dateline.
_US_DATELINE = re.compile(r"^[A-Z][A-Z .]{2,}(?:,[ \t]+[A-Z][a-z]{1,5}\.?)?(?:[ \t]+\([A-Z]{2,}\))?[ \t]+[—–]", re.MULTILINE)


# Countries whose press writes its numeric dates day-first, each with its people's name, its capitals and its
# currency ("_": a blank inside a name; not "Indian": "American Indian", "the Indian Ocean"). A page that names
# one of them twice is set there ("05-03-2024" in Colombo is 5 March), and counts as the UK's spellings do.
_DAY_FIRST_COUNTRIES = {country.strip(): words.split() for country, words in (line.split(":") for line in """
    Ireland: Ireland Irish Dublin
    India: India Delhi New_Delhi Mumbai Kolkata Chennai
    Pakistan: Pakistan Pakistani Karachi Lahore Islamabad
    Bangladesh: Bangladesh Bangladeshi Dhaka
    Sri_Lanka: Sri_Lanka Sri_Lankan Colombo
    Nigeria: Nigeria Nigerian Abuja Lagos Naira
    Kenya: Kenya Kenyan Nairobi
    Ghana: Ghana Ghanaian Accra Cedi
    Uganda: Uganda Ugandan Kampala
    Zimbabwe: Zimbabwe Zimbabwean Harare
    Zambia: Zambia Zambian Lusaka
    South_Africa: South_Africa South_African Johannesburg Pretoria
    Australia: Australia Australian
    New_Zealand: New_Zealand
    Malaysia: Malaysia Malaysian Kuala_Lumpur""".strip().splitlines())}
_COUNTRY_OF = {word.replace("_", " "): country for country, words in _DAY_FIRST_COUNTRIES.items() for word in words}
_DAY_FIRST_PLACES = re.compile(word_alternation(sorted(_COUNTRY_OF)) + r"\b")


def _day_first_place(text: str) -> int:
    """How often the page names the day-first country it names most, when that is twice or more (a report set
    there; a US page naming India once tells nothing of the page's own dates). A place's word inside a longer name
    ("Kea Colombo", "India Arlen", "Irish American") counts for nothing; a page set in the Philippines writes
    month-first whatever else it names."""
    if _MONTH_FIRST_PLACES.search(text):
        return 0
    counts = Counter(_COUNTRY_OF[match.group()] for match in _DAY_FIRST_PLACES.finditer(text)
                     if not _NAME_BEFORE.search(text, max(0, match.start() - 20), match.start())
                     and not _NAME_AFTER.match(text, match.end()))
    most = max(counts.values(), default=0)
    return most if most >= 2 else 0


# (each word's boundary written as a look-behind after its capital: a search then skips from capital to capital)
_MONTH_FIRST_PLACES = re.compile(r"(?:P(?<!\w.)hilippines|P(?<!\w.)hilippine|F(?<!\w.)ilipino|F(?<!\w.)ilipinos|"
                                 r"M(?<!\w.)anila)\b")
# A given name before the place's word (not a preposition or a sentence's opener: "In Colombo", "Greater Dublin").
_NAME_BEFORE = re.compile(r"\b(?!(?:The|In|At|From|To|For|By|On|Near|Across|Outside|Inside|Around|Greater|Central|"
                          r"Downtown|And|But|Of|With|Via|Into|West|East|North|South)\b)[A-Z][a-z]+[ \t]+$")
# A capitalised word after it: a longer name's ("India Arlen", "Irish American", "Dublin Heights High").
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


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
        us += _US_ZONES.count(text)
    if not uk_on_lowered:
        uk = len(_UK_SPELLING_ANY_CASE.findall(text))
    return us, uk


def _us_places(text: str) -> int:
    """How many times a state's name or an American school word stands in ``text`` as a whole word."""
    lower = sum(1 for at in literal_starts(text, _US_LOWER_OPENINGS) if _US_LOWER_PLACES.match(text, at))
    return _US_PLACES.count(text) + lower


def _us_datelines(text: str) -> int:
    """``len(_US_DATELINE.findall(text))``: every dateline lies on one line and ends in a dash, so
    the pattern is tried only at the start of each line holding a dash (a multi-line "^" opening a
    pattern is tested at every position of the text)."""
    starts = {text.rfind("\n", 0, at) + 1 for at in literal_starts(text, ("—", "–"))}
    return sum(1 for start in starts if _US_DATELINE.match(text, start))


def outnumbered_by_us(text: str, month_day: int, day_month: int) -> bool:
    """Whether the text reads as a US source: its US signs (spellings such as
    "organized"/"center", dollar amounts, US time zones, month-first dates
    such as "October 3, 2019", a wire dateline "WASHINGTON —", a state's name,
    "school district", "sophomore") outnumber its
    UK signs ("organised"/"centre", pounds, GMT/BST, day-first month-name
    dates, the names of countries that write dates day-first).
    ``month_day``/``day_month`` count the month-first and day-first
    dates, which ``find_dates`` has at hand. The lower-case spelling lists
    are checked case-sensitively on the US side so that a proper name
    ("Kennedy Center") counts little."""
    us, uk = _spelling_signs(text)
    places = _us_places(text)
    us += 3 * _us_datelines(text) + places + month_day
    uk += day_month + (0 if places else _day_first_place(text))
    return us > uk


def numeric_fields(a: int, b: int, year: int, month_first: bool = False) -> tuple[int, int] | None:
    """(month, day) for ``a/b/year``: day-first unless that is impossible,
    or month-first for a US-formatted source unless *that* is impossible."""
    if month_first and 1 <= a <= 12 and is_calendar_date(year, a, b):
        return a, b
    if 1 <= b <= 12 and is_calendar_date(year, b, a):
        return b, a
    if 1 <= a <= 12 and is_calendar_date(year, a, b):
        return a, b  # only month-first is possible, e.g. 02/20/2017
    return None

