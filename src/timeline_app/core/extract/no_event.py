"""Pages that report no event: "About us", "How campaigns work", contact pages.

Extraction always found a main event, falling back to an undated one; for a
page that describes an organisation rather than something that happened,
that invented an undated strike or campaign. Such a page keeps its
document (searchable, with its organisations) but gets no event, unless
its text tells of an action: a walkout that happened or will happen, a
march, an occupation, a letter sent. Describing what a group does in
general ("we campaign", "groups hold the union to account") is not an
action on a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import ExtractedEvent

__all__ = ["describes_action", "reports_no_event"]

# Something that happened or is planned: past tense, "will", "is/are -ing",
# "plan(s/ned) to", "called (for) a". General present tense ("we organise
# protests") is deliberately absent: it is how an "about" page talks.
_ACTION = re.compile(
    r"\b(?:walked\s+out|strike\s+action|industrial\s+action|on\s+strike|picket\s+lines?|signatures|walk-?outs?\s+(?:on|at|took|was|were|will)|went\s+on\s+strike|"
    r"(?:are|were|is|was)\s+(?:striking|marching|occupying|protesting|walking\s+out|rallying|"
    r"picketing|gathering|demonstrating|sitting\s+in)|"
    r"marched|occupied|protested|rallied|gathered|demonstrated|staged|picketed|blockaded|"
    r"struck|boycotted|took\s+(?:part|to\s+the\s+streets|over)|handed\s+in|delivered|"
    r"signed|launched|voted|balloted|held\s+(?:a|an|the)|began|started|ended|"
    r"will\s+(?:walk\s+out|strike|march|protest|occupy|rally|gather|hold|take\s+place|"
    r"be\s+held|picket|vote|launch|sign|hand\s+in)|"
    r"plan(?:s|ned)?\s+to\s+(?:walk\s+out|strike|march|protest|occupy|rally|hold)|"
    r"call(?:s|ed)?\s+(?:for\s+)?(?:a|an)\s+(?:national\s+)?(?:walkout|strike|protest|march|"
    r"day\s+of\s+action|demonstration|occupation|boycott|rally)|"
    r"(?:yesterday|today|tonight|tomorrow|last\s+(?:week|night|month|year)|this\s+(?:morning|"
    r"afternoon|evening|week))\b)",
    re.IGNORECASE,
)


# A headline that names an action reports one, dated or not. "Campaign" is
# left out: "Campaigns" is how many an "about" page is titled.
_HEADLINE_ACTION = re.compile(
    r"\b(?:walk-?outs?|walk\s+out|strikes?|striking|protests?|occupation|occupy|occupied|"
    r"petition|letter|vote|votes|voted|ballot|referendum|march|marches|rally|rallies|demo|"
    r"demonstration|sit-in|boycott|picket|vigil)\b",
    re.IGNORECASE,
)


# How an organisation speaks of itself on an "about", "how it works" or contact page.
_ABOUT = re.compile(
    r"\b(?:about\s+us|who\s+we\s+are|what\s+we\s+do|contact\s+us|get\s+in\s+touch|"
    r"get\s+involved|find\s+out\s+more|join\s+us|how\s+(?:it|this)\s+works|"
    r"our\s+(?:mission|aims?|values|members|team|work|campaigns|groups|officers|story|vision)|"
    r"we\s+(?:are|aim|work|represent|believe|campaign|exist|support|offer|provide|run))\b",
    re.IGNORECASE,
)
_ABOUT_CUES_NEEDED = 2

#: Kinds where the document itself is the action (a letter, a petition).
_DOCUMENT_IS_THE_ACT = frozenset({"letter", "petition"})


def describes_action(text: str) -> bool:
    """Whether ``text`` tells of an action that happened or is planned."""
    return _ACTION.search(text) is not None


def reports_no_event(events: Sequence[ExtractedEvent], text: str, headline: str | None) -> bool:
    """True for a page whose only event is an undated fallback (no date
    anywhere, not even a publication date), that is not itself a letter or
    petition, that speaks of itself as an "about" page does (two different
    cues: "we are", "our members", "get involved"…), whose headline names no
    action and whose text tells of none.

    Extraction still returns that fallback (every extraction has a main
    event); the store then keeps the document without events.
    """
    if len(events) != 1:
        return False
    main = events[0]
    if main.precision != "unknown" or main.start is not None:
        return False
    if main.kind in _DOCUMENT_IS_THE_ACT:
        return False
    if len({m.group().lower() for m in _ABOUT.finditer(text)}) < _ABOUT_CUES_NEEDED:
        return False  # not shaped like an "about" page: keep the undated event
    return not (_HEADLINE_ACTION.search(headline or "") or describes_action(text))
