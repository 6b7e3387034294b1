"""A page that is a petition itself is a petition, whatever it recounts.

A petition's own page opens with what it is ("Petition to ...", "Online
petition against ...", "Petition Closed", "Sign the petition") and goes on
to recite its grounds: the sit-in, the arrests, the strike that moved
people to sign. Those grounds outnumber the word "petition", so the word
vote reads the page as what it recites; its opening lines say otherwise.
"""

from __future__ import annotations

import re

from .prefilter import folded_piece
from .sentences import Span

__all__ = ["is_petition_itself"]

# One of the page's first lines says the page is the petition.
_PETITION_LINE = re.compile(
    r"^(?:(?:an?|our)[ \t]+)?(?:online[ \t]+)?petition(?:[ \t]+(?:to|for|against|calling|urging|demanding)\b|"
    r"[ \t]*[:–—]|[ \t]+closed\b)|^sign[ \t]+(?:the|this|our)[ \t]+petition\b|"
    r"\bthis[ \t]+petition[ \t]+(?:had|has)[ \t]+[\d,]+[ \t]+(?:supporters|signatures)\b",
    re.IGNORECASE)
#: How many lines from the top may say so.
_OPENING_LINES = 8


def is_petition_itself(lines: list[Span]) -> bool:
    """Whether one of the first lines presents the page as a petition.
    Every match holds the word "petition", so a line without it (nearly
    every line: a page's first lines are often whole paragraphs) is turned
    down before the pattern is searched at every position."""
    for line in lines[:_OPENING_LINES]:
        lowered = folded_piece(line.text)
        if (lowered is None or "petition" in lowered) and _PETITION_LINE.search(line.text):
            return True
    return False
