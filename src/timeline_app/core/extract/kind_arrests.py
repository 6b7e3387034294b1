"""Arrests told as the news, which are no action of the kinds.

A page whose headline is an arrest ("Ostland arrests leading union figures",
"Union condemns its leader's arrest") reports what the police or a government
did to people, often long after the protest they are charged over: a reader
files it as ``other``, however often the text repeats the protest words of its
background. So does a page with no headline that opens on people "arrested by
police". An arrest told where or while people acted ("arrested at the bank's
offices", "arrested during the march", or under a headline, "was arrested as
she led the march" in the first body sentence) stays part of that action, and
a headline that names an action itself is left to the vote; so is a page
whose headline or first sentence states an act (``kind_decision``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["reports_arrests"]

# The arrest as a headline's verb or noun ("arrests", "arrested", "'s arrest"), not an outcome ("led to
# arrests"), nor "mass arrests", which are made at a mass action, nor "no arrests".
_ARREST = re.compile(r"(?<!led[ \t]to[ \t])(?<!lead[ \t]to[ \t])(?<!leads[ \t]to[ \t])(?<!mass[ \t])(?<!no[ \t])"
                     r"\barrest(?:s|ed)?\b", re.IGNORECASE)
# People arrested by the police, in a page's opening sentence: the passive with its agent.
# (a day may stand between: "were on Sunday 6 June arrested by police")
_ARRESTED_BY = re.compile(r"\b(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+(?:[\w-]+[ \t]+){0,5}?arrested[ \t]+"
                          r"by[ \t]+(?:the[ \t]+)?police\b", re.IGNORECASE)
# While people acted ("arrested as she led the march"; not "as a suspect", "as part of")
_WHILE = r"\b(?:during|while|amid|as(?![ \t]+(?:a|an|part|well|soon|if|though|of)\b))\b"
_WHILE_ACTING = re.compile(_WHILE, re.IGNORECASE)
# The words of an act people were arrested at ("march", "picketing", "the blockade")
_ACT_WORDS = r"protest\w*|march\w*|rall\w+|demonstrat\w+|strik\w+|picket\w*|sit-ins?|occup\w+|block\w*"
# ... only with an act word inside that clause ("as she led", "during the march"; "as he arrived at the airport")
_ACT_IN_CLAUSE = re.compile(r"[^,;.]{0,60}?\b(?:led|leads|leading|" + _ACT_WORDS + r")\b", re.IGNORECASE)
# Where or while people acted, or what for, said after the arrest: the arrest is then part of that action.
# (not where they were held after: "detained at the station")
_AT_THE_ACT = re.compile(r"(?<!detained[ \t])(?<!held[ \t])(?:" + _WHILE + r"|"
                         r"\b(?:at|outside|near|in[ \t]+front[ \t]+of|for|after|following|" + _ACT_WORDS + r")\b)",
                         re.IGNORECASE)
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
        return match is not None and not headline_cued and not _AT_THE_ACT.search(first, match.end()) and \
            not _arrested_while_acting(said_first[1:])
    match = _ARRESTED_BY.search(first)
    return match is not None and not _AT_THE_ACT.search(first, match.end(), match.end() + _AFTER_CHARS)


def _arrested_while_acting(body_first: Sequence[str]) -> bool:
    """Whether the first body sentence (``body_first``, under a headline) tells an arrest made while people acted
    ("... was arrested on Saturday as she led thousands in a march"), an act word inside the clause."""
    match = _ARREST.search(body_first[0]) if body_first else None
    found = _WHILE_ACTING.search(body_first[0], match.end(), match.end() + _AFTER_CHARS) if match else None
    return found is not None and _ACT_IN_CLAUSE.match(body_first[0], found.end()) is not None
