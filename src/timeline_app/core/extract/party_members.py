"""A party named by its members' plural, counted: the members, not the party.

"The Greens said" names a party, but "14 Greens voted" or "more Westbrook
Democrats!" count people who belong to it: a number or a word of quantity
before the plural makes it a head count, when the plural heads its phrase (a
stop, a verb or a new phrase follows). Where it goes on to a noun ("two Greens
councillors", "five Teamsters locals") the count is that noun's, and the party
stays. A union's members ("hundreds of Teamsters walked out") are the union
acting, so only parties are read here. The party is still found where another
mention names it.
"""

from __future__ import annotations

import re

from .organisation_known import PARTY_PLURALS

# A count before it (not a year: "in 2024 Democrats won"), perhaps with one capitalised word between ("more
# Westbrook Democrats"), read in a bounded look-back
_COUNT_BEFORE = re.compile(
    r"(?<![\w'’.,-])(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|"
    r"more|many|several|some|few|fewer|fellow|(?:dozens|hundreds|thousands)[ \t]+of)"
    r"[ \t]+(?-i:[A-Z][a-z]+[ \t]+)?$", re.IGNORECASE)
_LOOK_BACK = 40
# The plural heads its phrase: a stop follows, or a verb in the past, a helping verb, or a word that opens a new
# phrase ("14 Democrats to leave", "12 Republicans voted", "Nine Greens in Westbrook"); not a noun it qualifies
_HEAD_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?)”\"]|$)|[ \t]+(?:[a-z]+ed|to|in|at|on|from|of|for|who|that|and|or|are|were|have|had|will|"
    r"would|could|can|may|might|must|should|did|do)(?![\w'’-])")


def counted_members(text: str, start: int, end: int) -> bool:
    """Whether the known body at ``text[start:end]`` is a party's members' plural after a count, heading its
    phrase ("14 Democrats voted")."""
    return text[start:end] in PARTY_PLURALS and _HEAD_AFTER.match(text, end) is not None and \
        _COUNT_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is not None
