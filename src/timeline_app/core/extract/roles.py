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
from operator import itemgetter

from ..models import ROLES, ExtractedEvent
from .event_copy import with_changes
from .lazy_pattern import LazyPattern
from .prefilter import folded
from .sentences import Span

__all__ = ["ROLES", "assign_roles", "mention_roles", "role_before"]

# Cues that end just before a name ("organised by [the] X", "a protest
# against X"), looked up by the last one or two words before it: a regex
# anchored at the end would be tried at every position of the window.
_BY_VERBS = dict.fromkeys(
    "organised organized called led hosted run convened arranged coordinated co-ordinated staged "
    "initiated launched spearheaded started founded created written drafted".split(), "organiser")
_BY_VERBS.update(dict.fromkeys(
    "backed supported endorsed signed co-signed cosigned joined sponsored seconded".split(),
    "supporter"))
_LAST_WORD = {"alongside": "supporter"}
_LAST_WORD.update(dict.fromkeys(
    "against outside occupy occupied occupying picket picketed picketing target targeted targeting "
    "targets urge urged urging urges petitioned petitioning lobby lobbied lobbying boycott boycotted "
    "boycotting boycotts criticised criticising criticized criticizing condemn condemned condemning "
    "condemns accused accusing confronted confronting pressured pressuring".split(), "target"))
_LAST_TWO = {"collaboration between": "organiser", "collaboration of": "organiser",
             "together with": "supporter", "signatories include": "supporter",
             "signatories including": "supporter"}
_LAST_TWO.update({f"{noun} {of}": "supporter" for noun in ("support", "backing", "help")
                  for of in ("of", "from")})
_LAST_TWO.update(dict.fromkeys(
    [f"{verb} {word}" for verb, words in (
        ("front", "of"), ("offices", "of"), ("office", "of"), ("headquarters", "of"),
        ("demand", "that of from"), ("demanded", "that of from"), ("demanding", "that of from"),
        ("demands", "that of from to"), ("call", "on"), ("called", "on"), ("calling", "on"),
        ("calls", "on"), ("march", "on to"), ("marched", "on to"), ("marching", "on to"),
        ("marches", "on to"), ("protest", "at against outside"), ("protested", "at against outside"),
        ("protesting", "at against outside"), ("protests", "at against outside"),
        ("divest", "from"), ("divested", "from"), ("divesting", "from"), ("letter", "to"),
        ("appeal", "to"), ("message", "to"), ("wrote", "to"), ("addressed", "to"),
        ("pressure", "on")) for word in words.split()],
    "target"))
# Between the cue and the name: an article and a title ("backed by the Dr ...").
_FILLERS = frozenset(
    "the its their a an dr prof professor mr mrs ms miss mx cllr councillor rev sir dame lord lady"
    .split())
# "students at X walked out": X is where, not who; the verb after it is not X's.
_PLACE_WORDS = frozenset("at in on near across throughout".split())


def _last_words(before: str) -> list[str]:
    """The last two of the last six words before a name, lower-case, after
    fillers following the cue are dropped (only those two are read)."""
    # rsplit from the right: only the last six words are split off and kept
    words = before.lower().rsplit(None, 6)[-6:]
    kept = len(words)
    while kept and words[kept - 1].strip(_MARKS).rstrip(".") in _FILLERS:
        kept -= 1
    return [word.strip(_MARKS) for word in words[max(0, kept - 2):kept]]


_MARKS = ".,;:()\"'“”‘’"


def role_before(sentence: str, start: int) -> str | None:
    """The role the words just before a name at ``start`` give it ("organised by", "outside"), or None."""
    return _before_role(_last_words(sentence[max(0, start - _WINDOW):start]))


def _before_role(words: list[str]) -> str | None:
    if not words:
        return None
    last = words[-1]
    if len(words) >= 2:
        if last == "by":
            return _BY_VERBS.get(words[-2])
        role = _LAST_TWO.get(f"{words[-2]} {last}")
        if role is not None:
            return role
    return _LAST_WORD.get(last)


