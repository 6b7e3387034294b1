"""A party or union named by its members' plural, counted: the members, not the body.

"The Greens said" names a party, but "14 Greens voted", "more Westbrook
Democrats" or "hundreds of Teamsters" count people who belong to it: a number
or a word of quantity before the plural makes it a head count. The party is
still found where another mention names it.
"""

from __future__ import annotations

import re

# Known bodies whose name is the plural of their members (``organisation_known.KNOWN_MOVEMENT_BODIES``)
_MEMBERS_PLURALS = frozenset("Democrats Republicans Liberals Conservatives Greens Tories Teamsters".split())
# A count before it (not a year: "in 2024 Democrats won"), perhaps with one capitalised word between ("more
# Westbrook Democrats"), read in a bounded look-back
_COUNT_BEFORE = re.compile(
    r"(?<![\w'’.,-])(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|"
    r"more|many|several|some|few|fewer|fellow|(?:dozens|hundreds|thousands)[ \t]+of)"
    r"[ \t]+(?-i:[A-Z][a-z]+[ \t]+)?$", re.IGNORECASE)
_LOOK_BACK = 40


def counted_members(text: str, start: int, end: int) -> bool:
    """Whether the known body at ``text[start:end]`` is its members' plural after a count ("14 Democrats")."""
    return text[start:end] in _MEMBERS_PLURALS and \
        _COUNT_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is not None
