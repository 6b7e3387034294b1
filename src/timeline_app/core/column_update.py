"""After an edit, the event columns and their filter index with only the
touched events read again.

At a million events, reading every event's columns again takes seconds, and
the filter index behind them (years, documents, organisation links) about
one more, yet an edit touches a handful of events. ``columns_after_changes``
drops the touched rows, reads those events again (the ones still shown) and
puts them back in time order; the index follows the rows that moved and
reads only the touched events' years, documents and links.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.column_filter import ColumnIndex
from timeline_app.core.event_columns import EventColumns
from timeline_app.core.models import KINDS
from timeline_app.core.row_view import materialised

if TYPE_CHECKING:
    from timeline_app.core.editing.changes import Changes
    from timeline_app.core.store import Store

#: Past this many touched events, reading everything again is as quick.
MAX_TOUCHED = 20_000


@dataclass(frozen=True)
class Splice:
    """How the new rows are made from the old ones: the old rows minus
    ``removed`` (ascending), with fresh rows inserted before kept-row
    positions ``at`` (ascending). Each column is then cut into a few slices
    and joined once, one copy per column instead of a gather and an insert."""

    kept_rows: np.ndarray  # the old rows kept, ascending
    removed: np.ndarray
    at: np.ndarray

    @cached_property
    def pieces(self) -> list[tuple[bool, int, int]]:
        """(from fresh?, first, stop) runs, in the new order."""
        kept_count = len(self.kept_rows)
        # A removed row's place among the kept ones: where the old run breaks.
        breaks = self.removed - np.arange(len(self.removed))
        cuts = sorted({0, kept_count, *breaks.tolist(), *self.at.tolist()})
        pieces: list[tuple[bool, int, int]] = []
        fresh_from = 0
        for cut, following in zip(cuts, [*cuts[1:], kept_count], strict=True):
            fresh_to = int(np.searchsorted(self.at, cut, side="right"))
            if fresh_to > fresh_from:
                pieces.append((True, fresh_from, fresh_to))
                fresh_from = fresh_to
            if following > cut:
                first = int(self.kept_rows[cut])
                pieces.append((False, first, first + following - cut))
        return pieces

    def apply(self, old: np.ndarray, fresh: np.ndarray) -> np.ndarray:
        """The new column from the old one and the fresh rows' values."""
        parts = [(fresh if from_fresh else old)[first:stop]
                 for from_fresh, first, stop in self.pieces]
        return np.concatenate(parts) if parts else old[:0]

    @cached_property
    def fresh_rows(self) -> np.ndarray:
        """The new row of each fresh row."""
        return self.at + np.arange(len(self.at))

    @cached_property
    def old_to_new(self) -> np.ndarray:
        """Each old row's new row, -1 for a removed one: filled run by run."""
        new = np.full(len(self.kept_rows) + len(self.removed), -1, dtype=np.int64)
        written = 0
        for from_fresh, first, stop in self.pieces:
            if not from_fresh:
                new[first:stop] = np.arange(written, written + stop - first)
            written += stop - first
        return new


def columns_after_changes(columns: EventColumns | None, store: Store,
                          changes: Changes) -> EventColumns | None:
    """``columns`` as they are after ``changes``, or None when they must be
    loaded whole (none loaded yet, or too many events touched)."""
    touched = changes.events | changes.added | changes.removed
    if columns is None or len(touched) > MAX_TOUCHED:
        return None
    if not touched:  # a name list changed, no event's columns did
        return columns
    touched_ids = np.array(sorted(touched), dtype=np.int64)
    fresh = EventColumns.from_lists(store.timeline_columns_of(touched_ids.tolist()))
    removed = np.sort(columns.rows_of_ids(touched_ids))
    removed = removed[removed >= 0]
    kept = np.ones(len(columns), dtype=bool)
    kept[removed] = False
    kept_rows = np.flatnonzero(kept)
    splice = Splice(kept_rows, removed,
                    _insert_positions(columns.starts, columns.ids, kept_rows, fresh))
    merged = _merged(columns, splice, fresh)
    low, table = columns._row_table
    if len(fresh) == 0 or (fresh.ids.min() >= low and fresh.ids.max() < low + len(table)):
        new_table = np.where(table >= 0, splice.old_to_new[np.maximum(table, 0)], -1)
        new_table[fresh.ids - low] = splice.fresh_rows
        merged.__dict__["_row_table"] = (low, new_table)  # the cached_property, kept current
    index = columns.__dict__.get("_column_index")
    if index is not None:  # cached like a cached_property (the columns are frozen)
        merged.__dict__["_column_index"] = _index_after(index, merged, splice, fresh, store,
                                                        touched_ids)
    return merged


