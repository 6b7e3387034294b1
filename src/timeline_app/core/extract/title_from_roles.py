"""A short title built from an event's organiser and kind, when its sentence gives no whole one.

The title rules make a title from the event's sentence. Some sentences hold
their verb only after seventy characters of subject ("The week-long walkout
staged by the Harbourton branch of the Lakeland Tutors Guild over ..."): no
clause of theirs ends in time, and the title is cut with "…". A reader
naming such an entry on a timeline writes who acted and what they did:
"Lakeland Tutors Guild walkout". Roles and kinds are known only once the
events are assembled, so this step runs after ``roles.assign_roles``.

It is careful about who counts as the organiser: a body the sentence itself
cues as running the act ("staged by X", "X walked out"), not one the rest of
the page does (a document's other sentences often name the target or a
supporter with a cue of their own). People are never taken (a leader is not
the act's maker), nor an event of kind ``other`` or ``context``. The
sentence stays the event's evidence, so the detail pane still shows it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..models import ExtractedEvent, ExtractedOrganisation
from .event_copy import with_changes
from .kinds import cue_matches
from .organisation_names import OrganisationResult, initials_match
from .roles import assign_roles, mention_roles, role_before
from .sentences import Span
from .title_phrases import EVENT_TITLE_CHARS

__all__ = ["built_title", "with_built_titles", "with_roles_and_titles"]

# The kinds a reader names after the organiser's name ("X strike").
_AFTER_NAME = frozenset({"strike", "walkout", "protest", "occupation", "campaign", "vote"})
# The kinds a reader names before the organiser ("Petition by X").
_BEFORE_NAME = {"petition": "Petition by ", "letter": "Letter from "}

# The kinds a cue names that an event's kind stands for.
_AS_KIND = {"picket": "strike", "motorcade": "protest"}
_REACH = 40  # how far from the name its act's cue may stand
# "<cue> [one or two words] <verb> by [the] X": the verb whose "by" names X hangs on the act's cue
# ("the walkout called by X"; not "teachers at the schools founded by X walked out").
_BY_TAIL = re.compile(r"((?:[\w'’-]+[ \t,]+){1,3})([\w-]+)[ \t]+by[ \t]+(?:(?:the|its|their)[ \t]+)?\Z",
                      re.IGNORECASE)
# Verbs whose "by" names who runs the people the act's cue then follows ("tenants, led by X, rallied").
_LEADS = frozenset("led organised organized co-ordinated coordinated mobilised mobilized".split())
# The words after a name (or a list of names) that make it run the act: the act itself ("X struck"), or an
# organising verb whose object is the act's cue ("X staged a walkout", "X announced a protest"); not "X announced
# the strike was unlawful" or "X held that ...".
_AFTER_AUX = r"[ \t]*(?:\([A-Za-z&.]{2,12}\)[ \t]*)?(?:(?:has|have|had|will|would|is|are|was|were|also|then|now|" \
    r"later|today|yesterday|itself|themselves|jointly|formally|publicly)[ \t]+)*"
_ACTS_AFTER = re.compile(
    _AFTER_AUX + r"(?:struck|strik(?:e|es|ing)|walk(?:ed|ing|s)?[ \t]+out|(?:went|go|goes|going|gone)[ \t]+on[ \t]+"
    r"strike|march(?:ed|es|ing)?|rall(?:y|ied|ies|ying)|protest(?:ed|s|ing)?|demonstrat(?:ed|es|ing)|"
    r"occup(?:y|ied|ies|ying)|voted[ \t]+(?:to|for))\b", re.IGNORECASE)
_RUNS_AFTER = re.compile(
    _AFTER_AUX + r"(?:organi[sz](?:ed|es|ing|e)|call(?:ed|s|ing)?|stag(?:ed|es|ing|e)|launch(?:ed|es|ing)?|led|leads?|"
    r"held|holds?|host(?:ed|s)?|began|started|convened|co-?ordinated|spearheaded|initiated|wrote|published|issued|"
    r"circulated|sent|drafted|penned|announced(?=[ \t]+an?[ \t]))[ \t]+(?:(?:an?|the|its|their|own|open)[ \t]+)*"
    r"(?P<what>)(?:(?!(?:that|which|whether|if)\b)[\w-]+[ \t]+){0,2}", re.IGNORECASE)
_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|&[ \t]+)?|and[ \t]+|&[ \t]+)(?:the[ \t]+)?\Z", re.IGNORECASE)
# A sentence saying the act stopped or never came ("... was suspended on 12 March"): "X strike" on that day
# would read as a strike held then.
_UNDONE = re.compile(r"\b(?:called[ \t]+off|suspended|ended|cancell?ed|postponed|averted)\b", re.IGNORECASE)
# The form a reader knows a body by, when the sentence writes it so: mostly capitals ("HTU", "UoW").
_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{0,3}[A-Z][A-Za-z&]{0,5}", re.ASCII)
_DEFINED = re.compile(r"[ \t]*\((" + _ACRONYM.pattern + r")\)", re.ASCII)
# What may stand right before a clause's subject: its opening, a stop, a comma or a conjunction,
# then an article ("Yesterday, the X staged ...", "and the X walked out").
_SUBJECT_OPENS = re.compile(
    r"(?:^|[,;:(“\"—–]|\b(?:and|but|while|as|when|after|then|where)\b)[ \t]*(?:the[ \t]+)?\Z", re.IGNORECASE)


def built_title(kind: str, organisers: Sequence[str], evidence: str = "") -> str | None:
    """The title "X strike" (or "Petition by X") for ``organisers`` acting as ``kind``, or None when
    the kind is no act of the movement, no organiser is known or the title would be too long."""
    if not organisers or len(organisers) > 2:
        return None
    who = " and ".join(organisers)
    if kind in _AFTER_NAME:
        title = f"{who} {kind}"
    elif kind in _BEFORE_NAME:
        opening = _BEFORE_NAME[kind]
        if kind == "letter" and "open letter" in evidence.lower():
            opening = "Open letter from "
        title = opening + who
    else:
        return None
    return title if len(title) <= EVENT_TITLE_CHARS else None


def with_roles_and_titles(events: Sequence[ExtractedEvent], text: str, sentences: Sequence[Span],
                          organisations: OrganisationResult, participants: Sequence[tuple[str, int, int]],
                          headline: Span | None) -> tuple[ExtractedEvent, ...]:
    """``events`` with their names' roles (``roles.assign_roles``), then each whose title was cut named
    by its organiser (``with_built_titles``)."""
    events = assign_roles(events, sentences, organisations.mentions, participants, headline)
    return with_built_titles(events, text, sentences, organisations.mentions, organisations.organisations)


def with_built_titles(
    events: Sequence[ExtractedEvent],
    text: str,
    sentences: Sequence[Span],
    mentions: Sequence[tuple[str, int, int]],
    organisations: Sequence[ExtractedOrganisation],
) -> tuple[ExtractedEvent, ...]:
    """``events``, each whose title was cut given a built one where the sentence its title was cut
    from, or its evidence, names its organiser."""
    if not any(e.title.endswith("…") for e in events):
        return tuple(events)
    ordered = sorted(mentions, key=lambda m: m[1])
    found = _Organisers(text, sentences, ordered, {o.name: o.acronym for o in organisations if o.acronym})
    changed = []
    for event in events:
        title = None
        if event.title.endswith("…") and (event.kind in _AFTER_NAME or event.kind in _BEFORE_NAME):
            evidence = Span(event.evidence_start, event.evidence_end, event.evidence)
            spans = [found.title_sentence(event.title[:-1], evidence), evidence]
            for span in filter(None, spans):
                title = title or built_title(event.kind, found.in_sentence(span, event.kind), span.text)
        changed.append(with_changes(event, title=title) if title else event)
    return tuple(changed)


class _Organisers:
    """The bodies a sentence cues as running an act, and where a cut title's sentence stands."""

    def __init__(self, text: str, sentences: Sequence[Span], ordered: Sequence[tuple[str, int, int]],
                 acronyms: dict[str, str]) -> None:
        self._text, self._sentences, self._ordered, self._acronyms = text, sentences, ordered, acronyms
        self._sentence_starts = [s.start for s in sentences]
        self._starts = [m[1] for m in ordered]

    def title_sentence(self, words: str, evidence: Span) -> Span | None:
        """The sentence a cut title's ``words`` open on, when the text writes them as one stretch: inside the
        event's ``evidence`` if they stand there, else where they stand nearest it."""
        if not words or not self._sentences:
            return None
        at = self._text.find(words, evidence.start, evidence.end)
        if at < 0:
            before = self._text.rfind(words, 0, evidence.start + len(words) - 1)
            after = self._text.find(words, evidence.start)
            at = before if after < 0 or 0 <= before and evidence.start - before <= after - evidence.start else after
        if at < 0:
            return None
        span = self._sentences[max(0, bisect.bisect_right(self._sentence_starts, at) - 1)]
        return span if span.start <= at < span.end else None

    def in_sentence(self, span: Span, kind: str) -> list[str]:
        """The short names of the bodies ``span`` cues as running its act of ``kind``, in its order."""
        sentence = span.text
        if _UNDONE.search(sentence):
            return []  # "the strike launched by X was suspended on ...": no strike that day
        low, high = bisect.bisect_left(self._starts, span.start), bisect.bisect_left(self._starts, span.end)
        inside = [(name, start - span.start, end - span.start)
                  for name, start, end in self._ordered[low:high] if end <= span.end]
        roles = mention_roles(sentence, inside)
        cues = cue_matches(sentence) if "organiser" in roles.values() else []
        found: list[str] = []
        for (name, start, end), listed in zip(inside, _lists(sentence, inside)):
            if roles.get(name) != "organiser" or not _runs_this_act(sentence, *listed, kind, cues):
                continue
            written = sentence[start:end]
            defined = _DEFINED.match(sentence, end, end + 16)  # "the Lakeland Tutors Guild (LTG)"
            if defined and not _spells(defined[1], written):
                defined = None  # "the Lakeland Federation of ... Unions (UK)": not the body's short form
            short = written if _ACRONYM.fullmatch(written) else defined[1] if defined else \
                self._acronyms.get(name, name)
            if short not in found:
                found.append(short)
        return found


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is spelled by the initials of ``name``'s words, or of its first few."""
    words = name.replace("-", " ").split()
    return any(initials_match(acronym, words[:count]) for count in range(len(words), 0, -1))


