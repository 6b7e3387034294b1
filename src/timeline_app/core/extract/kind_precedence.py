"""A named action over the umbrella word a report keeps repeating.

Reports call an occupation "the protest" again and again, a walkout "the
demonstration", a students' union's open letter part of "the campaign".
Counted word by word, the umbrella word (``protest``, ``campaign``) then
outvotes the action a reader would name. When the headline or the lede
names a more specific action and that action's vote is not far behind, the
action wins: a sit-in is an occupation however often it is called a
protest. A news report on a resignation is no vote, even when a
no-confidence motion or a ballot led to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["prefer_named_action", "announces_resignation"]

# Umbrella kind -> the more specific kinds a reader would name instead.
_NARROWER: dict[str, tuple[str, ...]] = {
    "protest": ("occupation", "strike", "walkout", "letter", "petition"),
    "campaign": ("occupation", "strike", "walkout", "letter", "petition", "vote", "protest"),
    # a lockout (the only cue of other), named again and again on a page about staff who strike or rally against it
    "other": ("strike", "walkout", "protest", "occupation"),
}
#: How close behind the umbrella kind's vote a named action must be (a share of it).
_SHARE_NEEDED = 0.4

def prefer_named_action(kind: str, totals: Mapping[str, float], opening: Iterable[Mapping[str, float]]) -> str:
    """``kind`` from the vote, or the specific action the headline or lede
    names (``opening``: their cue weights) when ``kind`` is an umbrella word,
    that action outweighs the umbrella word where it is named, and it scored
    at least 40 % as much overall; the strongest such action wins."""
    narrower = _NARROWER.get(kind)
    if not narrower:
        return kind
    named = {k for piece in opening for k in piece if k in narrower and piece[k] > piece.get(kind, 0.0)}
    needed = totals.get(kind, 0.0) * _SHARE_NEEDED
    choices = [k for k in narrower if k in named and totals.get(k, 0.0) >= needed]
    if not choices:
        return kind
    return max(choices, key=lambda k: (totals[k], -narrower.index(k)))


# Someone leaving office, said as done or decided ("has resigned", "is to stand
# down"): "calling for his resignation" or "urged to resign" announce nothing.
_RESIGNED = re.compile(r"\b(?:resigns|resigned|(?:is|are|was|were|has|have|had)[ \t]+(?:to[ \t]+|decided[ \t]+to[ \t]+)?"
                       r"(?:resign|step[ \t]+down|stand[ \t]+down)|stands[ \t]+down|stood[ \t]+down|"
                       r"steps[ \t]+down|stepped[ \t]+down|quits)\b", re.IGNORECASE)
#: The kinds that lead to a resignation without being the news of it.
_LEADS_TO_RESIGNATION = frozenset({"vote", "petition"})


def announces_resignation(kind: str, opening: Iterable[str]) -> bool:
    """Whether a report of ``kind`` is the news of a resignation: its
    opening (the headline and the first sentence) says someone resigned or
    will stand down, and ``kind`` is what led there (a no-confidence vote,
    a petition calling for it)."""
    return kind in _LEADS_TO_RESIGNATION and any(_RESIGNED.search(text) for text in opening)

