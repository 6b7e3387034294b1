"""A dated report takes in the undated pages stored before it that tell its event.

An undated page (no sentence dates its main event, and no publication date)
joins the one dated event of its kind, sharing an organiser, whose words are
mostly on the page (``document_joins.undated_page_match``). Stored before that
event, it found nothing and stayed alone; the reports of the event arriving later
never looked at undated events. So once a report dated by its own sentence is
stored, the undated pages of its kind sharing one of its organisers that stand
alone are asked the same question again, against the events now stored: each
whose one answer is the report's event joins it. Whichever arrives first, the
page and the event meet.
"""

from __future__ import annotations

import json
from collections.abc import Collection

from ..consolidation.document_joins import (
    DOCUMENT_DATED_CONFIDENCE, REPORT_PRECISIONS, page_content_words, page_tells,
    stands_for_document, undated_page_match,
)
from ..consolidation.mentions import Mention
from ..consolidation.yearless import (YearlessDay, contradicts, date_contradicts, yearless_days,
                                       yearless_match)
from ..models import ExtractedEvent
from .consolidation_mirror import ConsolidationMirror
from .event_sources import EventSourceRecords

#: A shown main mention of another document standing alone as the import left
#: it (one source, dated by its page at most, neither edited nor decided about by
#: the user); its parameters: the document being imported, the date confidence.
PAGE_STANDING_ALONE = """e.main = 1 AND e.consolidated_into IS NULL AND e.source_count = 1
      AND e.document_id != ? AND e.edited_fields = '[]' AND e.user_edited = 0
      AND coalesce(json_extract(e.field_confidence, '$.date'), 1) <= ?
      AND NOT EXISTS (SELECT 1 FROM event_sources s
        JOIN consolidation_decisions c ON s.source_key IN (c.source_key, c.other_key)
        WHERE s.event_id = e.id)"""


#: An undated page of one kind standing alone (parameters: the kind, then those of
#: ``PAGE_STANDING_ALONE``), by span then id. The kind is tested, not looked up
#: (``+e.kind``): the events sharing an organiser are found by their links and
#: sorted; through the kind's index SQLite went over every event of the kind
#: (1.3 ms a document at 100,000 events while the import's copy is not loaded).
_UNDATED_PAGE = f"""+e.kind = ? AND e.precision IN ('unknown', 'year') AND {PAGE_STANDING_ALONE}
    ORDER BY e.t_start, e.t_end, e.id"""
#: Undated pages sharing an organiser, with their documents and main sentences.
_UNDATED_PAGES = f"""SELECT e.id, e.document_id, e.evidence, e.precision FROM events e
    WHERE e.id IN (SELECT event_id FROM event_organisations
                   WHERE organisation_id IN (SELECT value FROM json_each(?)))
      AND {_UNDATED_PAGE}"""
#: Undated pages among events listed by id (the import's copy lists those of the
#: kind, dated at most to their year, sharing an organiser): read by id, not by
#: going over every event of the kind.
_UNDATED_PAGES_AMONG = f"""SELECT e.id, e.document_id, e.evidence, e.precision FROM json_each(?) j
    CROSS JOIN events e ON e.id = j.value
    WHERE {_UNDATED_PAGE}"""
_DOCUMENT_TEXT = "SELECT text FROM documents WHERE id = ?"
#: An event's words as its candidate holds them (``event_sources._CANDIDATE_COLUMNS``).
_EVENT_WORDS = "SELECT group_concat(words, ' ') FROM event_sources WHERE event_id = ?"
#: The organisations an event is linked to, and the names a document names.
_EVENT_ORGANISATIONS = "SELECT organisation_id FROM event_organisations WHERE event_id = ?"
_DOCUMENT_NAMES = """SELECT o.name FROM document_organisations l
    JOIN organisations o ON o.id = l.organisation_id WHERE l.document_id = ?"""
#: A page's one source (a page stands alone: ``source_count = 1``).
_PAGE_SOURCE = "SELECT id FROM event_sources WHERE event_id = ?"


