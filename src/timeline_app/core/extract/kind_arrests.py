"""Arrests told as the news, which are no action of the kinds.

A page whose headline is an arrest ("Ostland arrests leading union figures",
"Union condemns its leader's arrest") reports what the police or a government
did to people, often long after the protest they are charged over: a reader
files it as ``other``, however often the text repeats the protest words of its
background. So does a page with no headline that opens on people "arrested by
police". An arrest told where or while people acted ("arrested at the bank's
offices", "arrested during the march") stays part of that action, and a
headline that names an action itself is left to the vote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["reports_arrests"]

# The arrest as a headline's verb or noun ("arrests", "arrested", "'s arrest"), not an outcome ("led to
# arrests"), nor "mass arrests", which are made at a mass action.
_ARREST = re.compile(r"(?<!led[ \t]to[ \t])(?<!lead[ \t]to[ \t])(?<!leads[ \t]to[ \t])(?<!mass[ \t])"
                     r"\barrest(?:s|ed)?\b", re.IGNORECASE)
# People arrested by the police, in a page's opening sentence: the passive with its agent.
# (a day may stand between: "were on Sunday 6 June arrested by police")
_ARRESTED_BY = re.compile(r"\b(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+(?:[\w-]+[ \t]+){0,5}?arrested[ \t]+"
                          r"by[ \t]+(?:the[ \t]+)?police\b", re.IGNORECASE)
# Where or while people acted, or what for, said after the arrest: the arrest is then part of that action.
# (not where they were held after: "detained at the station")
_AT_THE_ACT = re.compile(r"(?<!detained[ \t])(?<!held[ \t])\b(?:at|outside|during|while|near|in[ \t]+front[ \t]+of|"
                         r"for|after|following|amid|"
                         r"protest\w*|march\w*|rall\w+|demonstrat\w+|strik\w+|picket\w*|sit-ins?|occup\w+|"
                         r"block\w*|blockad\w+)\b", re.IGNORECASE)
# How far after an opening sentence's arrest its place or cause is looked for.
_AFTER_CHARS = 60


def reports_arrests(said_first: Sequence[str], headed: bool, headline_cued: bool) -> bool:
    """Whether a page reports arrests as its news: its headline (``said_first[0]``, when ``headed``) names an
    arrest and no action (``headline_cued``: the headline holds a kind cue), or, with no headline, its first
    sentence says people were arrested by the police; in either, not where or while they acted."""
    if not said_first:
        return False
    first = said_first[0]
    if "arrest" not in first.lower():
        return False
    if headed:
        match = _ARREST.search(first)
        return match is not None and not headline_cued and not _AT_THE_ACT.search(first, match.end())
    match = _ARRESTED_BY.search(first)
    return match is not None and not _AT_THE_ACT.search(first, match.end(), match.end() + _AFTER_CHARS)
