"""Kind cues that tell why, or amid what, an act was done, not the act.

"Depot staff downed tools in protest over the sackings": the act is downing
tools and "in protest" its reason. "Union leaders announced a class boycott
... after three months of protests": the protests are the setting the news
comes in. Such a protest cue weighs little when an act of another kind is
named before it in the same clause (the reason) or sentence (the setting);
alone, "gathered in protest at the closure", it is the act.

"Most students are still refusing to go to class" withholds attendance as a
strike withholds work, but only when a group refuses: not a child kept home
by anxiety ("refusing to go to school because of ..."), commuters who will
not go to work by train, or members who vote to refuse (the vote is news).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["BACKDROP_WEIGHT", "backdrop_weight", "group_refuses"]

#: What a protest cue weighs when it gives the reason or the setting of another act.
BACKDROP_WEIGHT = 0.5
# The acts a protest can be the reason or setting of.
_ACTS = frozenset({"strike", "walkout", "occupation"})
# "in protest" and "as a protest" follow their act in one clause ("walked out in protest at"): no comma between.
_REASON_REACH = 120
# "after three months of protests" sits in the act's sentence, perhaps past commas.
_SETTING_REACH = 200
_LONG_SPELL_BEFORE = re.compile(r"(?:months|years)[ \t]+of[ \t]+$")


def backdrop_weight(lowered: str, found: Sequence[tuple[int, str, float]], at: int) -> float | None:
    """``BACKDROP_WEIGHT`` for the protest cue at ``at`` (in the lower-cased
    text) when it gives the reason or the setting of an act whose cue is among
    ``found`` (the cues before it, in order), else None."""
    if lowered.endswith(("in ", "as a "), max(0, at - 5), at) and lowered.startswith("protest ", at):
        reach, breaks = _REASON_REACH, ".;\n,"
    elif _LONG_SPELL_BEFORE.search(lowered, max(0, at - 24), at):
        reach, breaks = _SETTING_REACH, ".;\n"
    else:
        return None
    since = _clause_start(lowered, at, reach, breaks)
    for start, kind, _ in reversed(found):
        if start < since:
            return None
        if kind in _ACTS:
            return BACKDROP_WEIGHT
    return None


def _clause_start(lowered: str, at: int, reach: int, breaks: str) -> int:
    """Where the stretch before ``at`` that holds none of ``breaks`` begins, at most ``reach`` back."""
    start = max(0, at - reach)
    for mark in breaks:
        start = max(start, lowered.rfind(mark, start, at) + 1)
    return start


# Who refuses as a group ("Most students at the polytechnic are still refusing ...").
_GROUP = re.compile(r"\b(?:students|pupils|learners|workers|staff|employees|teachers|lecturers|academics|nurses|"
                    r"doctors|miners|drivers|members|porters|cleaners|crews|they)\b")
_GROUP_REACH = 80
_VOTED = re.compile(r"\bvot(?:e|es|ed|ing)\b")
# What the refusal is about when it is no withdrawal: how one travels, or a reason of one's own.
_NOT_WITHHELD_AFTER = re.compile(r"[ \t]+(?:by|on[ \t]+foot|because|due|until[ \t]+(?:he|she)\b)")


def group_refuses(lowered: str, at: int, end: int) -> bool:
    """Whether the refusal to go to class or work at ``lowered[at:end]`` is a
    group's withdrawal: a group named before it in its sentence, no vote in
    between, and no "by train" or "because of anxiety" after it."""
    before = lowered[_clause_start(lowered, at, _GROUP_REACH, ".;\n"):at]
    groups = list(_GROUP.finditer(before))
    return bool(groups) and _VOTED.search(before, groups[-1].end()) is None and \
        _NOT_WITHHELD_AFTER.match(lowered, end) is None
