"""A date told as the day the page's act began: the act's own start.

A page often leads with where its action stands (it ends, it returns to
work, it enters its sixth day) and dates the action itself only in a later
sentence: "The sit-in, which commenced on 3 May, ...", "the walkout that
started on Monday", "the students have occupied the hall since 12 April".
The labels date an action by its first day, so a date that an act noun and
a verb of beginning (or a present perfect of the act and "since") lead into
is the act's start, and counts for more as the main event's date. Only the
words right before the date are read, and only when they name the act: "the
talks began on Monday", "have not been paid since March" start no act. And
only when the start is the page's act's: the lede tells that act ending or
going on (a lede that dates its act, "walked out on Tuesday", is dated by
it), the act is not another ("the previous strike, which began ...", "a
strike by porters, which started ..."), nor another group's in a relative
clause ("Cleaners, who have occupied their depot since ..."), nor counted
("on strike twice since"), nor in a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .document_memo import remembered
from .prefilter import contains_any, folded_piece
from .title_compression import PEOPLE
from .title_tightening import QUOTE_MARKS

__all__ = ["ACT_START_BONUS", "dates_an_acts_start"]

#: What a date that starts the act adds to its score as the main event's date.
ACT_START_BONUS = 2.0
# The act nouns whose beginning dates the act ("strike", "sit-in", "occupation"...). Not the lists of
# further_events, called_weekdays or title_compression._RELATIVE: each has other members (votes, petitions,
# a dispute, an action) and lacks some of these (pickets, blockades, vigils, sick-outs).
_ACT = (r"(?:strikes?|walk-?outs?|sit-ins?|protests?|occupations?|pickets?|blockades?|boycotts?|marche?s?|"
        r"rall(?:y|ies)|demonstrations?|encampments?|vigils?|shutdowns?|stay-?aways?|sick-?outs?|go-slows?|"
        r"stoppages?|agitations?|lockouts?|campaigns?)")
# "the strike(, which|that|,) (has) began/started/commenced/kicked off (on|from)" right before the date.
_BEGAN = re.compile(rf"\b{_ACT}(?:,?[ \t]+(?:which|that)|,)?[ \t]+(?:(?:has|had)[ \t]+)?"
                    r"(?:commenced|began|begun|started|kicked[ \t]+off)(?:[ \t]+(?:on|from))?[ \t]+$",
                    re.IGNORECASE)
# Another act than the page's, named right before the act noun: "the previous strike", "their last occupation".
_ANOTHER = re.compile(r"\b(?:last|previous|earlier|past|first|another|other|similar|former|prior|next|second|third)"
                      r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.IGNORECASE)
# "have occupied the hall since", "has been on strike since": the act held from that day on; not in a relative
# clause on another group ("Cleaners, who have occupied their depot since").
_HELD_SINCE = re.compile(r"(?<!\bwho[ \t])(?<!\bwhich[ \t])(?<!\bthat[ \t])\b(?:has|have|had)[ \t]+(?:been[ \t]+)?"
                         r"(?:on[ \t]+strike|occupied|occupying|striking|picketing|blockading|boycotting|camped)\b"
                         r"(?P<gap>[^,;:.()\n]{0,60})[ \t]since[ \t]+$", re.IGNORECASE)
# A count of acts, not one held: "on strike twice since", "occupied it three times since".
_COUNTED = re.compile(r"\b(?:once|twice|thrice|again|times?)\b", re.IGNORECASE)
# The lede tells where its act stands, not when it began: the act ends, is called off or suspended, its people
# are back at work, it enters its sixth day, goes on or is still on, it ends after so many days; people
# protesting are evicted.
_STANDS = re.compile(
    r"\b(?:(?:end|suspend|withdr[ae]w)(?:s|ed|ing|n)?[ \t]+(?:their|its|the|his|her|a|an)\b|"
    r"call(?:s|ed|ing)?[ \t]+off\b|"
    r"(?:back|return(?:s|ed|ing)?)[ \t]+(?:at|to|in)[ \t]+(?:work|school|class(?:es)?|lessons|"
    r"(?:the|their)[ \t]+classrooms?)\b|resum(?:e|es|ed|ing)[ \t]+(?:work|duties|duty|classes|lessons)\b|"
    r"(?:enter(?:s|ed|ing)?|into)[ \t]+(?:its|their|a|the)[ \t]+[\w-]+[ \t]+(?:day|week|month)|"
    r"after[ \t]+[\w-]+[ \t]+(?:days|weeks|months)\b|continu(?:es|ed|ing)\b|goes[ \t]+on\b|ongoing\b|"
    r"(?:still|remain(?:s|ed)?)[ \t]+on[ \t]+strike\b|"
    rf"(?:{PEOPLE})[ \t]+(?:protesting|striking|picketing|occupying|boycotting|blockading)\b)",
    re.IGNORECASE)
_BEGAN_WORDS = ("commenced", "began", "begun", "started", "kicked")
_LOOK_BACK = 100


def dates_an_acts_start(sentence: str, offset: int, lede: str) -> bool:
    """Whether the date at ``offset`` in ``sentence`` is told as the day the
    page's act began ("the occupation, which began on ...", "have occupied
    ... since") under a ``lede`` that tells the act ending or going on."""
    if not remembered(_stands, lede):  # (the lede read once per document, first: spares each date's scans)
        return False
    before = sentence[max(0, offset - _LOOK_BACK):offset]
    if before[-6:].lower() == "since ":
        held = _HELD_SINCE.search(before)
        starts = held is not None and _COUNTED.search(held["gap"]) is None
    else:
        began = contains_any(folded_piece(before), _BEGAN_WORDS) and _BEGAN.search(before)
        starts = bool(began) and _ANOTHER.search(before, 0, began.start()) is None
    return starts and not _quoted(sentence, offset)


def _quoted(sentence: str, offset: int) -> bool:
    """Whether a quotation is open at ``offset`` (its marks found once per sentence: a sentence of many dates)."""
    return bisect_left(remembered(_quote_marks, sentence), offset) % 2 == 1


def _stands(lede: str) -> bool:
    return _STANDS.search(lede) is not None


def _quote_marks(sentence: str) -> tuple[int, ...]:
    return tuple(mark.start() for mark in QUOTE_MARKS.finditer(sentence))
