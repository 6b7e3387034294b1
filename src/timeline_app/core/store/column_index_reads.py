"""The reads behind the in-memory filter index (``core.column_filter``).

Each returns plain int64 arrays: for every shown event (or only the events
an edit touched) its year and document, its organisation links, and the
documents and events a full-text query matches. The filter then works on
those arrays with numpy instead of asking SQLite to scan a million events.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import sqlite_utils

from .id_arrays import collector_paused, id_arrays
from .timeline_reads import NO_YEAR


def _only(column: str, ids: Sequence[int] | None) -> tuple[str, list[object]]:
    """An extra condition limiting ``column`` to ``ids`` (none: no limit)."""
    if ids is None:
        return "", []
    wanted = [int(i) for i in ids]
    return f" AND {column} IN (SELECT value FROM json_each(?))", [f"[{','.join(map(str, wanted))}]"]


class ColumnIndexReads:
    """Arrays for ``ColumnIndex``: whole at load, a few rows after an edit."""

    db: sqlite_utils.Database

    def event_index_arrays(self, event_ids: Sequence[int] | None = None
                           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(ids, years, document ids) of the shown events (of ``event_ids``
        only, when given); a missing year reads ``NO_YEAR``, a missing document -1."""
        extra, params = _only("id", event_ids)
        with collector_paused():
            ids, years, documents = id_arrays(
                self.db.conn, "SELECT id, coalesce(year, ?), coalesce(document_id, -1) FROM events"
                f" WHERE consolidated_into IS NULL{extra}", [NO_YEAR, *params], 3)
        return ids, years, documents

    def organisation_links_of(self, event_ids: Sequence[int] | None = None
                              ) -> tuple[np.ndarray, np.ndarray]:
        """(event ids, organisation ids) of the links of ``event_ids`` (all when None)."""
        extra, params = _only("event_id", event_ids)
        with collector_paused():
            events, orgs = id_arrays(
                self.db.conn, "SELECT event_id, organisation_id FROM event_organisations"
                f" WHERE 1{extra}", params, 2)
        return events, orgs

    def text_match_arrays(self, fts: str) -> tuple[np.ndarray, np.ndarray]:
        """(document ids, event ids) whose text, title or note match the FTS5
        query ``fts`` (made by ``filters.fts_query``): two index lookups."""
        documents = id_arrays(self.db.conn, "SELECT rowid FROM documents_fts"
                              " WHERE documents_fts MATCH ?", [fts], 1)[0]
        events = id_arrays(self.db.conn, "SELECT rowid FROM events_fts"
                           " WHERE events_fts MATCH ?", [fts], 1)[0]
        return documents, events


__all__ = ["ColumnIndexReads"]
