"""A weekday's event told of in the present after a word of telling: still to come.

"The students' congress said Friday's march to the capital is backed by
outsiders": "said" dates the telling, and the weekday, written as the owner
of the event it names ("Friday's march"), is the subject of what was told.
Its tense is the told clause's own verb: "is", "are", "will" look ahead (the
march on the Friday to come); "was", "were", "had" tell of one gone, and
then the sentence's past stands as before.
"""

from __future__ import annotations

import re

__all__ = ["told_of_as_coming"]

# A word of telling (and "that") right before the weekday
_TELLING_BEFORE = re.compile(r"\b(?:said|says|told[ \t]+[\w-]+|warned|announced|claimed)[ \t]+(?:that[ \t]+)?$",
                             re.IGNORECASE)
_TELLING_CHARS = 40
# The owner's mark after the weekday, then the told clause up to its verb, in the same clause
_OWNED_THEN_PRESENT = re.compile(r"['’]s[ \t][^.,;:!?]{0,80}?\b(?P<verb>is|are|will|shall|was|were|had)\b",
                                 re.IGNORECASE)


def told_of_as_coming(sentence: str, at: int, end: int) -> bool:
    """Whether the weekday at ``sentence[at:end]`` owns an event a telling verb
    before it reports in the present or future ("said Friday's march is ...")."""
    if not sentence.startswith(("'s", "’s"), end):
        return False
    found = _OWNED_THEN_PRESENT.match(sentence, end)
    return found is not None and found["verb"].lower() not in ("was", "were", "had") and \
        _TELLING_BEFORE.search(sentence, max(0, at - _TELLING_CHARS), at) is not None
