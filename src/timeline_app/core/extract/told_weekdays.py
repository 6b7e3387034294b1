"""A weekday's event told of as still to come after a word of telling.

"The students' congress said Friday's march to the capital is being backed
by outsiders": "said" dates the telling, and the weekday, written as the
owner of the event it names ("Friday's march"), is the subject of what was
told. Its verb says whether that event is still to come: "will", "shall",
or "is"/"are" before a plan ("is to", "is due", "is set", "is going", "is
planned", "is scheduled", "is expected", "is being held"). A plain present
describes the event told of ("said Friday's march is now the subject of an
inquiry", "is the largest in a decade"), and so do "was", "were", "has",
"had": then the sentence's past stands as before. A verb in a clause of
its own ("porters who are paid less") is not the event's.
"""

from __future__ import annotations

import re

__all__ = ["TELLING_PAST", "TELLING_VERBS", "told_of_as_coming"]

#: The past of a word of telling ("organisers said", "the union warned"): it tells when words were said, not when
#: the act they tell of is. ``clause_tense`` reads the irregular ones (the regular pasts end in "-ed").
TELLING_PAST = ("said", "told", "spoke", "warned", "announced", "claimed")
#: The words of telling, past and present ("says").
TELLING_VERBS = TELLING_PAST + ("says",)

# A word of telling that takes a told clause (not "spoke"; "told" with its hearer: "told reporters"), and "that",
# right before the weekday
_TELLING_BEFORE = re.compile(r"\b(?:" + "|".join(verb for verb in TELLING_VERBS if verb != "spoke") +
                             r")(?:(?<=told)[ \t]+[\w-]+)?[ \t]+(?:that[ \t]+)?$", re.IGNORECASE)
_TELLING_CHARS = 40
# The owner's mark after the weekday, then the told clause up to its first verb, in the same clause and
# not in a clause of its own ("by porters who are paid less")
_OWNED_THEN_VERB = re.compile(r"['’]s[ \t](?:(?!\b(?:who|whom|whose|which|that|where)\b)[^.,;:!?]){0,80}?"
                              r"\b(?P<verb>is|are|will|shall|was|were|has|have|had)\b", re.IGNORECASE)
# What makes "is"/"are" look ahead: a plan ("is to go ahead", "is due", "is set to"), or the event being
# held, organised or paid for now ("is being held", "is being fuelled by")
_COMING_AFTER = re.compile(r"[ \t]+(?:now[ \t]+|still[ \t]+)?(?:to|due|set|going|planned|scheduled|expected|"
                           r"being[ \t]+(?:held|staged|organi[sz]ed|planned|prepared|arranged|mounted|called|"
                           r"mobili[sz]ed|promoted|advertised|backed|supported|sponsored|funded|financed|"
                           r"paid[ \t]+for|fuell?ed))\b", re.IGNORECASE)


def told_of_as_coming(sentence: str, at: int, end: int) -> bool:
    """Whether the weekday at ``sentence[at:end]`` owns an event a telling verb
    before it reports as still to come ("said Friday's march will ...", "is to ...")."""
    if not sentence.startswith(("'s", "’s"), end):
        return False
    found = _OWNED_THEN_VERB.match(sentence, end)
    if found is None:
        return False
    verb = found["verb"].lower()
    coming = verb in ("will", "shall") or verb in ("is", "are") and _COMING_AFTER.match(sentence, found.end())
    return bool(coming) and _TELLING_BEFORE.search(sentence, max(0, at - _TELLING_CHARS), at) is not None
