"""A filter answered from columns held in memory, SQL only where it must.

At a million events, asking SQLite for the ids of every walkout, or of
every event of a large organisation, costs more than the whole repaint that
follows. The window holds every shown event's columns already
(``EventColumns``); kinds, years, dates, precisions and source counts become
numpy masks over them, and an organisation's events come from its links,
read once and sorted. Only people, "organised by" and full text still ask
the store. The result is the same set of rows as the store's own query
(``tests/core/test_event_columns.py`` compares them filter by filter).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.filters import EventFilter
from timeline_app.core.models import KINDS, PRECISIONS

if TYPE_CHECKING:
    from timeline_app.core.event_columns import EventColumns
    from timeline_app.core.store import Store

_UNKNOWN = PRECISIONS.index("unknown")
_APPROXIMATE = PRECISIONS.index("approximate")
_CONTEXT = KINDS.index("context")
#: The filter's parts answered here; whatever else it holds goes to SQL.
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

    @classmethod
    def read(cls, columns: EventColumns, store: Store) -> ColumnIndex:
        from timeline_app.core.store.timeline_reads import NO_YEAR

        ids, years = store.event_year_arrays()
        by_row = np.full(len(columns), NO_YEAR, dtype=np.int64)
        rows = columns.rows_of_ids(ids)
        by_row[rows[rows >= 0]] = years[rows >= 0]
        events, orgs = store.organisation_link_arrays()
        link_rows = columns.rows_of_ids(events)
        shown = link_rows >= 0
        order = np.argsort(orgs[shown], kind="stable")
        return cls(by_row, np.isin(columns.kinds, KINDS), orgs[shown][order],
                   link_rows[shown][order], NO_YEAR)

    def organisation_rows(self, organisation_ids: tuple[int, ...]) -> np.ndarray:
        """Rows of the events linked to any of ``organisation_ids`` (may repeat)."""
        wanted = np.asarray(organisation_ids, dtype=np.int64)
        lo = np.searchsorted(self.link_orgs, wanted, side="left")
        hi = np.searchsorted(self.link_orgs, wanted, side="right")
        return np.concatenate([self.link_rows[a:b] for a, b in zip(lo, hi)] or
                              [np.zeros(0, dtype=np.int64)])


def column_mask(columns: EventColumns, index: ColumnIndex, event_filter: EventFilter) -> np.ndarray:
    """Rows passing the filter's kinds, years, dates, precisions, sources and
    the context toggle (True everywhere for a filter with none of those)."""
    mask = np.ones(len(columns), dtype=bool)
    f = event_filter
    if f.kinds:
        codes = [KINDS.index(k) for k in f.kinds if k in KINDS]
        mask &= np.isin(columns.kind_codes, codes) & index.kind_known
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
    else:
        rows = columns.rows_of_ids(store.matching_event_id_array(rest, distinct=False))
        rows = rows[rows >= 0]
    chosen = np.zeros(len(columns), dtype=bool)
    chosen[rows] = True
    return np.flatnonzero(mask & chosen)


__all__ = ["ColumnIndex", "column_mask", "rows_passing"]