def _insert_positions(starts: np.ndarray, ids: np.ndarray, kept_rows: np.ndarray,
                      fresh: EventColumns) -> np.ndarray:
    """Where each fresh row goes among the kept rows, which are in the store's
    time order: by start (undated, NaN, last), then by id."""
    positions = np.empty(len(fresh), dtype=np.int64)
    for k, (start, event_id) in enumerate(zip(fresh.starts.tolist(), fresh.ids.tolist(),
                                              strict=True)):
        lo = int(np.searchsorted(starts, start, side="left"))
        # The block of equal starts; numpy sorts NaN last, so the undated
        # block runs to the end.
        hi = int(np.searchsorted(starts, start, side="right")) if start == start else len(starts)
        old_row = lo + int(np.searchsorted(ids[lo:hi], event_id))
        positions[k] = np.searchsorted(kept_rows, old_row)  # among the kept rows
    return positions


def _merged(columns: EventColumns, splice: Splice, fresh: EventColumns) -> EventColumns:
    """The new columns: the old ones spliced with the fresh rows."""
    names = list(columns.lane_names)
    code_of = {name: code for code, name in enumerate(names)}
    for name in fresh.lane_names:
        if name not in code_of:
            code_of[name] = len(names)
            names.append(name)
    recode = np.array([code_of[name] for name in fresh.lane_names] + [-1], dtype=np.int32)
    fresh_values = {f.name: materialised(getattr(fresh, f.name))
                    for f in dataclasses.fields(EventColumns) if f.name != "lane_names"}
    fresh_values["lane_codes"] = recode[fresh.lane_codes]  # -1 reads the last slot
    merged = {name: splice.apply(materialised(getattr(columns, name)), values)
              for name, values in fresh_values.items()}
    return EventColumns(**merged, lane_names=tuple(names))


def _index_after(index: ColumnIndex, merged: EventColumns, splice: Splice, fresh: EventColumns,
                 store: Store, touched_ids: np.ndarray) -> ColumnIndex:
    """``index`` for ``merged``: kept rows moved, the touched events read again."""
    ids, years, documents = store.event_index_arrays(touched_ids.tolist())
    order = {event_id: k for k, event_id in enumerate(ids.tolist())}
    at = np.array([order.get(event_id, -1) for event_id in fresh.ids.tolist()], dtype=np.int64)
    fresh_years = np.where(at >= 0, years[at] if len(years) else index.no_year, index.no_year)
    fresh_documents = np.where(at >= 0, documents[at] if len(documents) else -1, -1)
    # Links: the kept ones follow their rows (still sorted by organisation);
    # the touched events' links are read again and slotted in.
    link_rows = splice.old_to_new[index.link_rows]
    still = link_rows >= 0
    link_orgs, link_rows = index.link_orgs[still], link_rows[still]
    events, orgs = store.organisation_links_of(touched_ids.tolist())
    new_link_rows = merged.rows_of_ids(events)
    shown = new_link_rows >= 0
    slots = np.searchsorted(link_orgs, orgs[shown], side="right")
    return dataclasses.replace(
        index, years=splice.apply(index.years, fresh_years.astype(np.int64)),
        kind_known=splice.apply(index.kind_known, np.isin(fresh.kinds, KINDS)),
        documents=splice.apply(index.documents, fresh_documents.astype(np.int64)),
        link_orgs=np.insert(link_orgs, slots, orgs[shown]),
        link_rows=np.insert(link_rows, slots, new_link_rows[shown]), text_masks={})


__all__ = ["MAX_TOUCHED", "Splice", "columns_after_changes"]
