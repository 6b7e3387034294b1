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
An open letter is also tried on the days its evidence announces, and a report
that joins nothing looks at letters stored before it (``announcing_reads``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ..consolidation import (
    Mention, best_match, content_words, mention_span, mention_words_text, source_key,
)
from ..consolidation.announced import announced_dates
from ..consolidation.mentions import mention_words
from ..consolidation.lasting import LASTING_KINDS, LASTING_WINDOW_DAYS, lasting_match
from ..consolidation.matching import WIDE_SPAN_DAYS
from ..consolidation.undated import undated_match
from ..consolidation.yearless import (
    contradicts, named_weekday_match, names_a_weekday, weekday_readings, yearless_days,
    yearless_match,
)
from ..models import ExtractedEvent
from .announcing_reads import AnnouncingReads
from .consolidation_mirror import ConsolidationMirror
from .event_sources import EventSourceRecords


def _id_list(ids: Collection[int]) -> str:
    """``json.dumps(sorted(ids))`` for integer ids, without the encoder."""
    return "[" + ", ".join(map(str, sorted(ids))) + "]"


class ConsolidatingWrites(EventSourceRecords, AnnouncingReads):
    """The import path's consolidation: the event each mention belongs to."""

    def mention_target(self, document_id: int, content_hash: str, event: ExtractedEvent,
                       organisation_ids: Collection[int],
                       taken: Collection[int], *,
                       decided: Collection[str] | None = None,
                       words: frozenset[str] | None = None,
                       mirror: ConsolidationMirror | None = None) -> int | None:
        """The stored event ``event`` joins, or None for a new event.

        ``organisation_ids``: the ids it names (the import passes them mapped to
        their roles). ``taken``: events this document's earlier mentions joined (a
        document is one source of an event, never two). The import passes
        the source keys ``decided`` about by the user (so most mentions need
        no query for decisions) and the mention's ``words`` (computed once
        for matching and for its source row); without them they are looked up.
        With ``mirror`` (the import's copy of the shown events) stored events
        are read from memory rather than with statements per mention.
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
            if first == key:  # moved or merged to a report not imported yet: wait for it
                return None
        reads = mirror if mirror is not None and mirror.ready() else self
        target = self._matching_event(reads, document_id, key, event, event.start, event.end,
                                      event.precision, organisation_ids, taken, words)
        for start, precision in (() if target is not None else announced_dates(
                event.kind, event.start, event.precision, event.evidence)):
            target = self._matching_event(reads, document_id, key, event, start, None,
                                          precision, organisation_ids, taken)
            if target is not None:
                break
        if target is None and event.kind in LASTING_KINDS and organisation_ids:
            target = self._lasting_target(reads, document_id, key, event, organisation_ids,
                                          taken, words)
        return target

    def _lasting_target(self, reads: ConsolidatingWrites | ConsolidationMirror,
                        document_id: int, key: str, event: ExtractedEvent,
                        organisation_ids: Collection[int], taken: Collection[int],
                        words: frozenset[str] | None) -> int | None:
        """The lasting action (occupation, strike) this report tells at another
        moment: its organisers' events of its kind within weeks (``consolidation.lasting``)."""
        t_start, t_end = mention_span(event.start, event.end, event.precision)
        if t_start is None or t_end is None:
            return None
        pool = [c for c in reads.consolidation_candidates(
                    event.kind, t_start - LASTING_WINDOW_DAYS, t_end + LASTING_WINDOW_DAYS,
                    sorted(organisation_ids)) if c.event_id not in taken]
        if not pool:
            return None
        return lasting_match(self._mention(document_id, key, event, event.start, event.precision,
                                           t_start, t_end, organisation_ids, words=words), pool)

    def _matching_event(self, reads: ConsolidatingWrites | ConsolidationMirror,
                        document_id: int, key: str, event: ExtractedEvent,
                        start: str | None, end: str | None, precision: str,
                        organisation_ids: Collection[int], taken: Collection[int],
                        words: frozenset[str] | None = None) -> int | None:
        """The stored event ``event`` joins when dated ``start``/``precision``, or None."""
        t_start, t_end = mention_span(start, end, precision)
        if t_start is None or t_end is None:
            return self._undated_target(reads, document_id, key, event, organisation_ids,
                                        taken, words)
        wide = t_end - t_start > WIDE_SPAN_DAYS
        if wide and not organisation_ids:
            return None
        candidates = [c for c in reads.consolidation_candidates(
                          event.kind, t_start, t_end, organisation_ids if wide else None,
                          # only a mention of kind "other" reads the events it names
                          named_by=sorted(organisation_ids) if event.kind == "other" else ())
                      if c.event_id not in taken]
        mention: Mention | None = None
        for pool in (candidates, None):
            if pool is None:  # nothing near: letters stored before it announcing its days
                if not organisation_ids:
                    return None
                pool = [c for c in reads.announcing_candidates(t_start, t_end, organisation_ids)
                        if c.event_id not in taken]
            if pool:
                mention = mention or self._mention(document_id, key, event, start, precision,
                                                   t_start, t_end, organisation_ids,
                                                   announced=start != event.start, words=words)
                found = best_match(mention, pool)
                if found is not None:
                    return found
        return None

    def _undated_target(self, reads: ConsolidatingWrites | ConsolidationMirror,
                        document_id: int, key: str, event: ExtractedEvent,
                        organisation_ids: Collection[int], taken: Collection[int],
                        words: frozenset[str] | None) -> int | None:
        """The one event an undated (or year-only) report clearly tells, or None."""
        if event.kind == "other":
            return None
        pool = [c for c in reads.undated_candidates(event.kind, sorted(organisation_ids))
                if c.event_id not in taken] if organisation_ids else []
        weekday = names_a_weekday(event.evidence)  # may tell it without an organiser
        if not pool and not weekday:  # nothing to tell: the sentence's dates need not be read
            return None
        mention = self._mention(document_id, key, event, event.start, event.precision,
                                None, None, organisation_ids, words=words)
        days = yearless_days(event.evidence)  # a day and month it states without a year
        if pool:
            pool = [c for c in pool if not contradicts(days, c)]
            found = undated_match(mention, pool)
            found = found if found is not None else yearless_match(mention, days, pool)
            if found is not None or not weekday:
                return found
        return named_weekday_match(mention, days, [
            c for t in weekday_readings(days)
            for c in reads.consolidation_candidates(event.kind, t, t + 1)
            if c.event_id not in taken])

    @staticmethod
    def _mention(document_id: int, key: str, event: ExtractedEvent, start: str | None,
                 precision: str, t_start: float | None, t_end: float | None,
                 organisation_ids: Collection[int], announced: bool = False,
                 words: frozenset[str] | None = None) -> Mention:
        """``announced``: a letter on the day it announces, told by its sentence
        alone (its title names whom it is addressed to, not the action). When
        ``organisation_ids`` maps each id to its role, those more than mentioned
        are the mention's acting organisers (``Mention.acting_ids``)."""
        if announced:
            words = content_words(None, event.evidence, names=event.organisations)
        elif words is None:
            words = mention_words(event)
        acting = (frozenset(i for i, role in organisation_ids.items() if role != "mentioned")
                  if isinstance(organisation_ids, Mapping) else None)
        return Mention(key, event.kind, start, precision, t_start, t_end, words,
                       frozenset(organisation_ids), document_id, acting)

    @staticmethod
    def source_tuple(source_id: int, event_id: int, mention_id: int, document_id: int,
                     content_hash: str, event: ExtractedEvent, organisation_ids: Collection[int],
                     person_ids: Collection[int], added_at: str,
                     words_text: str | None = None) -> tuple:
        """One ``event_sources`` row (``SOURCE_COLUMNS`` order) for an imported mention.

        ``words_text``: the mention's words as ``mention_words_text`` joins them.
        """
        return (
            source_id, event_id, mention_id, document_id,
            source_key(content_hash, event.evidence_start, event.evidence_end),
            event.title, event.kind, event.start, event.end, event.precision, event.time,
            event.evidence, event.evidence_start, event.evidence_end, event.confidence,
            int(event.main), _id_list(organisation_ids), _id_list(person_ids), added_at, "import",
            mention_words_text(event.title, event.evidence, event.organisations)
            if words_text is None else words_text,
        )
