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

_MODIFIER = re.compile(r" (?=(?:(?:at|in|outside|near|through|across|into|over|during|from|against|ahead|amid|for|"
                       r"with|without|by|about|vs|versus|towards?|under|calling|demanding|including|after|before|"
                       r"since|until|(?:last|this|next)[ \t]+(?:week|month|year|term|semester|weekend)|tomorrow|"
                       r"yesterday|earlier)(?:[ \t\],.;:]|$)|"
                       # a purpose ("occupied the offices | to call for ...") or a day ("| on 3 November")
                       r"to[ \t]+(?:call|demand|protest|press|push|express|mark|highlight|oppose|reverse|keep|stop|"
                       r"save|support|show|raise|fight|resist|challenge|denounce|condemn|decide|discuss|consider)\b|"
                       r"on[ \t]+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                       r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d|the[ \t]+\d)))")
_SHORTEST = 35
# A phrase never ends on a helping verb ("... Congress is"), an adverb that
# waits for its verb ("were officially"), a word that points ahead ("last"),
# a verb of going that waits for where ("will go | ahead") or of saying that
# waits for what ("said | in an email that ...").
_HELPERS = frozenset("is are was were be been being has have had will would can could should may might must "
                     "do does did not also just officially still last next this go goes going went gone "
                     "said says told".split())


# Verbs whose object goes on with "to" ("called for students to stop", "urged staff to join").
_ASKS = re.compile(r"\b(?:call(?:s|ed)? (?:for|on)|urg(?:es?|ed)|ask(?:s|ed)?|t(?:ells?|old)|want(?:s|ed)?|"
                   r"forc(?:es?|ed)|order(?:s|ed)?|allow(?:s|ed)?|encourag(?:es?|ed)|invit(?:es?|ed)|"
                   r"request(?:s|ed)?|need(?:s|ed)?|expect(?:s|ed)?|persuad(?:es?|ed)|appeal(?:s|ed)? to)\b")


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
        if text.startswith(" to ", match.start()) and _ASKS.search(phrase):
            continue  # "The strike called for students | to stop paying": what was asked, not a purpose
        if whole(phrase):
            best = match.start()
    return best
