"""Where each imported event mention goes: a stored event it joins, or a new one.

``add_document`` asks ``mention_target`` for every extracted event. The
user's decisions about the mention's source (keyed by document hash and
evidence span) are replayed first: a split source stands alone, a merged
or moved one rejoins the event holding its partner. Otherwise the stored
events of a compatible kind starting near the mention's date are read
through one index, with their words and organisers in the same statement,
and ``core.consolidation`` picks the one it joins. A
mention dated only to a month (a wide span holding a month of events) is
compared only with events sharing one of its organisers, and joins nothing
without organisers: that keeps a month-only report cheap at 100,000 events.
"""

from __future__ import annotations

from collections.abc import Collection

from ..consolidation import Mention, best_match, content_words, mention_span, source_key
from ..consolidation.matching import WIDE_SPAN_DAYS
from ..models import ExtractedEvent
from .event_sources import EventSourceRecords


def mention_words(event: ExtractedEvent) -> frozenset[str]:
    """The content words a mention is matched on and its source row keeps."""
    return content_words(event.title, event.evidence, names=event.organisations)


def _id_list(ids: Collection[int]) -> str:
    """``json.dumps(sorted(ids))`` for integer ids, without the encoder."""
    return "[" + ", ".join(map(str, sorted(ids))) + "]"


class ConsolidatingWrites(EventSourceRecords):
    """The import path's consolidation: the event each mention belongs to."""

    def mention_target(self, document_id: int, content_hash: str, event: ExtractedEvent,
                       organisation_ids: Collection[int],
                       taken: Collection[int], *,
                       decided: Collection[str] | None = None,
                       words: frozenset[str] | None = None) -> int | None:
        """The stored event ``event`` joins, or None for a new event.

        ``taken``: events this document's earlier mentions joined (a
        document is one source of an event, never two). The import passes
        the source keys ``decided`` about by the user (so most mentions need
        no query for decisions) and the mention's ``words`` (computed once
        for matching and for its source row); without them they are looked up.
        """
        key = source_key(content_hash, event.evidence_start, event.evidence_end)
        decisions = self.decisions_about(key) if decided is None or key in decided else ()
        for action, first, second in decisions:
            if action == "split":
                if first == key:
                    return None
                continue
            partner = second if first == key else first
            target = self.event_id_for_source_key(partner) if partner else None
            if target is not None:
                return target
        t_start, t_end = mention_span(event.start, event.end, event.precision)
        if t_start is None or t_end is None:
            return None
        wide = t_end - t_start > WIDE_SPAN_DAYS
        if wide and not organisation_ids:
            return None
        found = [c for c in self.consolidation_candidates(
                     event.kind, t_start, t_end, organisation_ids if wide else None)
                 if c.event_id not in taken]
        if not found:
            return None
        mention = Mention(key, event.kind, event.start, event.precision, t_start, t_end,
                          mention_words(event) if words is None else words,
                          frozenset(organisation_ids), document_id)
        return best_match(mention, found)

    @staticmethod
    def source_tuple(source_id: int, event_id: int, mention_id: int, document_id: int,
                     content_hash: str, event: ExtractedEvent, organisation_ids: Collection[int],
                     person_ids: Collection[int], added_at: str,
                     words: frozenset[str] | None = None) -> tuple:
        """One ``event_sources`` row (``SOURCE_COLUMNS`` order) for an imported mention."""
        return (
            source_id, event_id, mention_id, document_id,
            source_key(content_hash, event.evidence_start, event.evidence_end),
            event.title, event.kind, event.start, event.end, event.precision, event.time,
            event.evidence, event.evidence_start, event.evidence_end, event.confidence,
            int(event.main), _id_list(organisation_ids), _id_list(person_ids), added_at, "import",
            " ".join(sorted(mention_words(event) if words is None else words)),
        )
