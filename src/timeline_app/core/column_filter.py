"""A filter answered from columns held in memory, SQL only where it must.

At a million events, asking SQLite for the ids of every walkout, or of
every event of a large organisation, costs more than the whole repaint that
follows. The window holds every shown event's columns already
(``EventColumns``); kinds, years, dates, precisions and source counts become
numpy masks over them, and an organisation's events come from its links,
read once and sorted. Full text asks FTS5 only for the matching documents
and events (two index lookups, kept per query) and marks their rows through
each row's document. Only people and "organised by" still ask the store. The result is the same set of rows as the store's own query
(``tests/core/test_event_columns.py`` compares them filter by filter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.filters import EventFilter, fts_query
from timeline_app.core.models import KINDS, PRECISIONS

if TYPE_CHECKING:
    from timeline_app.core.event_columns import EventColumns
    from timeline_app.core.store import Store

_UNKNOWN = PRECISIONS.index("unknown")
_APPROXIMATE = PRECISIONS.index("approximate")
_CONTEXT = KINDS.index("context")
#: The filter's parts answered here; whatever else it holds goes to SQL.
#: How many full-text queries' matches are kept (typing goes back and forth).
_KEPT_QUERIES = 16
_COLUMN_PARTS = dict(kinds=(), year_from=None, year_to=None, hide_undated=False,
                     hide_approximate=False, min_sources=0, show_context=True)


@dataclass(frozen=True)
class ColumnIndex:
    """What the masks need beyond ``EventColumns``, read once per load."""

    years: np.ndarray  # int64 per row; the store's NO_YEAR when none
    kind_known: np.ndarray  # bool per row: its kind is one of KINDS
    link_orgs: np.ndarray  # organisation id per link, sorted
    link_rows: np.ndarray  # the linked event's row, in the same order
    no_year: int
    documents: np.ndarray | None = None  # int64 per row: its document's id, -1 none
    #: FTS5 query -> the rows it matches (bool per row); cleared by any change
    text_masks: dict[str, np.ndarray] = field(default_factory=dict, compare=False)

    @classmethod
    def read(cls, columns: EventColumns, store: Store) -> ColumnIndex:
        from timeline_app.core.store.timeline_reads import NO_YEAR

        ids, years, documents = store.event_index_arrays()
        rows = columns.rows_of_ids(ids)
        by_row = np.full(len(columns), NO_YEAR, dtype=np.int64)
        by_row[rows[rows >= 0]] = years[rows >= 0]
        document_of_row = np.full(len(columns), -1, dtype=np.int64)
        document_of_row[rows[rows >= 0]] = documents[rows >= 0]
        link_orgs, link_rows = _sorted_links(columns, *store.organisation_links_of())
        return cls(by_row, np.isin(columns.kinds, KINDS), link_orgs, link_rows, NO_YEAR,
                   document_of_row)

    def text_mask(self, columns: EventColumns, store: Store, text: str) -> np.ndarray | None:
        """Rows whose document's text, or own title or note, match ``text``
        (None: the text holds no word, so it narrows nothing)."""
        query = fts_query(text)
        if query is None:
            return None
        mask = self.text_masks.get(query)
        if mask is None:
            documents, events = store.text_match_arrays(query)
            mask = np.zeros(len(columns), dtype=bool)
            if len(documents) and len(self.documents):
                hit = np.zeros(max(int(documents.max()), int(self.documents.max())) + 2, dtype=bool)
                hit[documents] = True
                mask |= hit[self.documents]  # -1 (no document) reads the last slot: False
            rows = columns.rows_of_ids(events)
            mask[rows[rows >= 0]] = True
            if len(self.text_masks) >= _KEPT_QUERIES:
                self.text_masks.pop(next(iter(self.text_masks)))
            self.text_masks[query] = mask
        return mask

    def organisation_rows(self, organisation_ids: tuple[int, ...]) -> np.ndarray:
        """Rows of the events linked to any of ``organisation_ids`` (may repeat)."""
        wanted = np.asarray(organisation_ids, dtype=np.int64)
        lo = np.searchsorted(self.link_orgs, wanted, side="left")
        hi = np.searchsorted(self.link_orgs, wanted, side="right")
        return np.concatenate([self.link_rows[a:b] for a, b in zip(lo, hi)] or
                              [np.zeros(0, dtype=np.int64)])


def _sorted_links(columns: EventColumns, events: np.ndarray, orgs: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray]:
    """(organisation ids, rows) of the links to shown events, by organisation."""
    link_rows = columns.rows_of_ids(events)
    shown = link_rows >= 0
    order = np.argsort(orgs[shown], kind="stable")
    return orgs[shown][order], link_rows[shown][order]


def column_mask(columns: EventColumns, index: ColumnIndex, event_filter: EventFilter) -> np.ndarray:
    """Rows passing the filter's kinds, years, dates, precisions, sources and
    the context toggle (True everywhere for a filter with none of those)."""
    mask = np.ones(len(columns), dtype=bool)
    f = event_filter
    if f.kinds:
        wanted = np.zeros(len(KINDS), dtype=bool)  # a lookup per code, not a set test
        wanted[[KINDS.index(k) for k in f.kinds if k in KINDS]] = True
        mask &= wanted[columns.kind_codes] & index.kind_known
    if f.year_from is not None or f.year_to is not None:
        mask &= index.years != index.no_year
        if f.year_from is not None:
            mask &= index.years >= f.year_from
        if f.year_to is not None:
            mask &= index.years <= f.year_to
    if f.hide_undated:
        mask &= np.isfinite(columns.starts) & (columns.precision_codes != _UNKNOWN)
    if f.hide_approximate:
        mask &= (columns.precision_codes != _APPROXIMATE) & (columns.precision_codes != _UNKNOWN)
    if f.min_sources > 1:
        mask &= columns.sources >= f.min_sources
    if f.hides_context:
        mask &= ~((columns.kind_codes == _CONTEXT) & index.kind_known)
    return mask


def rows_passing(columns: EventColumns, index: ColumnIndex, store: Store,
                 event_filter: EventFilter) -> np.ndarray:
    """The rows of ``columns`` that ``event_filter`` passes, ascending."""
    mask = column_mask(columns, index, event_filter)
    rest = event_filter.with_changes(**_COLUMN_PARTS)
    if rest == EventFilter():
        return np.flatnonzero(mask)
    if rest == EventFilter(organisation_ids=rest.organisation_ids):
        rows = index.organisation_rows(rest.organisation_ids)
    elif rest == EventFilter(text=rest.text) and index.documents is not None:
        text_mask = index.text_mask(columns, store, rest.text)
        return np.flatnonzero(mask if text_mask is None else mask & text_mask)
    else:
        rows = columns.rows_of_ids(store.matching_event_id_array(rest, distinct=False))
        rows = rows[rows >= 0]
    chosen = np.zeros(len(columns), dtype=bool)
    chosen[rows] = True
    return np.flatnonzero(mask & chosen)


__all__ = ["ColumnIndex", "column_mask", "rows_passing"]
