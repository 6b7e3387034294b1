"""Counted days: "the occupation continued for its second day".

A report of an action that has "entered its third day" dates the action's
first day by counting back from the day it reports: the sit-in in its
second day began the day before the report. Only the action's own count
("its", "their") after a verb or preposition of duration counts; "on the
second day of the conference" dates a day of something else. The mention's
``relative`` is "day N", resolved N - 1 days before the publication date
(never without one); the sentence names the action by construction, so it
weighs as one with the document's kind word when the main event is chosen.
A heading's count names the action after it ("Day 3 of the Library Occupation",
"day three of the strike"): the same count, when an action word follows
within a few words; so does "the Nth day of" an action named after it, after a
verb or preposition of duration ("As Friday marks the 4th day of the Lakeland strike",
"on the third day of a walkout"; not "the second day of the conference"), counted to the one weekday (or
"yesterday") its sentence names: that Friday was the fourth day, so the strike began on the Tuesday. "Its
Nth day" after a past verb counts to the weekday or "yesterday" right after it or ending its clause ("entered
their second day of occupation in the Westbrook hall yesterday"), and its action may be named right after it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_mentions import WEEKDAY_NAMES, DateMention, weekday_on_or_before
from .prefilter import literal_starts

__all__ = ["COUNTED_DAY_PREFIX", "ORDINALS", "counts_to_a_day", "day_count_mentions", "first_counted_day",
           "is_counted_day", "is_the_counts_day"]

COUNTED_DAY_PREFIX = "day "

# Spelled ordinals from the second (a counted day's first day is no count); also read before a numbered
# gathering's name (``organisation_non_bodies``).
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
# An ordinal, spelled or in figures ("third", "3rd"); ``_count`` reads it.
_NTH = rf"(?P<nth>{'|'.join(ORDINALS)}|(?P<num>[2-9]|[12]\d)(?:nd|rd|th))"
_COUNTED_DAY = re.compile(rf"(?:its|their)[ \t]+{_NTH}[ \t]+(?:day|night)\b")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DAY_OF_ACTION = re.compile(
    rf"day[ \t]+(?P<n>{'|'.join(_NUMBERS)}|[2-9]|[1-9]\d)[ \t]+of[ \t]+(?:[\w'-]+[ \t]+){{0,3}}?"
    r"(?:occupation|strike|sit-in|protest|walkout|boycott|encampment|picket|blockade|vigil)s?\b"
)
_VERB_BEFORE = re.compile(r"\b(?:enter(?:ed|s|ing)?|into|for|in|(?:is|are|was|were)[ \t]+on|reach(?:ed|es)?|"
                          r"mark(?:ed|s|ing)?)[ \t]+$")
# "As Friday marks the 4th day of the Lakeland strike", "on the third day of a walkout": "the" counts the
# action's days only when the action is named after "of" (not "the second day of the conference").
_THE_NTH_BEFORE = re.compile(rf"\bthe[ \t]+{_NTH}[ \t]+$")
_ACTION_AFTER = re.compile(r"(?:the[ \t]+|a[ \t]+|an[ \t]+|its[ \t]+|their[ \t]+)?(?:[\w'-]+[ \t]+){0,2}?"
                           r"(?:occupation|strike|sit-in|protest|walkout|walk-out|boycott|encampment|picket|blockade|"
                           r"vigil|bandh|shutdown|stoppage)s?\b"
                           # the action itself, not a thing named after it ("the protest trial", "strike talks")
                           r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:on|in|at|by|over|against|and|as|with|for|to|outside|across)\b)")
# A day of the action's own that the sentence dates some other way is counted from that day, not from the
# page's ("August 16 2012 marked the sixth day of the strike", "the third day of the 1984 strike"), and one
# still to come is no count of today ("will go into the third day of their strike on Monday").
_MONTHS_AND_TENSES = (r"jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
                      r"nov(?:ember)?|dec(?:ember)?|last|next|ago|previous|will|would")
_WEEKDAYS = "|".join(day.lower() for day in WEEKDAY_NAMES)  # (as the lower-cased text has them)
# (a page's own ISO stamp on the lede's line is the day counted from, as below)
_DATED_OTHERWISE = re.compile(rf"\b(?:(?:1[89]|20)\d\d(?!-\d\d-\d\d)|{_MONTHS_AND_TENSES}|preparing|prepare|"
                              rf"(?P<weekday>{_WEEKDAYS}|yesterday))\b")
_VERB_CHARS = 12
# "stayed off the wards for a third day on Tuesday", "continued for the second straight day": a count of
# the action's days without "its", dated from the day the sentence names (or, naming none, the page's). Not
# "a second day of talks", "a second day off", "a third day-long strike", "the second day this month", "a
# third day in two weeks" ("in a row" counts).
_FOR_THE_NTH = re.compile(rf"\bfor[ \t]+(?:the|a)[ \t]+{_NTH}[ \t]+"
                          r"(?:(?:consecutive|straight|successive|running)[ \t]+)?day\b"
                          r"(?![ \t]+(?:of|off|this|last|that)\b|[ \t]+in[ \t]+(?!a[ \t]+row\b)|[-'’])")
# The day a count runs to, when its clause names one; other dates, and words of a plan or a wish, put the
# count in some other time (a page's own ISO stamp on the lede's line does not: it is the day counted from).
_COUNT_ANCHOR = re.compile(rf"\b(?:yesterday|{_WEEKDAYS})\b")
_DATED_ELSEWHERE = re.compile(rf"\b(?:(?:1[89]|20)\d\d(?!-\d\d-\d\d)|{_MONTHS_AND_TENSES}|may|could|might|should|"
                              r"plans?|planned|planning|set[ \t]+to|due[ \t]+to|expected[ \t]+to|threat\w*|vow\w*|"
                              r"intend\w*|tomorrow|tonight)\b")
# The weekday "its Nth day" ran to, right after it, when a past verb led into it ("entered its third day on Sunday").
_PAST_VERB_BEFORE = re.compile(r"\b(?:entered|went[ \t]+into|reached|marked)[ \t]+$")
_SUBJECT_REACH = 400  # how far back the counted action may be named (a long lede's subject)
# The action whose days are counted, named before the count (whole words: not "campus", "walking").
_COUNTED_ACTION = re.compile(r"\b(?:strike|strikes|protest|protests|walkout|walk-out|sit-in|occupation|picket|"
                             r"blockade|boycott|march|rally|demonstration|encampment|camp|vigil|hunger|fast|shutdown|"
                             r"bandh|stayaway|sick-out|go-slow|stoppage|agitation|stir)\b")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_AFTER = re.compile(rf"[ \t,]+(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}(?![a-z])|{_MONTH}[ \t]+\d{{1,2}}\b)")
_ANCHOR_AFTER = re.compile(rf"[ \t]+(?:on[ \t]+)?(?P<day>{_WEEKDAYS})\b")
# A weekday an action began on ("since Monday", "which began on Monday"): the count's first day, said otherwise.
_STARTED_ON = re.compile(r"\b(?:since|began|begun|started|starting|from|after|until|till)[ \t]+(?:on[ \t]+)?$")
# What parts a weekday's clause from the count's.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|who|which|while|whilst|as|when|where|after|before)\b")
# What the count must be a day of: an action (not "the building has been closed for a third day").
_AN_ACTION = re.compile(r"strik|protest|walk|sit-in|occup|picket|block|boycott|march|rall(?:y|ied|ies)|demonstrat|"
                        r"stay(?:ed|ing|s)?[ \t]+(?:off|away|out|home|underground|inside|put)|sick|shut|camp|vigil|"
                        r"dharna|bandh|stayaway|fast|hunger|\bout[ \t]+for[ \t]")
# A paper named by its day ("the Westbrook Mail on Sunday reported"): no day counted to.
_PAPERS_DAY = re.compile(r"\b(?:mail|independent|telegraph|express|mirror|times|post|herald|observer|star|news)"
                         r"[ \t]+on[ \t]+$")


def _counted_to(lowered: str, start: int, end: int) -> re.Match[str] | None:
    """The weekday an action's "its Nth day" (at ``lowered[start:end]``) ran to: "the occupation went into its third
    day on Sunday"; not "will enter its third day on Friday", "... on Monday, March 11" (a date of its own), nor
    a count of something else ("the book festival entered its third day on Sunday")."""
    if not _PAST_VERB_BEFORE.search(lowered, max(0, start - _VERB_CHARS), start):
        return None  # (read first: the clause's end is looked for only after a past verb)
    anchor = _ANCHOR_AFTER.match(lowered, end) or _anchor_ending_the_clause(lowered, end)
    if anchor is None or _DATE_AFTER.match(lowered, anchor.end()):
        return None
    lo, _ = _sentence_bounds(lowered, start, _FULL_STOP, _SUBJECT_REACH)
    # the action named before the count, or right after it ("their second day of occupation")
    named_after = lowered.startswith(" of ", end) and _ACTION_AFTER.match(lowered, end + 4) is not None
    return anchor if named_after or _COUNTED_ACTION.search(lowered, lo, start) else None


# The weekday or "yesterday" a count ran to, ending its clause ("entered their second day of occupation at the
# Westbrook campus yesterday."): the clause's last words, with no other clause or date between.
_ANCHOR_ENDING = re.compile(rf"[ \t]+(?:on[ \t]+)?(?P<day>{_WEEKDAYS}|yesterday)"
                            r"(?:[ \t]+(?:morning|afternoon|evening|night))?[ \t]*(?:[.;!]|$)")


# What else ends the count's clause before its last words: a relative "that", or a verb of another subject
# ("the depot the council closed yesterday"; not "the occupied hall", nor a preposition's "over delayed pay").
_ANOTHER_CLAUSE = re.compile(r"\b(?:that|was|were|is|are|has|have|had|did)\b|\b(?!(?:the|a|an|its|their|his|her|"
                             r"our|this|newly|recently|of|in|at|on|by|over|against|about|for|with|from|to|into|after|"
                             r"under|amid|despite)\b)[a-z'-]+[ \t]+[a-z]{2,}ed\b")


def _anchor_ending_the_clause(lowered: str, end: int) -> re.Match[str] | None:
    """The weekday or "yesterday" that ends the clause of a count ending at ``end``, when no other clause, date or
    tense comes between them."""
    _, hi = _sentence_bounds(lowered, end, _LINE_SENTENCE_END)
    stop = min((found.start() for found in (_CLAUSE_BREAK.search(lowered, end, hi),
                                            _ANOTHER_CLAUSE.search(lowered, end, hi)) if found), default=hi)
    last = max(lowered.rfind(" ", end, max(end, stop - 25)), end)  # the anchor is among the last few words
    anchor = _ANCHOR_ENDING.search(lowered, last, min(len(lowered), stop + 1))
    if anchor is None or _DATED_ELSEWHERE.search(lowered, end, anchor.start()) or \
            _ANCHOR_AFTER.search(lowered, end, anchor.start()):
        return None
    return anchor


def _count(match: re.Match[str]) -> int:
    """The day an ``_NTH`` ordinal counts."""
    return int(match["num"]) if match["num"] else ORDINALS[match["nth"]]


def day_count_mentions(text: str, lowered: str) -> list[DateMention]:
    """"its Nth day" phrases as relative mentions of the action's first day.
    ``lowered`` is ``text`` lower-cased (same length): "its"/"their" are found
    in it with ``str.find`` and the phrase is matched only there."""
    if len(lowered) != len(text) or ("day" not in lowered and " night" not in lowered):
        return []
    found = []
    counted = " day" in lowered or " night" in lowered  # "its second day" needs a word before its "day"
    for start in literal_starts(lowered, ("its ", "their ")) if counted else ():
        if start and lowered[start - 1].isalnum():
            continue
        match = _COUNTED_DAY.match(lowered, start)
        if match is None or not _VERB_BEFORE.search(lowered, max(0, start - _VERB_CHARS), start):
            continue
        anchor = _counted_to(lowered, start, match.end())
        relative = " ".join([COUNTED_DAY_PREFIX.strip(), str(_count(match)), *([anchor["day"]] if anchor else [])])
        found.append(DateMention(start, match.end(), text[start:match.end()], relative=relative))
    for at in literal_starts(lowered, (" day of ",)):
        the = _THE_NTH_BEFORE.search(lowered, max(0, at - 16), at + 1)
        if the is None or not _ACTION_AFTER.match(lowered, at + 8) or \
                not _VERB_BEFORE.search(lowered, max(0, the.start() - _VERB_CHARS), the.start()):
            continue
        anchor = _weekday_counted_to(lowered, the.start())
        if anchor is not None:
            found.append(DateMention(the.start(), at + 4, text[the.start():at + 4],
                                     relative=" ".join([COUNTED_DAY_PREFIX.strip(), str(_count(the)), *anchor])))
    found += _counts_for_the_nth(text, lowered)
    for match in _DAY_OF_ACTION.finditer(lowered):  # led by the literal "day": the engine skips between them
        start = match.start()
        if not start or not lowered[start - 1].isalnum():
            count = int(match["n"]) if match["n"].isdigit() else _NUMBERS[match["n"]]
            found.append(DateMention(start, match.end(), text[start:match.end()], relative=f"{COUNTED_DAY_PREFIX}{count}"))
    found.sort(key=lambda mention: mention.start)
    return found


def _weekday_counted_to(lowered: str, at: int) -> tuple[str, ...] | None:
    """The day "the Nth day of" an action (at ``lowered[at:]``) runs to: the page's (no anchor) when its sentence
    dates nothing, the one weekday (or "yesterday") it names ("Tuesday marked the second day of the Lakeland strike"),
    not a weekday it began on ("since Monday"); None when the sentence dates it some other way (a year, a
    month, a plan, two weekdays)."""
    days = set()
    lo, hi = _sentence_bounds(lowered, at, _FULL_STOP)
    for match in _DATED_OTHERWISE.finditer(lowered, lo, hi):
        if match["weekday"] is None or _STARTED_ON.search(lowered, max(lo, match.start() - 12), match.start()):
            return None
        days.add(match["weekday"])
    return tuple(days) if len(days) <= 1 else None


def _counts_for_the_nth(text: str, lowered: str) -> list[DateMention]:
    """"for a third day (on Tuesday)" phrases of an action: relative "day N", then the weekday or "yesterday"
    its clause counts to, if it names one (the page's day otherwise)."""
    found = []
    for start in literal_starts(lowered, ("for the ", "for a ")):
        match = _FOR_THE_NTH.match(lowered, start)
        if match is None:
            continue
        lo, hi = _sentence_bounds(lowered, start, _LINE_SENTENCE_END)
        sentence = lowered[lo:hi]
        if _DATED_ELSEWHERE.search(sentence) or not _AN_ACTION.search(sentence) or \
                sum(lowered.count(mark, lo, start) for mark in '"“”') % 2:
            continue  # a date, a plan or a wish that places the count elsewhere, no action, or a quotation
        anchors = set()
        for day in _COUNT_ANCHOR.finditer(lowered, lo, hi):
            if _STARTED_ON.search(lowered, max(lo, day.start() - 12), day.start()):
                break  # "since Monday": the day it began
            # (a comma right after the count ends no clause: "For the second day, students blocked ... on Tuesday")
            between = lowered[day.end():start] if day.start() < start else lowered[match.end():day.start()].lstrip(", ")
            papers_day = _PAPERS_DAY.search(lowered, max(lo, day.start() - 20), day.start())
            if not _CLAUSE_BREAK.search(between) and not papers_day:
                anchors.add(day.group())
        else:
            if len(anchors) <= 1:
                relative = " ".join([COUNTED_DAY_PREFIX.strip(), str(_count(match)), *anchors])
                found.append(DateMention(start, match.end(), text[start:match.end()], relative=relative))
    return found


_SENTENCE_REACH = 160
_FULL_STOP = re.compile(r"\. ")
_LINE_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")  # (a lede glued to the page's date line ends with its line)


def _sentence_bounds(lowered: str, at: int, end: re.Pattern[str], reach: int = _SENTENCE_REACH) -> tuple[int, int]:
    """Where the sentence holding ``at`` begins and ends, up to ``end`` (at most ``reach`` characters either side)."""
    first = max(0, at - reach)
    lo = max(lowered.rfind(". ", first, at), lowered.rfind("\n", first, at))
    hi = end.search(lowered, at, at + reach)
    return max(lo, at - reach, 0), min(hi.start() if hi else at + reach, len(lowered))


def is_counted_day(relative: str | None) -> bool:
    """Whether a mention's ``relative`` is a counted day ("day 3")."""
    return relative is not None and relative.startswith(COUNTED_DAY_PREFIX)


def counts_to_a_day(relative: str) -> bool:
    """Whether a counted day's ``relative`` names the day it counts to ("day 3 friday")."""
    return is_counted_day(relative) and len(relative.split()) > 2


def is_the_counts_day(count: DateMention, other: DateMention) -> bool:
    """Whether ``other`` is the weekday or "yesterday" the counted day ``count`` counts to."""
    anchor = (count.relative or "").split()[2:]
    return bool(anchor) and anchor[0] in other.text.lower()


def first_counted_day(words: list[str], reference: date) -> date:
    """The first day of a count (``relative`` "day N [anchor]" in ``words``): N - 1 days before the day it
    runs to, the page's, the day before it ("yesterday") or the latest named weekday on or before it."""
    runs_to = reference
    if words[2:] == ["yesterday"]:
        runs_to = reference - timedelta(days=1)
    elif words[2:] and words[2].capitalize() in WEEKDAY_NAMES:
        runs_to = weekday_on_or_before(reference, words[2].capitalize())
    return runs_to - timedelta(days=int(words[1]) - 1)
