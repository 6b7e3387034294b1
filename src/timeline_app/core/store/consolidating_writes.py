"""Where each imported event mention goes: a stored event it joins, or a new one.

``add_document`` asks ``mention_target`` for every extracted event. The
user's decisions about the mention's source (keyed by document hash and
evidence span) are replayed first: a split source stands alone, a merged
or moved one rejoins the event holding its partner. Otherwise the stored
events of a compatible kind starting near the mention's date are read
through one index and ``core.consolidation`` picks the one it joins. A
mention dated only to a month (a wide span holding a month of events) is
compared only with events sharing one of its organisers, and joins nothing
without organisers: that keeps a month-only report cheap at 100,000 events.
An open letter is also tried on the days its evidence announces, and a report
that joins nothing looks at letters stored before it (``announcing_reads``).
"""

from __future__ import annotations

import json
from collections.abc import Collection

from ..consolidation import Mention, best_match, content_words, mention_span, source_key
from ..consolidation.announced import announced_dates
from ..consolidation.matching import WIDE_SPAN_DAYS
from ..models import ExtractedEvent
from .announcing_reads import AnnouncingReads
from .event_sources import EventSourceRecords


class ConsolidatingWrites(EventSourceRecords, AnnouncingReads):
    """The import path's consolidation: the event each mention belongs to."""

    def mention_target(self, document_id: int, content_hash: str, event: ExtractedEvent,
                       organisation_ids: Collection[int],
                       taken: Collection[int]) -> int | None:
        """The stored event ``event`` joins, or None for a new event.

        ``taken``: events this document's earlier mentions joined (a
        document is one source of an event, never two).
        """
        key = source_key(content_hash, event.evidence_start, event.evidence_end)
        for action, first, second in self.decisions_about(key):
            if action == "split":
                if first == key:
                    return None
                continue
            partner = second if first == key else first
            target = self.event_id_for_source_key(partner) if partner else None
            if target is not None:
                return target
            if first == key:  # moved or merged to a report not imported yet: wait for it
                return None
        target = self._matching_event(document_id, key, event, event.start, event.end,
                                      event.precision, organisation_ids, taken)
        for start, precision in (() if target is not None else announced_dates(
                event.kind, event.start, event.precision, event.evidence)):
            target = self._matching_event(document_id, key, event, start, None, precision,
                                          organisation_ids, taken)
            if target is not None:
                break
        return target

    def _matching_event(self, document_id: int, key: str, event: ExtractedEvent,
                        start: str | None, end: str | None, precision: str,
                        organisation_ids: Collection[int], taken: Collection[int]) -> int | None:
        """The stored event ``event`` joins when dated ``start``/``precision``, or None."""
        t_start, t_end = mention_span(start, end, precision)
        if t_start is None or t_end is None:
            return None
        wide = t_end - t_start > WIDE_SPAN_DAYS
        if wide and not organisation_ids:
            return None
        candidates = [c for c in self.consolidation_candidates(
                          event.kind, t_start, t_end, organisation_ids if wide else None)
                      if c.event_id not in taken]
        mention: Mention | None = None
        for pool in (candidates, None):
            if pool is None:  # nothing near: letters stored before it announcing its days
                if not organisation_ids:
                    return None
                pool = [c for c in self.announcing_candidates(t_start, t_end, organisation_ids)
                        if c.event_id not in taken]
            if pool:
                mention = mention or self._mention(document_id, key, event, start, precision,
                                                   t_start, t_end, organisation_ids,
                                                   announced=start != event.start)
                found = best_match(mention, pool)
                if found is not None:
                    return found
        return None

    @staticmethod
    def _mention(document_id: int, key: str, event: ExtractedEvent, start: str | None,
                 precision: str, t_start: float, t_end: float,
                 organisation_ids: Collection[int], announced: bool = False) -> Mention:
        """``announced``: a letter on the day it announces, told by its sentence
        alone (its title names whom it is addressed to, not the action)."""
        title = None if announced else event.title
        return Mention(key, event.kind, start, precision, t_start, t_end,
                       content_words(title, event.evidence, names=event.organisations),
                       frozenset(organisation_ids), document_id)

    @staticmethod
    def source_tuple(source_id: int, event_id: int, mention_id: int, document_id: int,
                     content_hash: str, event: ExtractedEvent, organisation_ids: Collection[int],
                     person_ids: Collection[int], added_at: str) -> tuple:
        """One ``event_sources`` row (``SOURCE_COLUMNS`` order) for an imported mention."""
        return (
            source_id, event_id, mention_id, document_id,
            source_key(content_hash, event.evidence_start, event.evidence_end),
            event.title, event.kind, event.start, event.end, event.precision, event.time,
            event.evidence, event.evidence_start, event.evidence_end, event.confidence,
            int(event.main), json.dumps(sorted(organisation_ids)),
            json.dumps(sorted(person_ids)), added_at, "import",
            " ".join(sorted(content_words(event.title, event.evidence,
                                          names=event.organisations))),
        )
