"""Weekdays named without "on", "last" or "next", as news agencies write them.

Wire style dates by a bare weekday after the verb: "the occupation ended
about noon Tuesday", "police said Monday", "blocked early Monday morning".
Such a weekday dates the event as surely as "on Tuesday" does, so it is
recorded as the same relative mention ("on tuesday") and resolved the same
way, by the tense of its clause against the publication date. A weekday
inside a name ("Good Friday", "Black Friday", "the Sunday Times") or
repeated ("every Monday") dates nothing and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .date_mentions import DateMention

__all__ = ["bare_weekdays"]

_WEEKDAY = re.compile(r"(?<![\w'’-])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w-]|[ \t]+[A-Z0-9])")
# The word before: a name's first word, a repetition or a kind of day
# ("the third Friday count", "a Friday lecture") dates nothing.
_WORD_BEFORE = re.compile(r"([\w'’]+)[ \t]+$")
_REPEATED = frozenset({"every", "each", "other", "all", "most", "some", "any", "those", "these", "a", "an", "the",
                       "first", "second", "third", "fourth", "fifth", "last", "next", "one", "that"})
_LOOK_BACK = 24
_PLACE_LOOK_BACK = 64
# Wire style names the place, then the day: "rallied in Montreal Thursday",
# "a rally at the Chinese University Monday" (the place's other words capitalised).
_AFTER_A_PLACE = re.compile(r"\b(?:in|at|throughout|across|outside|near|downtown|around|through)[ \t]+"
                            r"(?:the[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+(?:of[ \t]+)?){0,3}$")


# The weekday names' first parts, by the length of the part.
_PARTS = {3: ("Mon", "Fri", "Sun"), 4: ("Tues",), 5: ("Thurs", "Satur"), 6: ("Wednes",)}


def _weekday_matches(text: str) -> Iterator[re.Match[str]]:
    """``_WEEKDAY.finditer(text)``, found from each "day" (a plain substring
    search) instead of trying the pattern at every offset."""
    at = text.find("day", 3)
    while at != -1:
        for length, parts in _PARTS.items():
            if at >= length and text.startswith(parts, at - length):
                match = _WEEKDAY.match(text, at - length)
                if match is not None:
                    yield match
                break
        at = text.find("day", at + 3)


def bare_weekdays(text: str) -> Iterator[DateMention]:
    """Bare weekday mentions, as "on <weekday>" relative mentions."""
    for match in _weekday_matches(text):
        start = match.start()
        before = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        if before is not None:
            word = before.group(1)
            if word.lower() in _REPEATED:
                continue
            if word[:1].isupper() and not _opens_sentence(text, before.start()) and \
                    not _AFTER_A_PLACE.search(text, max(0, before.start() - _PLACE_LOOK_BACK), before.start()):
                continue  # "Good Friday", "Super Tuesday" (but "in Montreal Thursday" is a place, then the day)
        name = match.group().lower()
        yield DateMention(start, match.end(), match.group(), relative=f"on {name}", weekday_direction="on")


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“"
