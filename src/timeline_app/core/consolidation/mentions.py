"""What one source says about an event, and the key that survives re-import.

A mention is an extracted event seen as evidence: one document's title,
kind, date as that document states it, sentence and organisers. Its key is
built from stable facts only (the document's content hash and the
evidence's character span), never from row ids, so a decision the user made
about it still applies after the document is deleted and imported again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import ExtractedEvent

_WORD = re.compile(r"[^\W\d_]{3,}|\d{4}")
_ACRONYM = re.compile(r"[A-Z]{2,}")

#: Words that say nothing about which event is meant.
_STOP_WORDS = frozenset("""
the and for with from that this they their them will would were was are has have had
been being into over under about after before against between during since until
while which who whom whose what when where why how all any both each few more most
other some such than too very can could should may might must shall our ours your
yours his her hers its also just not only own same said says say told today yesterday
tomorrow week month year last next first second new one two three many much per
students student union unions university college members member people group groups
statement press release news article blog letter open day days monday tuesday
wednesday thursday friday saturday sunday january february march april june july
august september october november december morning afternoon evening
""".split())


def content_words(*texts: str | None, names: tuple[str, ...] = ()) -> frozenset[str]:
    """The lower-cased words of ``texts`` that can tell one event from another.

    Words of the organisations' ``names`` and acronyms (all capitals) are
    left out: organisers are compared by identity, and counting their
    names again would make two actions of one union look alike.
    """
    skip = set(_STOP_WORDS)
    for name in names:
        skip.update(_WORD.findall(name.lower()))
    words: set[str] = set()
    for text in texts:
        if text:
            words.update(w.lower() for w in _WORD.findall(text)
                         if not _ACRONYM.fullmatch(w) and w.lower() not in skip)
    return frozenset(words)


def mention_words(event: ExtractedEvent) -> frozenset[str]:
    """The content words an extracted event is matched on and its source row keeps."""
    return content_words(event.title, event.evidence, names=event.organisations)


def mention_words_text(title: str | None, evidence: str | None,
                       organisations: tuple[str, ...] = ()) -> str:
    """A mention's content words, sorted and joined by spaces, as its source row keeps them.

    Reader processes compute this with the extraction, so the importing
    process only splits it (``words_from_text``) instead of finding the words.
    """
    return " ".join(sorted(content_words(title, evidence, names=organisations)))


def words_from_text(text: str) -> frozenset[str]:
    """The words ``mention_words_text`` joined (no word holds a space)."""
    return frozenset(text.split())


def source_key(content_hash: str, evidence_start: int | None,
               evidence_end: int | None) -> str:
    """The stable key of one source: document hash and evidence span."""
    return f"{content_hash}:{evidence_start if evidence_start is not None else ''}:" \
           f"{evidence_end if evidence_end is not None else ''}"


@dataclass(frozen=True)
class Mention:
    """One extracted event as a source that may join an existing event.

    ``organisation_ids`` are the stored organisations the mention names;
    ``t_start``/``t_end`` its half-open span of day numbers (None undated).
    """

    key: str
    kind: str
    start: str | None
    precision: str
    t_start: float | None
    t_end: float | None
    words: frozenset[str]
    organisation_ids: frozenset[int] = frozenset()
    document_id: int | None = None
    #: the organisers it names as more than mentioned; None: all of them count
    acting_ids: frozenset[int] | None = None
