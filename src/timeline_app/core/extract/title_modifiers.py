"""A title ended before a modifier rather than cut inside it.

When an event's sentence has no clause boundary within a title's length,
``title_phrases`` used to cut it at the last word that fits, with an
ellipsis ("Hundreds of students join rent strike against private
accommodation…"). A phrase that opens with a preposition or a linking
participle ("against ...", "ahead of ...", "in Nairobi", "calling for ...")
only adds to what comes before it, so the title can end before it and still
be whole ("Hundreds of students join rent strike"), as long as what is kept
says what happened (the caller's test) and keeps at least half the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MODIFIER = re.compile(r" (?=(?:at|in|outside|near|through|across|into|over|during|from|against|ahead|amid|for|"
                       r"with|without|by|about|vs|versus|towards?|under|calling|demanding|including|after|before|"
                       r"since|until)[ \t])")
_SHORTEST = 35
# A phrase never ends on a helping verb ("... Congress is"), an adverb that
# waits for its verb ("were officially"), a word that points ahead ("last"),
# a verb of going that waits for where ("will go | ahead") or of saying that
# waits for what ("said | in an email that ...").
_HELPERS = frozenset("is are was were be been being has have had will would can could should may might must "
                     "do does did not also just officially still last next this go goes going went gone "
                     "said says told".split())


def before_modifier(text: str, limit: int, whole: Callable[[str], bool]) -> int | None:
    """Where the last modifier that starts within ``limit`` characters
    opens, when the phrase before it has at least ``_SHORTEST`` characters,
    ends on no helping verb and is ``whole``; else None."""
    best = None
    for match in _MODIFIER.finditer(text, _SHORTEST):  # no end position: the lookahead reads the word past it
        if match.start() > limit:
            break
        phrase = text[:match.start()].rstrip(" ,;:–—-")
        last = phrase[phrase.rfind(" ") + 1:].lower()
        if last in _HELPERS or last.endswith("ed") and text.startswith(" by ", match.start()):
            continue  # "The motion submitted | by X will be ...": the agent belongs to the participle
        if whole(phrase):
            best = match.start()
    return best