def _lists(sentence: str, inside: Sequence[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Where the list of names each of ``inside`` stands in opens and ends ("X, Y and Z walked out",
    "called by X and Y"): a cue before the list or after it is each member's."""
    spans: list[tuple[int, int]] = []
    for i, (_, start, end) in enumerate(inside):
        if i and _LIST_GAP.match(sentence, inside[i - 1][2], start):
            spans.append((spans[-1][0], end))
        else:
            spans.append((start, end))
    for i in range(len(spans) - 2, -1, -1):
        if spans[i + 1][0] == spans[i][0]:
            spans[i] = spans[i + 1]
    return spans


def _runs_this_act(sentence: str, start: int, end: int, kind: str, cues: list[tuple[int, str, float]]) -> bool:
    """Whether the act the cue around the name at ``start`` ties it to is of ``kind``: the nearest kind
    cue is one ("a rally organised by X" names no strike's organiser), a "by" naming it hangs on that cue,
    and a name read as acting by the words after it is the clause's subject ("outside the ministry
    protesting" is not the ministry's) and does the act or runs it."""
    near = [(min(abs(at - start), abs(at - end)), cue_kind, at) for at, cue_kind, _ in cues
            if start - _REACH <= at <= end + _REACH]
    if not near or _AS_KIND.get(min(near)[1], min(near)[1]) != kind:
        return False
    if role_before(sentence, start) == "organiser":
        by = _BY_TAIL.search(sentence, max(0, start - 2 * _REACH), start)
        return by is None or any(by.start(1) <= at < by.end(1) for at, _, _ in cues) or \
            by[2].lower() in _LEADS and min(near)[2] > end
    if _SUBJECT_OPENS.search(sentence, max(0, start - _REACH), start) is None:
        return False
    if _ACTS_AFTER.match(sentence, end):
        return True
    runs = _RUNS_AFTER.match(sentence, end)
    return runs is not None and any(runs.start("what") <= at <= runs.end() for at, _, _ in cues)
