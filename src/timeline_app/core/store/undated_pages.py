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
from ..consolidation.yearless import contradicts, date_contradicts, yearless_days, yearless_match
from ..models import ExtractedEvent
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
#: Undated pages of one kind standing alone, sharing an organiser, with their text.
_UNDATED_PAGES = f"""SELECT e.id, e.document_id, d.text, e.evidence, e.precision FROM events e
    JOIN documents d ON d.id = e.document_id
    WHERE e.id IN (SELECT event_id FROM event_organisations
                   WHERE organisation_id IN (SELECT value FROM json_each(?)))
      AND e.kind = ? AND e.precision IN ('unknown', 'year') AND {PAGE_STANDING_ALONE}"""
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
                              organisation_ids: Collection[int]) -> list[int]:
        """Join into ``event_id`` (where the document's main ``report`` went) the
        undated pages stored before it whose one dated event is now that event."""
        if (report.kind == "other" or report.precision not in REPORT_PRECISIONS or not organisation_ids
                or stands_for_document(report)):
            return []
        conn = self.db.conn
        pulled = []
        for page_event, page_document, text, evidence, precision in conn.execute(_UNDATED_PAGES, [
                json.dumps(sorted(organisation_ids)), report.kind, document_id,
                DOCUMENT_DATED_CONFIDENCE]).fetchall():
            days = yearless_days(evidence)  # the day and month its sentence states, if any
            if date_contradicts(days, report.kind, report.start, report.end, report.precision):
                continue
            names = [row[0] for row in conn.execute(_DOCUMENT_NAMES, [page_document])]
            page_words = page_content_words(text or "", names)
            # The page can only answer this event if it tells this event (or states
            # its day): checked first, so pages that never match do not read every
            # candidate again for each later report (that made the import quadratic).
            told = conn.execute(_EVENT_WORDS, [event_id]).fetchone()[0]
            tells = page_tells(frozenset((told or "").split()), page_words)
            if not tells and not days:
                continue
            page_orgs = sorted(row[0] for row in conn.execute(_EVENT_ORGANISATIONS, [page_event]))
            pool = [c for c in self.undated_candidates(report.kind, page_orgs)
                    if page_document not in c.document_ids and not contradicts(days, c)]
            own = frozenset((conn.execute(_EVENT_WORDS, [page_event]).fetchone()[0] or "").split())
            if (tells and undated_page_match(report.kind, page_words, pool, own) == event_id) or (
                    days and yearless_match(self._page_mention(
                        page_event, page_document, report.kind, precision, page_orgs),
                        days, pool) == event_id):
                self.move_page_source(page_event, event_id)
                pulled.append(page_event)
        if pulled:
            self.refresh_event_fields(event_id, relink=True)
        return pulled

    def _page_mention(self, page_event: int, page_document: int, kind: str, precision: str,
                      page_orgs: list[int]) -> Mention:
        """An undated page's main mention as matching sees it (its stored words)."""
        words = self.db.conn.execute(_EVENT_WORDS, [page_event]).fetchone()[0]
        return Mention("", kind, None, precision, None, None, frozenset((words or "").split()),
                       frozenset(page_orgs), page_document)

    def move_page_source(self, page_event: int, event_id: int) -> None:
        """Join a page's one source (its event ``page_event``) into ``event_id``,
        as the import decided."""
        source_id = self.db.conn.execute(_PAGE_SOURCE, [page_event]).fetchone()[0]
        self.set_source_event(source_id, event_id, "import")


__all__ = ["PAGE_STANDING_ALONE", "UndatedPages"]
