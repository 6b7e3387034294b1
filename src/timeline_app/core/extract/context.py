"""Background facts: events a document mentions that are not the movement's actions.

A report on a walkout often explains it: the country voted to leave the EU,
a president signed an executive order, the government cut funding, an
election returned a new party. Those sentences are dated, so they become
events, but on a timeline of actions they are clutter, and calling them
"other" or "vote" misleads. This module gives them the kind ``context``,
which the window hides unless asked. Only secondary events qualify (the
main event is what the document reports), and only when the sentence has
no word of a movement's action (walkout, protest, strike, occupation,
petition, letter, campaign) and names a state-level act or a nationwide
vote. Generic cues only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import ExtractedEvent
from .backdrop_clause import date_clause
from .event_copy import with_changes
from .prefilter import WordPattern

__all__ = ["CONTEXT", "dates_the_backdrop", "is_context", "mark_context"]

CONTEXT = "context"

# Who acts in a background fact: the state, its courts and its voters.
_STATE = re.compile(
    r"\b(?:government|govt|ministers?|ministry|secretary\s+of\s+state|executive\s+orders?|"
    r"prime\s+minister|presidential|chancellor\s+of\s+the\s+exchequer|parliament|congress|"
    r"senate|house\s+of\s+(?:commons|lords|representatives)|legislature|cabinet|"
    r"supreme\s+court|high\s+court|court\s+(?:ruled|ruling|decided|found)|the\s+courts?\b|"
    r"treasury|department\s+(?:of|for)\s+education|home\s+office|white\s+house|"
    r"downing\s+street|federal|national\s+assembly|state\s+legislat\w*|"
    r"the\s+(?:uk|us|usa|country|nation)\s+(?:voted|decided|went|elected|left|joined))\b",
    re.IGNORECASE,
)
# What such an actor does that frames the story.
_STATE_ACT = re.compile(
    r"\b(?:signed|passed|enacted|introduced|announced|imposed|ordered|decreed|banned|banning|"
    r"cut|cuts|raised|abolished|scrapped|legislated|ruled|elected|re-?elected|appointed|"
    r"declared|approved|voted|vetoed|executive\s+order|law|act\b|bill\b|legislation|"
    r"policy|budget|funding|austerity|reforms?|order|proposed)\b",
    re.IGNORECASE,
)
# Votes of a whole country, not of students or members.
_NATIONAL_VOTE = re.compile(
    r"\b(?:referendum|general\s+election|presidential\s+election|federal\s+election|"
    r"local\s+elections?|national\s+elections?|mid-?term\s+elections?|european\s+elections?|"
    r"election\s+(?:result|victory|campaign)|"
    r"brexit|voted\s+to\s+(?:leave|remain)|went\s+to\s+the\s+polls|polling\s+day|electorate)\b",
    re.IGNORECASE,
)
# Words that make a vote or an act the movement's own: its actions, and
# its people when they come first, as the sentence's subject ("Students
# voted in the union referendum"; but "since the referendum, EU students
# have faced ..." is background).
_MOVEMENT_ACTION = re.compile(
    r"\b(?:u(?<!european\su)nions?|branch|ballot|motion|sabbatical|"
    r"walk(?:ed|ing)?\s*(?:-\s*)?out|walkouts?|protest(?:s|ed|ing)?|strike|strikes|struck|occup\w+|"
    r"petition\w*|open\s+letter|rall(?:y|ies|ied)|march(?:ed|es)?|demonstrat\w+|sit-in)\b",
    re.IGNORECASE,
)
_MOVEMENT_PEOPLE = re.compile(
    r"\b(?:students?|members?|officers?|staff|workers|activists?|campaigners?|protesters?|strikers?|"
    r"occupiers?|organisers?|organizers?)\b",
    re.IGNORECASE,
)


# Wider backdrop: wars, attacks, disasters, a pandemic.
_BACKDROP = re.compile(
    r"\b(?:war\s+(?:on|in|against)|invasion|invaded|terrorist\s+attacks?|attacks\s+on|"
    r"bombings?|atrocities|tragic\s+events|pandemic|lockdown|earthquake|recession|"
    r"financial\s+crisis|genocide|shootings?|fatally\s+shot|massacres?)\b",
    re.IGNORECASE,
)


# Each searched on the lower-cased sentence (``WordPattern``): same answers, faster.
# (Every alternative of the three above opens with a letter, a look-behind
# after it, so that search skips to the letters that can start a match.)
_STATE_WORDS, _STATE_ACT_WORDS, _NATIONAL_VOTE_WORDS, _MOVEMENT_ACTION_WORDS, _BACKDROP_WORDS = (
    WordPattern(p) for p in (_STATE, _STATE_ACT, _NATIONAL_VOTE, _MOVEMENT_ACTION, _BACKDROP))


def is_context(sentence: str, kind: str) -> bool:
    """Whether a secondary event of ``kind`` from ``sentence`` is a background fact."""
    if kind not in ("other", "vote", "campaign"):
        return False
    if _MOVEMENT_ACTION_WORDS.search(sentence):
        return False
    vote = _NATIONAL_VOTE.search(sentence) if _NATIONAL_VOTE_WORDS.search(sentence) else None
    if vote:
        return not _movement_comes_first(sentence, vote.start())
    if kind == "vote":
        return False
    actor = _STATE.search(sentence) if _STATE_WORDS.search(sentence) else None
    if actor and _STATE_ACT_WORDS.search(sentence):
        return not _movement_comes_first(sentence, actor.start())
    return kind == "other" and _BACKDROP_WORDS.search(sentence) and _MOVEMENT_PEOPLE.search(sentence) is None


def _movement_comes_first(sentence: str, at: int) -> bool:
    """Whether the movement's people are named before the state or the
    national vote: they are then the ones acting."""
    return _MOVEMENT_PEOPLE.search(sentence, 0, at) is not None


def dates_the_backdrop(sentence: str, start: str | None) -> bool:
    """Whether the date ``start`` of ``sentence`` sits in a subordinate
    clause that names a state act or a backdrop and no action of the
    movement ("killed in the Feb. 14 shooting"), whatever the rest says."""
    clause = date_clause(sentence, start)
    return clause is not None and bool(is_context(clause, "other"))


def mark_context(events: Sequence[ExtractedEvent]) -> tuple[ExtractedEvent, ...]:
    """``events`` with each secondary background fact given the kind ``context``."""
    return tuple(
        with_changes(event, kind=CONTEXT)
        if not event.main and (is_context(event.evidence, event.kind)
                               or dates_the_backdrop(event.evidence, event.start)) else event
        for event in events
    )
