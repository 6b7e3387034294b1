"""Who did what: the role each named organisation or person plays in an event.

A link between an event and a name says only that the text names both. A
reader sees more: "organised by X" (X ran it), "backed by Y", "Z joined"
(they support it), "a protest outside W", "demands of W" (it is aimed at
W). This module reads those cues around every mention, in the words just
before the name and just after it (where a list "X, Y and Z joined" shares
one verb), and gives each event's names a role from its own sentence, then
its neighbours, and for the main event the headline, lede and the rest of
the document. A name with no cue stays "mentioned". Cues only: no rule
names a particular organisation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from ..models import ROLES, ExtractedEvent
from .sentences import Span

__all__ = ["ROLES", "assign_roles", "mention_roles"]

_THE = (r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
        r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Rev|Sir|Dame|Lord|Lady)\.?\s+)?")
# Words that end just before a name: "organised by [the] X".
_BEFORE = (
    ("organiser", re.compile(
        r"(?:\b(?:organi[sz]ed|called|led|hosted|run|convened|arranged|co-?ordinated|staged|"
        r"initiated|launched|spearheaded|started|founded|created|written|drafted)\s+by\s+|"
        r"\bcollaboration\s+(?:between|of)\s+)" + _THE + r"$", re.IGNORECASE)),
    ("supporter", re.compile(
        r"(?:\b(?:backed|supported|endorsed|signed|co-?signed|joined|sponsored|"
        r"seconded)\s+by\s+|\bwith\s+(?:the\s+)?(?:support|backing|help)\s+(?:of|from)\s+|"
        r"\balongside\s+|\btogether\s+with\s+|\bsignatories\s+(?:include|including)\s+)"
        + _THE + r"$", re.IGNORECASE)),
    ("target", re.compile(
        r"\b(?:against|outside|in\s+front\s+of|the\s+offices?\s+of|the\s+headquarters\s+of|"
        r"occup(?:y|ied|ying)|picket(?:ed|ing)?|target(?:ed|ing|s)?|"
        r"demand(?:ed|ing|s)?\s+(?:that|of|from)|call(?:ed|ing|s)?\s+on|urg(?:ed|ing|es)|"
        r"petition(?:ed|ing|s)?|lobb(?:y|ied|ying)|march(?:ed|ing|es)?\s+(?:on|to)|"
        r"protest(?:ed|ing|s)?\s+(?:at|against|outside)|boycott(?:ed|ing|s)?|divest(?:ed|ing)?\s+from|"
        r"(?:letter|appeal|demands?|message)\s+to|wrote\s+to|addressed\s+to|criticis(?:ed|ing)|"
        r"criticiz(?:ed|ing)|condemn(?:ed|ing|s)?|accus(?:ed|ing)|confront(?:ed|ing)|"
        r"pressure\s+on|pressur(?:ed|ing))\s+" + _THE + r"$", re.IGNORECASE)),
)
_AUX = r"(?:(?:has|have|had|will|would|is|are|was|were|also|then|now|later|today|yesterday|"\
       r"itself|themselves|jointly|formally|publicly|quickly|soon)\s+)*"
# Words that start just after a name (or the last of a list): "X organised".
_AFTER = (
    ("organiser", re.compile(
        r"^(?:['’]s?\s+(?:members|students|staff|activists|branch(?:es)?\s+)?)?\s*" + _AUX +
        r"(?:organi[sz](?:ed|es|ing|e)|call(?:ed|s|ing)?\s+(?:for|a|an|the|students|members|"
        r"staff|people|on\s+(?:students|members|staff|people|supporters))|led|staged|launched|"
        r"sponsored|co-?ordinated|convened|spearheaded|initiated|"
        r"held|hosts?|hosted|holding|hold|announced\s+(?:a|an|the|plans)|walk(?:ed|ing|s)?\s+out|"
        r"went\s+on\s+strike|go\s+on\s+strike|strik(?:e|es|ing)|struck|voted\s+(?:to|for)|"
        r"occup(?:y|ied|ies|ying)|march(?:ed|es|ing)?|rall(?:y|ied|ies|ying)|gathered|"
        r"protest(?:ed|s|ing)?|demonstrat(?:ed|es|ing)|began|started|set\s+up|"
        r"(?:wrote|published|issued|circulated|sent|drafted|penned|launched)\s+"
        r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:own\s+)?(?:open\s+)?(?:letter|petition|statement))\b",
        re.IGNORECASE)),
    ("organiser", re.compile(
        r"^['’]s?\s+(?:own\s+)?(?:walkout|walk-out|protest|strike|campaign|march|rally|"
        r"occupation|sit-in|petition|open\s+letter|letter|day\s+of\s+action|demonstration|"
        r"ballot|boycott|vigil|picket)\b", re.IGNORECASE)),
    ("supporter", re.compile(
        r"^\s*" + _AUX +
        r"(?:joined|join|joining|backed|back|backing|supported|support|supporting|endorsed|"
        r"endorse|signed|sign|co-?signed|pledged|stood\s+with|stand\s+with|came\s+out\s+in\s+support|"
        r"threw\s+(?:its|their)\s+(?:weight|support)|expressed\s+(?:its\s+|their\s+)?support|"
        r"voiced\s+(?:its\s+|their\s+)?support|sent\s+solidarity|in\s+solidarity)\b",
        re.IGNORECASE)),
    ("target", re.compile(
        r"^(?:['’]s?\s+(?:plans?|decision|decisions|proposals?|policy|policies|cuts|offices?|"
        r"headquarters|buildings?|management|refusal|treatment|handling|response|investments?|"
        r"ties|links|fees|fee\s+increase|rent|rents|pay\s+offer|offer|failure|silence|"
        r"complicity|stance|ban)\b|\s*" + _AUX +
        r"(?:refused|refuses|rejected|rejects|imposed|proposed|threatened|sacked|dismissed|"
        r"suspended|expelled|banned|plans\s+to\s+(?:cut|close|raise)|announced\s+(?:cuts|job\s+cuts|"
        r"redundancies|closures?)|cut|raised|closed)\b)", re.IGNORECASE)),
)
# "students at X walked out": X is where, not who; the verb is not X's.
_PLACE_BEFORE = re.compile(r"\b(?:at|in|on|near|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+|/\s*)(?:the\s+)?$", re.IGNORECASE)
_WINDOW = 70
_STRENGTH = {role: i for i, role in enumerate(ROLES)}


class _Mention(NamedTuple):
    name: str
    start: int
    end: int


def mention_roles(sentence: str, mentions: Sequence[tuple[str, int, int]]) -> dict[str, str]:
    """Roles of the names mentioned in ``sentence`` (offsets relative to it).

    Names with no cue are left out (they are "mentioned"). A list of names
    sharing one cue ("backed by X, Y and Z", "X and Y joined") all take it.
    """
    ordered = sorted((_Mention(*m) for m in mentions), key=lambda m: m.start)
    groups: list[list[_Mention]] = []
    for mention in ordered:
        if groups and _LIST_GAP.match(sentence[groups[-1][-1].end:mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    roles: dict[str, str] = {}
    for group in groups:
        role = _group_role(sentence, group[0].start, group[-1].end)
        if role is None:
            continue
        for mention in group:
            if mention.name not in roles or _STRENGTH[role] < _STRENGTH[roles[mention.name]]:
                roles[mention.name] = role
    return roles


def _group_role(sentence: str, start: int, end: int) -> str | None:
    before = sentence[max(0, start - _WINDOW):start]
    for role, pattern in _BEFORE:
        if pattern.search(before):
            return role
    if _PLACE_BEFORE.search(before):
        return None
    after = sentence[end:end + _WINDOW]
    for role, pattern in _AFTER:
        if pattern.match(after):
            return role
    return None


class _Document:
    """The roles found in each sentence of one document, worked out once."""

    def __init__(self, sentences: Sequence[Span], mentions: Sequence[tuple[str, int, int]]) -> None:
        self.sentences = list(sentences)
        self._starts = [s.start for s in self.sentences]
        self.by_sentence: list[dict[str, str]] = []
        ordered = sorted(mentions, key=lambda m: m[1])
        at = 0
        for sentence in self.sentences:
            while at < len(ordered) and ordered[at][1] < sentence.start:
                at += 1
            inside = []
            probe = at
            while probe < len(ordered) and ordered[probe][1] < sentence.end:
                name, start, end = ordered[probe][:3]
                inside.append((name, start - sentence.start, min(end, sentence.end) - sentence.start))
                probe += 1
            self.by_sentence.append(mention_roles(sentence.text, inside) if inside else {})

    def index_of(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i >= 0 else None


def _first_role(name: str, found: Sequence[dict[str, str]]) -> str | None:
    for roles in found:
        if name in roles:
            return roles[name]
    return None


def _event_roles(event: ExtractedEvent, document: _Document, headline: Span | None) -> dict[str, str]:
    index = document.index_of(event.evidence_start)
    by_sentence = document.by_sentence
    order: list[dict[str, str]] = []
    if event.main and headline is not None:
        head = document.index_of(headline.start)
        if head is not None:
            order.append(by_sentence[head])
    if index is not None:
        order.append(by_sentence[index])
        order.extend(by_sentence[i] for i in (index - 1, index + 1) if 0 <= i < len(by_sentence))
    if event.main:
        order.extend(by_sentence)  # the whole document is about its main event
    roles: dict[str, str] = {}
    for name in (*event.organisations, *event.people):
        role = _first_role(name, order)
        if role is not None and role != "mentioned":
            roles[name] = role
    return roles


def assign_roles(
    events: Sequence[ExtractedEvent],
    sentences: Sequence[Span],
    organisation_mentions: Sequence[tuple[str, int, int]],
    person_mentions: Sequence[tuple[str, int, int]],
    headline: Span | None = None,
) -> tuple[ExtractedEvent, ...]:
    """``events`` with ``roles`` filled from the cues around their names."""
    if not events or not (organisation_mentions or person_mentions):
        return tuple(events)
    document = _Document(sentences, [*organisation_mentions, *person_mentions])
    return tuple(replace(event, roles=_event_roles(event, document, headline)) for event in events)
