"""Open letters stored before the action they announce, found by that action.

A letter imported first becomes an event dated when it was written; a later
report of the march or petition it announces is dated on the action's day
and would never meet it. So a report that joined nothing also looks at the
shown letter events written within ``LETTER_WINDOW_DAYS`` of its days that
share one of its organisations, each read as the action its evidence
announces (``consolidation.announced``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import sqlite_utils

from ..consolidation import Candidate, content_words, dates_agree, mention_span
from ..consolidation.announced import ANNOUNCING_KINDS, announced_dates

#: How long before or after an action a letter announcing or reporting it is looked for.
LETTER_WINDOW_DAYS = 45.0


#: The sources of some letter events (ids as a JSON list), as ``letters_as_candidates`` reads them.
LETTER_ROWS = """SELECT event_id, document_id, kind, start, precision, evidence, words
    FROM event_sources WHERE event_id IN (SELECT value FROM json_each(?))"""


class AnnouncingReads:
    """The import's second look: letters that announce a report's action."""

    db: sqlite_utils.Database

    def announcing_candidates(self, t_start: float, t_end: float,
                              organisation_ids: Collection[int]) -> list[Candidate]:
        """Shown letter events near these days sharing an organisation, each as a
        candidate dated on the day it announces (only days agreeing with the span)."""
        kinds = sorted(ANNOUNCING_KINDS)
        rows = self.db.conn.execute(
            f"""SELECT s.event_id, s.document_id, s.kind, s.start, s.precision, s.evidence,
                       s.words FROM events e JOIN event_sources s ON s.event_id = e.id
                WHERE e.kind IN ({",".join("?" * len(kinds))}) AND e.t_start >= ?
                  AND e.t_start < ? AND e.consolidated_into IS NULL
                  AND EXISTS (SELECT 1 FROM event_organisations l WHERE l.event_id = e.id
                    AND l.organisation_id IN (SELECT value FROM json_each(?)))""",
            [*kinds, t_start - LETTER_WINDOW_DAYS, t_end + LETTER_WINDOW_DAYS,
             json.dumps(sorted(organisation_ids))]).fetchall()
        return letters_as_candidates(rows, t_start, t_end, self._organisations_of_events)

    def _organisations_of_events(self, event_ids: Iterable[int]) -> dict[int, set[int]]:
        orgs: dict[int, set[int]] = defaultdict(set)
        for event_id, org_id in self.db.conn.execute(
                "SELECT event_id, organisation_id FROM event_organisations"
                " WHERE event_id IN (SELECT value FROM json_each(?))",
                [json.dumps(sorted(event_ids))]):
            orgs[event_id].add(org_id)
        return orgs


def letters_as_candidates(
    rows: Sequence[Sequence[Any]], t_start: float, t_end: float,
    organisations_of: Callable[[list[int]], Mapping[int, Collection[int]]],
) -> list[Candidate]:
    """Letter events' source ``rows`` (``LETTER_ROWS`` columns) as candidates dated on
    the days they announce that agree with the span; ``organisations_of`` gives
    the organisations of the letter events kept."""
    if not rows:
        return []
    words: dict[int, set[str]] = defaultdict(set)
    documents: dict[int, set[int]] = defaultdict(set)
    days: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for event_id, document_id, kind, start, precision, evidence, source_words in rows:
        # its sentence's words: a letter's title names whom it is addressed to
        words[event_id].update(set(source_words.split()) & content_words(evidence))
        if document_id is not None:
            documents[event_id].add(document_id)
        for stated in announced_dates(kind, start, precision, evidence):
            if dates_agree((t_start, t_end), mention_span(stated[0], None, stated[1])):
                days[event_id].append(stated)
    if not days:
        return []
    orgs = organisations_of(sorted(days))
    kind = sorted(ANNOUNCING_KINDS)[0]
    return [Candidate(event_id, kind, start, None, precision,
                      frozenset(words[event_id]), frozenset(orgs.get(event_id, ())),
                      frozenset(documents[event_id]))
            for event_id, stated in sorted(days.items()) for start, precision in stated]
