"""A sentence that announces a further action is not the one reported.

Reports close on what comes next: "Planning is underway for another
national day of action, to be held on August 25", "a second strike is set
for March". Dated and worded like an event, such a sentence outscored the
action the report opens with. Said outside the opening, "another", "a
further", "a second" or "the next" before the action's noun marks it as a
later event, which then only wins where nothing better is dated. So is a
date its own sentence puts after "followed by" ("will walk out on Tuesday,
followed by a seven-day stoppage from July 11"), in the lede too.
"""

from __future__ import annotations

import re

from .prefilter import WordPattern
from .sentences import Span

__all__ = ["announces_a_further_event", "is_a_further_event", "FURTHER_EVENT_PENALTY"]

_FURTHER = re.compile(
    r"\b(?:another|a[ \t]+further|a[ \t]+second|a[ \t]+third|the[ \t]+next)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:days?[ \t]+of[ \t]+action|strikes?|walk-?outs?|protests?|rall(?:y|ies)|march(?:es)?|occupations?|"
    r"votes?|ballots?|demonstrations?|vigils?|petitions?)\b",
    re.IGNORECASE,
)

#: What such a sentence loses in the main-event score.
FURTHER_EVENT_PENALTY = 2.0


# Searched on the lower-cased sentence without the leading ``\b``, so the
# engine jumps between "a", "t" and the like instead of trying every position.
_FURTHER_WORDS = WordPattern(_FURTHER)


def announces_a_further_event(sentence: str) -> bool:
    """Whether ``sentence`` names a further action ("another day of action")."""
    return _FURTHER_WORDS.search(sentence)


_FOLLOWED_BY = re.compile(r"\bfollowed[ \t]+by\b", re.IGNORECASE)


def is_a_further_event(sentence: Span, mention_start: int, outside_the_opening: bool) -> bool:
    """Whether the date at ``mention_start`` dates a later action: its sentence, said outside the
    opening, names a further one, or the date comes after "followed by" in its sentence."""
    if outside_the_opening and announces_a_further_event(sentence.text):
        return True
    return "ollowed" in sentence.text and \
        _FOLLOWED_BY.search(sentence.text, 0, max(0, mention_start - sentence.start)) is not None