class UndatedPages(EventSourceRecords):
    """The import's look back for undated pages a new report's event is told by."""

    def pull_in_undated_pages(self, document_id: int, report: ExtractedEvent, event_id: int,
                              organisation_ids: Collection[int],
                              mirror: ConsolidationMirror | None = None,
                              known_words: dict[tuple[int, tuple[str, ...]], frozenset[str]]
                              | None = None) -> list[int]:
        """Join into ``event_id`` (where the document's main ``report`` went) the
        undated pages stored before it whose one dated event is now that event.
        ``known_words``: the pages' words found so far (kept by the import).
        With ``mirror`` loaded (in step with what is written) the statement reads
        only the shown events of the kind dated at most to their year sharing an
        organiser, which the copy lists (none: no statement), and the events a page
        may tell from the copy too."""
        if (report.kind == "other" or report.precision not in REPORT_PRECISIONS or not organisation_ids
                or stands_for_document(report)):
            return []
        statement, among = _UNDATED_PAGES, sorted(organisation_ids)
        reads: UndatedPages | ConsolidationMirror = self
        if mirror is not None and mirror.loaded:
            reads = mirror
            statement, among = _UNDATED_PAGES_AMONG, mirror.undated_ids(report.kind, among)
            if not among:
                return []
        conn = self.db.conn
        pulled: list[int] = []
        told: frozenset[str] | None = None  # the event's words, read again after a pull
        for page_event, page_document, evidence, precision in conn.execute(statement, [
                json.dumps(among), report.kind, document_id,
                DOCUMENT_DATED_CONFIDENCE]).fetchall():
            days = yearless_days(evidence)  # the day and month its sentence states, if any
            if date_contradicts(days, report.kind, report.start, report.end, report.precision):
                continue
            page_words = self._page_words(page_document, known_words)
            # The page can only answer this event if it tells this event (or states
            # its day): checked first, so pages that never match do not read every
            # candidate again for each later report (that made the import quadratic).
            if told is None:
                told = frozenset((conn.execute(_EVENT_WORDS, [event_id]).fetchone()[0]
                                  or "").split())
            tells = page_tells(told, page_words)
            if not tells and not days:
                continue
            if self._page_tells_event(reads, report.kind, (page_event, page_document, precision),
                                      page_words if tells else None, days, event_id):
                self.move_page_source(page_event, event_id)
                pulled.append(page_event)
                told = None
                if reads is mirror:  # the copy answers as the statements do after the move
                    mirror.sources_moved([page_event, event_id])
        if pulled:
            self.refresh_event_fields(event_id, relink=True)
        return pulled

    def _page_tells_event(self, reads: UndatedPages | ConsolidationMirror, kind: str,
                          page: tuple[int, int, str], page_words: frozenset[str] | None,
                          days: tuple[YearlessDay, ...], event_id: int) -> bool:
        """Whether ``event_id`` is the one event an undated page (its event, document
        and precision) of ``kind`` tells among those sharing its organisers and not
        contradicting its stated ``days``: by its words (``page_words``, given when
        they tell the report's event) with its own headline and sentence, or by the
        day it states."""
        page_event, page_document, precision = page
        conn = self.db.conn
        page_orgs = sorted(row[0] for row in conn.execute(_EVENT_ORGANISATIONS, [page_event]))
        pool = [c for c in reads.undated_candidates(kind, page_orgs)
                if page_document not in c.document_ids and not contradicts(days, c)]
        # the page's own headline and sentence, as its stored source holds them
        own = frozenset((conn.execute(_EVENT_WORDS, [page_event]).fetchone()[0] or "").split())
        if page_words is not None and undated_page_match(kind, page_words, pool, own) == event_id:
            return True
        return bool(days) and yearless_match(Mention(
            "", kind, None, precision, None, None, own, frozenset(page_orgs), page_document),
            days, pool) == event_id

    def _page_words(self, page_document: int,
                    known_words: dict[tuple[int, tuple[str, ...]], frozenset[str]] | None,
                    ) -> frozenset[str]:
        """An undated page's content words, without the names it names; found once
        per page and names while ``known_words`` is kept (the text never changes)."""
        conn = self.db.conn
        names = tuple(row[0] for row in conn.execute(_DOCUMENT_NAMES, [page_document]))
        words = None if known_words is None else known_words.get((page_document, names))
        if words is None:
            text = conn.execute(_DOCUMENT_TEXT, [page_document]).fetchone()[0]
            words = page_content_words(text or "", names)
            if known_words is not None:
                known_words[(page_document, names)] = words
        return words

    def move_page_source(self, page_event: int, event_id: int) -> None:
        """Join a page's one source (its event ``page_event``) into ``event_id``,
        as the import decided."""
        source_id = self.db.conn.execute(_PAGE_SOURCE, [page_event]).fetchone()[0]
        self.set_source_event(source_id, event_id, "import")


__all__ = ["PAGE_STANDING_ALONE", "UndatedPages"]
