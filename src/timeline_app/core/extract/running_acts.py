"""The day a long-running act began, over the day the page says it ended.

"The tutors ended their sit-in on Friday": a page reporting the end of an
act that ran for days or weeks reports the act itself, and a reader dates it
by the day it began, which the page gives as the day the act has run since
("have occupied the hall since 3 May") or began on ("the sit-in, which began
on 3 May"). A day the act went on ("rallied on Monday") may be the news
itself, and a further act planned is a new one: both keep their own date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Protocol, TypeVar

from .date_resolution import ResolvedDate, is_future_tense
from .sentences import Span

__all__ = ["began_before"]


class _Candidate(Protocol):
    resolved: ResolvedDate
    sentence: Span
    index: int


C = TypeVar("C", bound=_Candidate)

# "have been on strike at the depot since", "has occupied the hall since", "who have been waging a strike ... since":
# a perfect tense, a few words, then "since" right before the date.
_RAN_SINCE = re.compile(r"\b(?:ha(?:s|ve)|[’']ve)[ \t]+(?:been[ \t]+)?(?P<run>(?:[^\s,;.]+[ \t]+){0,8}?)since[ \t]+$",
                        re.IGNORECASE)
# The act itself in that clause: "without a contract since", "negotiating since" tell of no act that runs.
_ACT_WORDS = re.compile(r"\b(?:strik|struck|occup|sit-?in|sitting|walk-?out|walked|picket|boycott|blockad|encamp|"
                        r"camped|locked[ \t]+out|lockout|protest|fast)", re.IGNORECASE)
# The act's end told: "ended their sit-in", "is ending its occupation", "the strike was called off".
_ENDED = re.compile(r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|call(?:s|ed)?[ \t]+off|"
                    r"(?:back|return(?:s|ed)?)[ \t]+to[ \t]+work)\b", re.IGNORECASE)
# "(the protest,) which commenced on", "the sit-in began on": the day an act began.
_BEGAN_ON = re.compile(r"\b(?:began|begun|commenced|started|kicked[ \t]+off)[ \t]+(?:on[ \t]+)?$", re.IGNORECASE)
# How far before the date its "since" clause is read.
_REACH = 90


def began_before(main: C | None, candidates: Sequence[C], allowed: Callable[[C], bool], doc_kind: str,
                 sentence_cues: Sequence[Mapping[str, float]], reference: date | None) -> C | None:
    """When ``main``'s sentence tells an act's end, the earliest candidate before it whose sentence names
    the page's act (``doc_kind``) as running since its date ("have been on strike since 3 May"), or names an
    act that began on it, if ``allowed`` lets it date the main event; else ``main``. The start's own score is
    not asked: told in passing, it scores low beside the day the news is of. A ``main`` still to come (after
    the page's date ``reference``, or told in the future on an undated page) is a further act planned, not
    the running one's end: it stays."""
    if main is None or main.resolved.precision not in ("day", "approximate"):
        return main
    if main.resolved.iso > reference.isoformat() if reference else is_future_tense(main.sentence.text):
        return main
    if _ENDED.search(main.sentence.text) is None:
        return main  # a day the act went on ("rallied on Monday") may be the news: only its end gives way
    found = main
    for candidate in candidates:
        resolved = candidate.resolved
        if resolved.precision not in ("day", "month") or resolved.iso >= found.resolved.iso[:len(resolved.iso)]:
            continue
        cues = sentence_cues[candidate.index]
        if not (doc_kind in cues and _runs_since(candidate) or cues and _began_on(candidate)):
            continue
        if allowed(candidate):
            found = candidate
    return found


def _runs_since(candidate: _Candidate) -> bool:
    """Whether the candidate's date closes a "has been ... since" clause."""
    at = candidate.resolved.mention.start - candidate.sentence.start
    before = candidate.sentence.text[max(0, at - _REACH):at]
    if "since" not in before:
        return False
    ran = _RAN_SINCE.search(before)
    return ran is not None and _ACT_WORDS.search(ran["run"]) is not None


def _began_on(candidate: _Candidate) -> bool:
    """Whether the candidate's date closes "began on" ("the sit-in, which began on 3 May")."""
    at = candidate.resolved.mention.start - candidate.sentence.start
    return _BEGAN_ON.search(candidate.sentence.text[max(0, at - 30):at]) is not None
