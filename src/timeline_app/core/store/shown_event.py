"""One shown event as the import's copy of them holds it (``consolidation_mirror``).

The copy makes an object only of the events a mention's tests pick or the
import writes to; this is that object, with the date test the statements
apply to it, kept apart so the copy's module holds its indexes and reads.
"""

from __future__ import annotations

from sys import intern

from ..consolidation import Candidate
from ..consolidation.matching import APPROXIMATE_SLACK, source_word_sets

#: The shared empty set of ids an event starts with.
NO_IDS: frozenset[int] = frozenset()


class ShownEvent:
    """One shown event: its dated columns, its sources' words and documents, its links."""

    __slots__ = ("id", "kind", "precision", "t_start", "t_end", "start", "end",
                 "words", "documents", "sources_read", "organisations", "acting", "candidate")

    def __init__(self, event_id: int, kind: str, precision: str, t_start: float | None,
                 t_end: float | None, start: str | None, end: str | None) -> None:
        self.id = event_id
        self.kind, self.precision = kind, precision
        self.t_start, self.t_end, self.start, self.end = t_start, t_end, start, end
        # Immutable and shared while empty: a database's worth of these is read
        # at once, and most never gain a source or a link during the import.
        self.words: tuple[str, ...] = ()  # each source's words, as stored
        self.documents: frozenset[int] = NO_IDS
        #: words, documents, start and end are complete: read on first need
        #: for a stored event (start and end are None until then)
        self.sources_read = False
        self.organisations: frozenset[int] = NO_IDS
        #: those linked with a role other than "mentioned" (``Candidate.acting_ids``)
        self.acting: frozenset[int] = NO_IDS
        self.candidate: Candidate | None = None

    def as_candidate(self) -> Candidate:
        if self.candidate is None:
            self.candidate = Candidate(
                self.id, self.kind, self.start, self.end, self.precision,
                # words shared between events (kept while the copy lives)
                frozenset(map(intern, " ".join(self.words).split())), self.organisations,
                self.documents, self.t_start, self.t_end, self.acting,
                source_word_sets(self.words))
        return self.candidate


def add_words(event: ShownEvent, words: str | None, document_id: int | None) -> None:
    """One of an event's sources: its words and document."""
    if words:
        event.words += (words,)
    if document_id is not None:
        event.documents = event.documents | {document_id}


def agrees(event: ShownEvent, m0: float, m1: float) -> bool:
    """The date test of ``event_sources._candidate_query`` (``matching.dates_agree``)."""
    t0, t1 = event.t_start, event.t_end
    if event.precision == "approximate" and t1 - t0 <= 1:  # type: ignore[operator]
        return t0 - APPROXIMATE_SLACK < m1 and m0 < t1 + APPROXIMATE_SLACK  # type: ignore[operator]
    return t0 < m1 and m0 < t1  # type: ignore[operator]


__all__ = ["NO_IDS", "ShownEvent", "add_words", "agrees"]
