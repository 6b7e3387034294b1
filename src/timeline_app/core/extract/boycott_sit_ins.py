"""Students who boycott classes and, in the same breath, hold a building: the occupation is the news.

A class boycott is a strike's act (``lede_act_patterns``): students withdraw from teaching as staff withdraw
work. When the same clause goes on to say they sat in or camped inside a building ("boycotted classes and
staged a sit-in in the administration block"), a reader names the event by the building held: the boycott
is how they came to be free to hold it. A sit-in outside, or one that names no building, leaves the boycott
the act.
"""

from __future__ import annotations

import re

from .kinds import OUTSIDE
from .lede_act_patterns import ACT, GROUP_KIND

__all__ = ["boycott_holds_building"]

# What joins the boycott to the next act in one clause: "and", "and then", "before" ("boycotted lectures and
# occupied", "boycotted classes before staging a sit-in"); no sentence break between.
_JOINED = re.compile(r"[^.;:!?]{0,60}?\b(?:and|before)[ \t]+(?:then[ \t]+|later[ \t]+)?", re.IGNORECASE)
# A building the act holds: "in the administrative building", "inside the Vice-Chancellor's offices".
_INSIDE = re.compile(r"\b(?:in|inside|into|occupied|occupying|occupy)[ \t]+(?:the[ \t]+|their[ \t]+)?"
                     r"(?:[\w'’-]+[ \t]+){0,3}?(?:building|block|offices?|chambers?|hall|library|headquarters|"
                     r"premises|senate[ \t]+house)\b", re.IGNORECASE)
#: How far after the occupation's words its building is looked for.
_PLACE_CHARS = 80


def boycott_holds_building(act_words: str, said_after: str) -> bool:
    """Whether a class boycott (``act_words``) is followed, in its clause (``said_after``), by an occupation of a
    building: a sit-in, a camp or a takeover inside it."""
    if "boycott" not in act_words.lower():
        return False
    joined = _JOINED.match(said_after)
    if joined is None:
        return False
    held = ACT.match(said_after, joined.end())
    if held is None or GROUP_KIND[held.lastgroup] != "occupation":  # type: ignore[index]
        return False
    rest = said_after[held.end():]
    return OUTSIDE.match(rest) is None and \
        _INSIDE.search(said_after, held.start(), held.end() + _PLACE_CHARS) is not None
