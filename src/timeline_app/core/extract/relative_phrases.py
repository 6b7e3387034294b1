"""Relative date phrases: "today", "last week", "three months ago", "on Friday".

Finding them is its own job: one pattern, matched on the lower-cased text and
tried only where one of its first words stands (a speed gate that must find
every phrase the full pattern finds, ``tests/core/test_extract_relative_gates``).
``dates.find_dates`` claims what ``relative_matches`` finds, after the dates
with a day or a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .date_mentions import WEEKDAY_NAMES
from .prefilter import folded, literal_starts, matches_starting_at

_RELATIVE = re.compile(
    r"\b(?P<rel>today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow|"
    r"(?:last|next|this) (?:week(?:end)?|month|year)|the (?:previous|following) (?:week|month|year)|"
    r"earlier (?:this|in the) (?:year|month)|later (?:this|in the) (?:year|month)|"
    r"(?P<n>a|one|two|three|four|five|six|\d{1,2}) (?P<unit>days?|weeks?|months?|years?) ago|"
    r"(?P<wdir>last|next|this|on) (?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)
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
# The short first words start many places the pattern turns down ("on " in
# "union ", "action on the"): each is kept only where one of the words the
# pattern allows after it follows, so the pattern is tried far less often.
_WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
_RELATIVE_NEXT = {
    "on ": _WEEKDAYS,
    "this ": ("morning", "afternoon", "evening", "week", "month", "year", *_WEEKDAYS),
    "last ": ("night", "week", "month", "year", *_WEEKDAYS),
    "next ": ("week", "month", "year", *_WEEKDAYS),
}


def relative_matches(text: str) -> Iterator[re.Match[str]]:
    """``_RELATIVE.finditer(text)``; matched on the lower-cased text, so the
    matches' offsets (not their text) are what to use."""
    lowered = folded(text)
    if lowered is None or len(lowered) != len(text):  # rare scripts change length when lowered
        return _RELATIVE.finditer(text)
    starts = _relative_starts(lowered)
    for ago in literal_starts(lowered, (" ago",)):
        starts.update(range(max(0, ago - _LONGEST_AGO_COUNT), ago))
    return matches_starting_at(_RELATIVE_LOWER, lowered, sorted(starts))


def _relative_starts(lowered: str) -> set[int]:
    """Where ``_RELATIVE_LOWER`` may match, from its first words: every
    offset ``literal_starts(lowered, _RELATIVE_STARTS)`` gives, less those
    where no word ``_RELATIVE_NEXT`` allows follows (the pattern fails there)."""
    starts: set[int] = set()
    for literal in _RELATIVE_STARTS:
        after = _RELATIVE_NEXT.get(literal)
        skip = len(literal)
        at = lowered.find(literal)
        while at != -1:
            if after is None or lowered.startswith(after, at + skip):
                starts.add(at)
            at = lowered.find(literal, at + 1)
    return starts
