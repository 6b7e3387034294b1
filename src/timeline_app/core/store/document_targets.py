"""Where a document's main mention goes once all its mentions were matched.

Extraction always gives a document a main event; when no sentence dates one,
that main event stands for the document itself (``consolidation.document_joins``):
dated when it was published, told by whatever sentence opens the page (an
e-mail's quote), so its own sentence shares nothing with the event the
document reports. Such a main mention that joined nothing gets a second look
here, after its document's other mentions were matched:

1. it follows the one event its side mentions dated by their own sentence tell;
2. else, when it has no date at all, it joins the one dated event of its kind
   sharing one of its organisers whose words are mostly on the page
   (``document_joins.undated_page_match``);
3. else, when it is dated (about the day the document was published), it is
   matched once more on that date by the words of the whole document, as a
   report of no kind of its own ("other": it needs an organiser and many
   words in common). Events
   are then read by their stated reports only (a named kind, a stated day or
   month): another document standing for itself says nothing of the event, and
   its quotes and organisers must not make two documents look alike.

Never for a mention the user decided about (a split source stays alone).

The other way round (``pull_in_pages``): a report dated to a day by its own
sentence, once stored, takes in the page-dated mentions of documents stored
before it that stand alone near its day, share one of its organisers and
whose page holds most of its words (``document_joins.page_tells``), so the
order in which the page and the report arrive matters less. While the import's
copy of the shown events is loaded it lists the page-dated events near the day
sharing an organiser (``ConsolidationMirror.page_ids``), and only those rows are
read and tested, in the order the statement over the day's events gives.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace

from ..consolidation import Candidate, Mention, best_match, content_words, mention_span, source_key
from ..consolidation.document_joins import (
    DOCUMENT_DATED_CONFIDENCE, REPORT_PRECISIONS, UNDATED_PRECISIONS, followed_join,
    page_content_words, page_tells, stands_for_document, undated_page_match,
)
from ..consolidation.lasting import lasting_follow
from ..consolidation.mentions import mention_words
from ..consolidation.yearless import contradicts, yearless_days
from ..consolidation.matching import APPROXIMATE_SLACK
from ..models import KINDS, ExtractedEvent
from .consolidating_writes import ConsolidatingWrites
from .consolidation_mirror import ConsolidationMirror
from .undated_pages import PAGE_STANDING_ALONE, UndatedPages

#: The tests of a page-dated page standing alone near a day, sharing an organiser.
_PAGE_NEAR = f"""e.kind IN ({",".join("?" * len(KINDS))}) AND e.t_start >= ? AND e.t_start < ?
      AND e.precision = 'approximate' AND {PAGE_STANDING_ALONE}
      AND EXISTS (SELECT 1 FROM event_organisations l WHERE l.event_id = e.id
                  AND l.organisation_id IN (SELECT value FROM json_each(?)))"""
#: Those pages (by ``idx_events_kind_span``, in its order), with their page's text.
_PAGES_NEAR = f"""SELECT e.id, d.text FROM events e JOIN documents d ON d.id = e.document_id
    WHERE {_PAGE_NEAR}"""
#: The same among events listed by id (the import's copy lists the page-dated
#: events near the day sharing an organiser): a few rows read by id rather than
#: every event of every kind near the day (0.26 ms a document at 100,000 events),
#: in the index's order.
_PAGES_AMONG = f"""SELECT e.id, d.text FROM json_each(?) j CROSS JOIN events e ON e.id = j.value
    JOIN documents d ON d.id = e.document_id
    WHERE {_PAGE_NEAR} ORDER BY e.kind, e.t_start, e.t_end, e.id"""


class DocumentTargets(ConsolidatingWrites, UndatedPages):
    """The import's second look at a main mention that stands for its document."""

    def document_target(self, document_id: int, content_hash: str,
                        events: Sequence[ExtractedEvent], targets: Sequence[int | None],
                        own_ids: Sequence[int], organisation_ids: Collection[int], taken: Collection[int],
                        decided: Collection[str], text: str,
                        mirror: ConsolidationMirror | None = None,
                        main_words: frozenset[str] | None = None) -> int | None:
        """The event the main mention (``events[0]``, organisers ``organisation_ids``)
        joins after its document's mentions were matched (``targets``; a mention
        that joined nothing becomes the new event ``own_ids`` gives), or None.
        With ``mirror`` loaded (in step with what is written) the undated
        candidates are read from it rather than with a statement. ``main_words``:
        the main mention's words as the import already found them."""
        if not events or targets[0] is not None:
            return None
        main = events[0]
        key = source_key(content_hash, main.evidence_start, main.evidence_end)
        if key in decided:
            return None
        if not stands_for_document(main):  # its page also dates the lasting action it tells?
            return lasting_follow(events, targets, own_ids)
        followed = followed_join(events, targets, own_ids)
        if followed is None and main.precision in UNDATED_PRECISIONS and organisation_ids:
            words = page_content_words(text, [n for event in events for n in event.organisations])
            days = yearless_days(main.evidence)  # never an event its stated day cannot be
            reads = mirror if mirror is not None and mirror.loaded else self
            return undated_page_match(main.kind, words, [
                c for c in reads.undated_candidates(main.kind, sorted(organisation_ids))
                if c.event_id not in taken and document_id not in c.document_ids
                and not contradicts(days, c)],
                own_words=mention_words(main) if main_words is None else main_words)
        if followed is not None or main.precision != "approximate" or not organisation_ids:
            return followed
        t_start, t_end = mention_span(main.start, main.end, main.precision)
        if t_start is None or t_end is None:
            return None
        pool = self._stated_candidates(main.kind, t_start, t_end, organisation_ids, taken)
        if not pool:
            return None
        names = tuple(dict.fromkeys(n for event in events for n in event.organisations))
        # its kind came from the sentence that happened to open the page: none of its own
        mention = Mention(key, "other", main.start, main.precision, t_start, t_end,
                          content_words(text, names=names), frozenset(organisation_ids),
                          document_id)
        return best_match(mention, pool)

    def pull_in_pages(self, document_id: int, report: ExtractedEvent, event_id: int,
                      organisation_ids: Collection[int], words: frozenset[str],
                      mirror: ConsolidationMirror | None = None) -> list[int]:
        """Join into ``event_id`` (where the document's main ``report`` went) the
        page-dated mentions stored before it that its words say tell it; their ids.
        With ``mirror`` (loaded, in step with what is written) only the page-dated
        events near the day sharing an organiser that it lists are read, and
        none when it lists none."""
        if (report.kind == "other" or report.precision != "day" or not organisation_ids
                or stands_for_document(report)):
            return []
        t_start, t_end = mention_span(report.start, report.end, report.precision)
        if t_start is None or t_end is None:
            return []
        among = mirror.page_ids(t_start, t_end, organisation_ids) if (
            mirror is not None and mirror.loaded) else None
        if among is not None and not among:
            return []
        statement, listed = (_PAGES_NEAR, []) if among is None else (
            _PAGES_AMONG, [json.dumps(among)])
        pulled = []
        for page_event, text in self.db.conn.execute(statement, [
                *listed, *KINDS, t_start - APPROXIMATE_SLACK - 1, t_end + APPROXIMATE_SLACK,
                document_id, DOCUMENT_DATED_CONFIDENCE,
                json.dumps(sorted(organisation_ids))]).fetchall():
            if page_event != event_id and page_tells(words, content_words(text)):
                self.move_page_source(page_event, event_id)
                pulled.append(page_event)
        if pulled:
            self.refresh_event_fields(event_id, relink=True)
        return pulled

    def _stated_candidates(self, kind: str, t_start: float, t_end: float,
                           organisation_ids: Collection[int],
                           taken: Collection[int]) -> list[Candidate]:
        """Events of a named kind near these days, each with the words and
        organisers of its stated reports only (none: left out)."""
        near = {c.event_id: c for c in self.consolidation_candidates(
                    kind, t_start, t_end, None, named_by=sorted(organisation_ids))
                if c.event_id not in taken and c.kind != "other"}
        if not near:
            return []
        words: dict[int, set[str]] = defaultdict(set)
        orgs: dict[int, set[int]] = defaultdict(set)
        for event_id, source_words, source_orgs in self.db.conn.execute(
                f"""SELECT event_id, words, organisation_ids FROM event_sources
                    WHERE event_id IN (SELECT value FROM json_each(?)) AND kind != 'other'
                      AND precision IN ({",".join("?" * len(REPORT_PRECISIONS))})""",
                [json.dumps(sorted(near)), *REPORT_PRECISIONS]):
            words[event_id].update((source_words or "").split())
            orgs[event_id].update(json.loads(source_orgs or "[]"))
        return [replace(near[i], words=frozenset(words[i]), organisation_ids=frozenset(orgs[i]),
                        acting_ids=None, source_words=frozenset())
                for i in sorted(words)]


__all__ = ["DocumentTargets"]
