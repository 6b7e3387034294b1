"""The reads behind the "go to" box: titles by full-text search, every name.

Event and document titles are found through the FTS5 indexes (a prefix
match on the last word typed), a few rows at a time, so each keystroke
costs milliseconds at 100,000 events. Organisation and people names are
few enough to read whole and match fuzzily in memory (``core.goto``).
"""

from __future__ import annotations

import sqlite_utils

#: (id, title, year or None, kind) of an event found by its title
EventHit = tuple[int, str, int | None, str]
#: (id, title, published or None) of a document found by its title
DocumentHit = tuple[int, str, str | None]
#: (kind, id, name, acronym or None, aliases JSON, role or None, events)
NameRow = tuple[str, int, str, str | None, str, str | None, int]


class GoToReads:
    """Title searches and the name list of the "go to" box."""

    db: sqlite_utils.Database

    def event_title_hits(self, fts: str, limit: int = 8) -> list[EventHit]:
        """Events whose title matches the FTS5 query ``fts`` (made by ``fts_query``)."""
        rows = self.db.execute(
            "SELECT e.id, e.title, e.year, e.kind FROM events e WHERE e.id IN"
            " (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?)"
            " ORDER BY e.main DESC, e.t_start IS NULL, e.t_start DESC",
            [f"title : ({fts})", limit])
        return [(int(r[0]), str(r[1]), r[2], str(r[3])) for r in rows]

    def document_title_hits(self, fts: str, limit: int = 5) -> list[DocumentHit]:
        """Documents whose title matches the FTS5 query ``fts``."""
        rows = self.db.execute(
            "SELECT d.id, coalesce(d.title, ''), d.published FROM documents d WHERE d.id IN"
            " (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)"
            " ORDER BY d.published IS NULL, d.published DESC",
            [f"title : ({fts})", limit])
        return [(int(r[0]), str(r[1]), r[2]) for r in rows]

    def name_rows(self) -> list[NameRow]:
        """Every organisation and person with its other names and event count."""
        orgs = self.db.execute(
            "SELECT 'organisation', o.id, o.name, o.acronym, o.aliases, NULL,"
            " (SELECT count(*) FROM event_organisations l WHERE l.organisation_id = o.id)"
            " FROM organisations o")
        people = self.db.execute(
            "SELECT 'person', p.id, p.name, NULL, '[]', p.role,"
            " (SELECT count(*) FROM event_people l WHERE l.person_id = p.id) FROM people p")
        return [(str(r[0]), int(r[1]), str(r[2]), r[3], str(r[4] or "[]"), r[5], int(r[6]))
                for r in [*orgs, *people]]

    def user_alias_rows(self) -> list[tuple[str, str, str]]:
        """The user's alias list as (entity kind, alias, canonical name)."""
        return [(str(r[0]), str(r[1]), str(r[2])) for r in self.db.execute(
            "SELECT entity, alias, canonical FROM aliases")]

    def first_event_of_document(self, document_id: int) -> int | None:
        """The event that shows a document: its main one, else its earliest."""
        row = self.db.execute(
            "SELECT id FROM events WHERE document_id = ?"
            " ORDER BY main DESC, t_start IS NULL, t_start, id LIMIT 1", [document_id]).fetchone()
        return int(row[0]) if row else None
