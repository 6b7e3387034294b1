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
from .roles import mention_roles, role_before
from .sentences import Span
from .title_phrases import EVENT_TITLE_CHARS

__all__ = ["built_title", "with_built_titles"]

# The kind in the words a reader uses after the organiser's name ("X strike").
_AFTER_NAME = {"strike": "strike", "walkout": "walkout", "protest": "protest", "occupation": "occupation",
               "campaign": "campaign", "vote": "vote"}
# The kinds a reader names before the organiser ("Petition by X").
_BEFORE_NAME = {"petition": "Petition by ", "letter": "Letter from "}

# The kinds a cue names that an event's kind stands for.
_AS_KIND = {"picket": "strike", "motorcade": "protest"}
_REACH = 40  # how far from the name its act's cue may stand
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
        title = f"{who} {_AFTER_NAME[kind]}"
    elif kind in _BEFORE_NAME:
        opening = _BEFORE_NAME[kind]
        if kind == "letter" and "open letter" in evidence.lower():
            opening = "Open letter from "
        title = opening + who
    else:
        return None
    return title if len(title) <= EVENT_TITLE_CHARS else None


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
            spans = [found.title_sentence(event.title[:-1]), Span(event.evidence_start, event.evidence_end,
                                                                  event.evidence)]
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

    def title_sentence(self, words: str) -> Span | None:
        """The sentence a cut title's ``words`` open on, when the text writes them as one stretch."""
        at = self._text.find(words) if words else -1
        if at < 0 or not self._sentences:
            return None
        span = self._sentences[max(0, bisect.bisect_right(self._sentence_starts, at) - 1)]
        return span if span.start <= at < span.end else None

    def in_sentence(self, span: Span, kind: str) -> list[str]:
        """The short names of the bodies ``span`` cues as running its act of ``kind``, in its order."""
        sentence = span.text
        low, high = bisect.bisect_left(self._starts, span.start), bisect.bisect_left(self._starts, span.end)
        inside = [(name, start - span.start, end - span.start)
                  for name, start, end in self._ordered[low:high] if end <= span.end]
        roles = mention_roles(sentence, inside)
        cues = cue_matches(sentence) if "organiser" in roles.values() else []
        found: list[str] = []
        for name, start, end in inside:
            if roles.get(name) != "organiser" or not _runs_this_act(sentence, start, end, kind, cues):
                continue
            written = sentence[start:end]
            defined = _DEFINED.match(sentence, end, end + 16)  # "the Lakeland Tutors Guild (LTG)"
            short = written if _ACRONYM.fullmatch(written) else defined[1] if defined else \
                self._acronyms.get(name, name)
            if short not in found:
                found.append(short)
        return found


def _runs_this_act(sentence: str, start: int, end: int, kind: str, cues: list[tuple[int, str, float]]) -> bool:
    """Whether the act the cue around the name at ``start`` ties it to is of ``kind``: the nearest kind
    cue is one ("a rally organised by X" names no strike's organiser), and a name read as acting by
    the words after it is the clause's subject ("outside the ministry protesting" is not the ministry's)."""
    near = [(min(abs(at - start), abs(at - end)), cue_kind) for at, cue_kind, _ in cues
            if start - _REACH <= at <= end + _REACH]
    if not near or _AS_KIND.get(min(near)[1], min(near)[1]) != kind:
        return False
    if role_before(sentence, start) == "organiser":
        return True
    return _SUBJECT_OPENS.search(sentence, max(0, start - _REACH), start) is not None