_AUX = r"(?:(?:has|have|had|will|would|is|are|was|were|also|then|now|later|today|yesterday|"\
       r"itself|themselves|jointly|formally|publicly|quickly|soon)\s+)*"
# Words that start just after a name (or the last of a list): "X organised".
_AFTER = (
    ("organiser", re.compile(
        r"^(?:['’]s?\s+(?:members|students|staff|activists|branch(?:es)?\s+)?)?\s*" + _AUX +
        r"(?:organi[sz](?:ed|es|ing|e)|call(?:ed|s|ing)?\s+(?:for\s+(?:a|an|the)\s|a\s|an\s|students|members|"
        r"staff|people|on\s+(?:students|members|staff|people|supporters))|led|staged|"
        # (what was launched says who launched an action: "launched a sweeping decree" organises nothing)
        r"launched\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:campaign|strike|protest|petition|walkout|"
        r"occupation|march|boycott|appeal|drive|movement|action|ballot)s?|"
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
        r"(?:(?:joined|join|joining|backed|back|backing|supported|support|supporting|endorsed|endorse|signed|sign|"
        r"co-?signed)(?!\s+(?:off\s+)?(?:on\s+)?(?:an?\s+|the\s+|into\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:orders?|laws?|bills?|decrees?|deals?|contracts?|agreements?|legislation|reforms?|measures?|"
        r"budgets?)\b)|pledged|stood\s+with|stand\s+with|came\s+out\s+in\s+support|"
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
# What may stand between a name and its verb without changing who acts: its
# short form in brackets ("X (XYZ) called ...") and a named part of it
# ("X's International Students' Campaign is backing ...", "X Women's Officer
# said"), capitalised words only, read on the sentence as written.
_BETWEEN = re.compile(
    r"\s*(?:\([A-Z][A-Za-z&.]{1,11}\)\s*)?"
    r"(?:(?:['’]s\s+)?[A-Z][\w’'-]*\s+(?:(?:[A-Z][\w’'-]*|of|and|for)\s+){0,4})?(?=[a-z])")


def _between_name_and_verb(sentence: str, end: int) -> int:
    """How many characters after a name to skip before its verb (see ``_BETWEEN``)."""
    found = _BETWEEN.match(sentence, end, end + _WINDOW)
    return found.end() - end if found else 0


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+|/\s*)(?:the\s+)?$", re.IGNORECASE)
# The same cues for lower-cased text: re.IGNORECASE makes these patterns
# about six times slower, so a sentence is lower-cased once (``folded``) and
# their joined alternation (``_AFTER_LOWER_ONE``) is matched on it; a sentence
# that folds oddly keeps the originals' (``_AFTER_ONE``). Each cue on its own
# is only ever searched by the tests, which check the joined pattern against
# them: compiled when first used.
_AFTER_LOWER = tuple((role, LazyPattern(pattern.pattern)) for role, pattern in _AFTER)
_LIST_GAP_LOWER = re.compile(_LIST_GAP.pattern)


def _one_alternation(cues: tuple[tuple[str, re.Pattern[str] | LazyPattern], ...]) -> str:
    """The cues as one alternation, each in its own group and in their order:
    the first alternative that matches is the first cue that would (one call
    to the engine instead of one per cue)."""
    return "|".join(f"({pattern.pattern})" for _, pattern in cues)


_AFTER_ROLES = tuple(role for role, _ in _AFTER)
_AFTER_ONE = LazyPattern(_one_alternation(_AFTER), re.IGNORECASE)  # only for a sentence that folds oddly
_AFTER_LOWER_ONE = re.compile(_one_alternation(_AFTER_LOWER))
_WINDOW = 70
_STRENGTH = {role: i for i, role in enumerate(ROLES)}


def mention_roles(sentence: str, mentions: Sequence[tuple[str, int, int]]) -> dict[str, str]:
    """Roles of the names mentioned in ``sentence`` (offsets relative to it).

    Names with no cue are left out (they are "mentioned"). A list of names
    sharing one cue ("backed by X, Y and Z", "X and Y joined") all take it.
    """
    ordered = sorted(mentions, key=itemgetter(1))  # (name, start, end), by start
    lowered = folded(sentence)
    if lowered is None or len(lowered) != len(sentence):
        lowered, list_gap, after_cues = sentence, _LIST_GAP, _AFTER_ONE
    else:
        list_gap, after_cues = _LIST_GAP_LOWER, _AFTER_LOWER_ONE
    groups: list[list[tuple[str, int, int]]] = []
    for mention in ordered:
        if groups and list_gap.match(lowered[groups[-1][-1][2]:mention[1]]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    roles: dict[str, str] = {}
    for group in groups:
        role = _group_role(sentence, group[0][1], group[-1][2], lowered, after_cues)
        if role is None:
            continue
        for name, _, _ in group:
            if name not in roles or _STRENGTH[role] < _STRENGTH[roles[name]]:
                roles[name] = role
    return roles


def _group_role(sentence: str, start: int, end: int, lowered: str,
                after_cues: re.Pattern[str] | LazyPattern) -> str | None:
    """The role a cue gives the names from ``start`` to ``end``; ``lowered``
    is the sentence as ``after_cues`` (``_one_alternation``) want it
    (lower-cased, or as written)."""
    words = _last_words(sentence[max(0, start - _WINDOW):start])
    role = _before_role(words)
    if role is not None:
        return role
    if words and words[-1] in _PLACE_WORDS:
        return None
    end += _between_name_and_verb(sentence, end)
    found = after_cues.match(lowered[end:end + _WINDOW])
    return _AFTER_ROLES[found.lastindex - 1] if found else None


class _Document:
    """The roles found in each sentence that names someone, worked out once."""

    def __init__(self, sentences: Sequence[Span], mentions: Sequence[tuple[str, int, int]]) -> None:
        self._starts = [s.start for s in sentences]
        inside: dict[int, list[tuple[str, int, int]]] = {}
        for name, start, end in mentions:
            i = bisect.bisect_right(self._starts, start) - 1
            if i >= 0 and start < sentences[i].end:
                base = sentences[i].start
                inside.setdefault(i, []).append(
                    (name, start - base, min(end, sentences[i].end) - base))
        #: sentence index -> {name: role} (sentences without a cue are absent)
        self.by_sentence: dict[int, dict[str, str]] = {}
        for i in sorted(inside):
            found = mention_roles(sentences[i].text, inside[i])
            if found:
                self.by_sentence[i] = found

    def index_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1


def _event_roles(event: ExtractedEvent, document: _Document, headline: Span | None) -> dict[str, str]:
    by_sentence = document.by_sentence
    if not by_sentence:
        return {}
    index = document.index_of(event.evidence_start)
    order = [index, index - 1, index + 1]
    if event.main:
        if headline is not None:
            order.insert(0, document.index_of(headline.start))
        order.extend(by_sentence)  # the whole document is about its main event
    # each name's role from the first sentence in ``order`` that gives it one: the sentences' cues merged once
    # (not searched again for every name: a main event of thousands of names over thousands of sentences)
    first_cue: dict[str, str] = {}
    for i in order:
        for name, role in by_sentence.get(i, {}).items():
            first_cue.setdefault(name, role)
    return {name: first_cue[name] for name in (*event.organisations, *event.people) if name in first_cue}


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
    changed = []
    for event in events:
        roles = _event_roles(event, document, headline)
        # an event with no roles before or after stays as it is (nothing to copy)
        changed.append(with_changes(event, roles=roles) if roles or event.roles else event)
    return tuple(changed)
