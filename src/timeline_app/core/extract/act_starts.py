"""A date told as the day an act began: the act's own start.

A page often leads with where an action stands (it ends, it returns to
work, it enters its sixth day) and dates the action itself only in a later
sentence: "The sit-in, which commenced on 3 May, ...", "the walkout that
started on Monday", "the students have occupied the hall since 12 April".
The labels date an action by its first day, so a date that an act noun and
a verb of beginning (or a present perfect of the act and "since") lead into
is the act's start, and counts for more as the main event's date. Only the
words right before the date are read, and only when they name the act: "the
talks began on Monday", "have not been paid since March" start no act.
"""

from __future__ import annotations

import re

from .prefilter import contains_any, folded_piece

__all__ = ["ACT_START_BONUS", "dates_an_acts_start"]

#: What a date that starts the act adds to its score as the main event's date.
ACT_START_BONUS = 2.0
# The act nouns whose beginning dates the act ("strike", "sit-in", "occupation"...).
_ACT = (r"(?:strikes?|walk-?outs?|sit-ins?|protests?|occupations?|pickets?|blockades?|boycotts?|marche?s?|"
        r"rall(?:y|ies)|demonstrations?|encampments?|vigils?|shutdowns?|stay-?aways?|sick-?outs?|go-slows?|"
        r"stoppages?|agitations?|lockouts?|campaigns?)")
# "the strike(, which|that|,) (has) began/started/commenced/kicked off (on|from)" right before the date.
_BEGAN = re.compile(rf"\b{_ACT}(?:,?[ \t]+(?:which|that)|,)?[ \t]+(?:(?:has|had)[ \t]+)?"
                    r"(?:commenced|began|begun|started|kicked[ \t]+off)(?:[ \t]+(?:on|from))?[ \t]+$",
                    re.IGNORECASE)
# "have occupied the hall since", "has been on strike since": the act held from that day on.
_HELD_SINCE = re.compile(r"\b(?:has|have|had)[ \t]+(?:been[ \t]+)?(?:on[ \t]+strike|occupied|occupying|striking|"
                         r"picketing|blockading|boycotting|camped)\b[^,;:.()\n]{0,60}[ \t]since[ \t]+$",
                         re.IGNORECASE)
_BEGAN_WORDS = ("commenced", "began", "begun", "started", "kicked")
_LOOK_BACK = 100


def dates_an_acts_start(sentence: str, offset: int) -> bool:
    """Whether the date at ``offset`` in ``sentence`` is told as the day an
    act began ("the occupation, which began on ...", "have occupied ... since")."""
    before = sentence[max(0, offset - _LOOK_BACK):offset]
    if before[-6:].lower() == "since ":
        return _HELD_SINCE.search(before) is not None
    return contains_any(folded_piece(before), _BEGAN_WORDS) and _BEGAN.search(before) is not None
