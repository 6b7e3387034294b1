"""A sentence that announces a further action is not the one reported.

Reports close on what comes next: "Work has begun on another day of
action across Ostland, set for August 25", "a second strike is set
for March". Dated and worded like an event, such a sentence outscored the
action the report opens with. Said outside the opening, "another", "a
further", "a second" or "the next" before the action's noun marks it as a
later event, which then only wins where nothing better is dated, unless the
headline itself is about that further action ("Students Are Walking Out
Again"). So is a
date its own sentence puts after "followed by" ("will stop work on Monday,
followed by a five-day strike from June 3"), in the lede too, and on a
page reporting a vote, a date its sentence gives the action voted for
("have voted 88% to 12% for strike action from Thursday, May 9": the vote
is today's news, the strike a later event).
"""

from __future__ import annotations

import re

from .date_mentions import WEEKDAY_ALTERNATIVES
from .document_memo import remembered
from .prefilter import WordPattern
from .sentences import Span

__all__ = ["announces_a_further_event", "further_event_penalty", "FURTHER_EVENT_PENALTY", "VOTED_ACT_PENALTY",
           "headline_announces_a_further_event"]

_FURTHER = re.compile(
    r"\b(?:another|a[ \t]+further|a[ \t]+second|a[ \t]+third|the[ \t]+next)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:days?[ \t]+of[ \t]+action|strikes?|walk-?outs?|protests?|rall(?:y|ies)|march(?:es)?|occupations?|"
    r"votes?|ballots?|demonstrations?|vigils?|petitions?)\b",
    re.IGNORECASE,
)

#: What such a sentence loses in the main-event score.
FURTHER_EVENT_PENALTY = 2.0
#: What the day of the action a vote was for loses: the headline's words and a written day cannot make it the vote's.
VOTED_ACT_PENALTY = 4.0


# Searched on the lower-cased sentence without the leading ``\b``, so the
# engine jumps between "a", "t" and the like instead of trying every position.
_FURTHER_WORDS = WordPattern(_FURTHER)


def announces_a_further_event(sentence: str) -> bool:
    """Whether ``sentence`` names a further action ("another day of action")."""
    return _FURTHER_WORDS.search(sentence)


_AGAIN = re.compile(r"\bagain\b", re.IGNORECASE)


def headline_announces_a_further_event(headline: str) -> bool:
    """Whether the headline itself is about a further action ("Students Are Walking Out Again", "A second
    strike for Lakeland nurses"): then the sentence naming it is the news, not a later event."""
    return bool(announces_a_further_event(headline) or _AGAIN.search(headline))


_FOLLOWED_BY = re.compile(r"\bfollowed[ \t]+by\b", re.IGNORECASE)
# "voted ... in favour of taking strike action from (Tuesday,)": the date that follows is the act's ("voted for
# strike action on 6 March" dates the vote, so "on" is not read); looked for in a window before the date only
_VOTED_ACT_DATE = re.compile(
    r"\bvoted\b[^.;:]{0,120}?\b(?:strike|strikes|striking|action|walk[ \t-]?outs?|boycott)\b[^.;:]{0,40}?"
    r"\b(?:from|starting|beginning|commencing)[ \t]+(?:on[ \t]+)?(?:(?:" + WEEKDAY_ALTERNATIVES + r"),?[ \t]+)?$",
    re.IGNORECASE,
)
_VOTED_ACT_WINDOW = 220


def further_event_penalty(sentence: Span, mention_start: int, outside_the_opening: bool, reports_a_vote: bool) -> float:
    """What the date at ``mention_start`` loses as the date of a later action: its sentence, said
    outside the opening, names a further one, or the date comes after "followed by" in its sentence
    (``FURTHER_EVENT_PENALTY``); on a page reporting a vote, it is the day of the action voted for,
    never the vote's (``VOTED_ACT_PENALTY``)."""
    before = max(0, mention_start - sentence.start)
    voted, further, followed_by_ends = remembered(_sentence_signs, sentence.text)  # once a sentence: a page
    if reports_a_vote and voted and \
            _VOTED_ACT_DATE.search(sentence.text, max(0, before - _VOTED_ACT_WINDOW), before) is not None:
        return VOTED_ACT_PENALTY
    if outside_the_opening and further or 0 <= followed_by_ends <= before:  # of one long sentence asks per date
        return FURTHER_EVENT_PENALTY
    return 0.0


def _sentence_signs(sentence: str) -> tuple[bool, bool, int]:
    """Whether ``sentence`` says "voted", whether it names a further action, and where its first
    "followed by" ends (-1: nowhere)."""
    followed = _FOLLOWED_BY.search(sentence) if "ollowed" in sentence else None
    return "voted" in sentence, announces_a_further_event(sentence), followed.end() if followed else -1
