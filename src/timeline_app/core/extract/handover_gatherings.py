"""A gathering that hands over a letter or a petition is the event.

"A delegation of union members will head to Parliament at midday on
Tuesday", then "the branch chair will deliver an open letter to the
Minister, along with a petition": the letter and the petition are what the
gathering carries, so their words outnumber the rally's, but the reader is
told of a delegation and a rally. When the opening sentence names the
gathering and another of the first sentences says the letter or petition
will be (or was) handed over, the page reports a protest. A page that is the
letter or the petition itself is still read as one (``document_form``,
``petition_form``, which decide after this).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["hands_over_at_gathering"]

# The opening's act is a gathering: a delegation, a rally, a march, a vigil, people gathering.
_GATHERING = re.compile(r"\b(?:delegation|rally|rallies|demonstration|vigil|march(?:ed|es|ing)?[ \t]+(?:to|on|through)|"
                        r"(?:gather|assembl)(?:e|es|ed|ing)?[ \t]+(?:at|outside|on|in[ \t]+front[ \t]+of))\b")
# A letter or petition handed over: "present an open letter", "hand in the petition", "a petition will be delivered".
_HANDOVER = re.compile(
    r"\b(?:present|hand[ \t]+(?:over|in)|deliver|submit)(?:s|ed|ing|ted|ting)?[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?:letter|petition)s?\b|\b(?:letter|petition)s?[ \t]+(?:[\w'’-]+[ \t]+){0,6}?(?:will[ \t]+be|was|were|is|are)[ \t]+"
    r"(?:presented|handed[ \t]+(?:over|in)|delivered|submitted)\b", re.IGNORECASE)
_GATHERING_HINTS = ("delegation", "rall", "demonstration", "vigil", "march", "gather", "assembl")


def hands_over_at_gathering(opening: Sequence[str], lede: Sequence[str]) -> bool:
    """Whether ``opening`` (the headline and the first body sentence) names
    a gathering and another sentence of the ``lede`` hands a letter or
    petition over. One sentence that tells both ("students held a rally and
    delivered a petition") tells two acts, and a petition's own page opens so."""
    gatherings = [said for said in opening if any(hint in said for hint in _GATHERING_HINTS) and _GATHERING.search(said)]
    if not gatherings:
        return False
    return any(sentence not in gatherings and _HANDOVER.search(sentence) for sentence in lede)
