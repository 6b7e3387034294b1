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

__all__ = ["is_petition_itself", "is_signing_page"]

# One of the page's first lines says the page is the petition.
_PETITION_LINE = re.compile(
    r"^(?:(?:an?|our)[ \t]+)?(?:online[ \t]+)?petition(?:[ \t]+(?:to|for|against|calling|urging|demanding)\b|"
    r"[ \t]*[:–—]|[ \t]+closed\b)|^sign[ \t]+(?:the|this|our)[ \t]+petition\b|"
    r"\bthis[ \t]+petition[ \t]+(?:had|has)[ \t]+[\d,]+[ \t]+(?:supporters|signatures)\b",
    re.IGNORECASE)
# A petition site's own furniture, a line by itself: the count of its
# signatures ("414 signatures", "Signatures: 53") or its plea ("Will you sign?").
SIGNING_LINE = re.compile(r"^[ \t]*(?:[\d,.]+[kK]?[ \t]+signatures|signatures:[ \t]*[\d,]+.{0,30}|will[ \t]+you[ \t]+sign\??|"
                          # the count and its goal: "12 have signed. Let's get to 100!"
                          r"[\d,.]+[kK]?[ \t]+have[ \t]+signed\.?[ \t]+let['’]s[ \t]+get[ \t]+to[ \t]+[\d,.]+[kK]?!?)"
                          r"[ \t]*$", re.IGNORECASE)
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


def is_signing_page(text: str, lines: list[Span]) -> bool:
    """Whether the page carries a petition site's signing furniture: a line
    that counts its signatures or asks the reader to sign. Such a page is the
    petition, even when it speaks as "We, the undersigned" like a letter (a
    letter's page lists its signatories; it does not count them)."""
    if "ignature" not in text and "you sign" not in text and "have signed" not in text:
        return False  # nearly every page
    return any(SIGNING_LINE.match(line.text) for line in lines if len(line.text) <= 60)
