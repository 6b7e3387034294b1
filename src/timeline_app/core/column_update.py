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


def columns_after_changes(columns: EventColumns | None, store: Store,
                          changes: Changes) -> EventColumns | None:
    """``columns`` as they are after ``changes``, or None when they must be
    loaded whole (none loaded yet, or too many events touched)."""
    touched = changes.events | changes.added | changes.removed
    if columns is None or len(touched) > MAX_TOUCHED:
        return None
    touched_ids = np.array(sorted(touched), dtype=np.int64)
    fresh = EventColumns.from_lists(store.timeline_columns_of(touched_ids.tolist()))
    old_rows = columns.rows_of_ids(touched_ids)
    kept = np.ones(len(columns), dtype=bool)
    kept[old_rows[old_rows >= 0]] = False
    kept_rows = np.flatnonzero(kept)
    at = _insert_positions(columns.starts[kept_rows], columns.ids[kept_rows], fresh)
    merged = _merged(columns, kept_rows, fresh, at)
    fresh_rows = at + np.arange(len(at))
    is_fresh = np.zeros(len(merged), dtype=bool)
    is_fresh[fresh_rows] = True
    old_to_new = np.full(len(columns), -1, dtype=np.int64)
    old_to_new[kept_rows] = np.flatnonzero(~is_fresh)
    index = columns.__dict__.get("_column_index")
    if index is not None:  # cached like a cached_property (the columns are frozen)
        merged.__dict__["_column_index"] = _index_after(index, merged, old_to_new, fresh_rows,
                                                        store, touched_ids)
    return merged


def _insert_positions(starts: np.ndarray, ids: np.ndarray, fresh: EventColumns) -> np.ndarray:
    """Where each fresh row goes among the kept rows, which are in the store's
    time order: by start (undated, NaN, last), then by id."""
    positions = np.empty(len(fresh), dtype=np.int64)
    for k, (start, event_id) in enumerate(zip(fresh.starts.tolist(), fresh.ids.tolist(),
                                              strict=True)):
        lo = int(np.searchsorted(starts, start, side="left"))
        # The block of equal starts; numpy sorts NaN last, so the undated
        # block runs to the end.
        hi = int(np.searchsorted(starts, start, side="right")) if start == start else len(starts)
        positions[k] = lo + int(np.searchsorted(ids[lo:hi], event_id))
    return positions


def _merged(columns: EventColumns, kept_rows: np.ndarray, fresh: EventColumns,
            at: np.ndarray) -> EventColumns:
    """The kept rows with the fresh rows inserted before positions ``at``."""
    names = list(columns.lane_names)
    code_of = {name: code for code, name in enumerate(names)}
    for name in fresh.lane_names:
        code_of.setdefault(name, len(names))
        if code_of[name] == len(names):
            names.append(name)
    recode = np.array([code_of[name] for name in fresh.lane_names] + [-1], dtype=np.int32)
    fresh_values = {f.name: materialised(getattr(fresh, f.name))
                    for f in dataclasses.fields(EventColumns) if f.name != "lane_names"}
    fresh_values["lane_codes"] = recode[fresh.lane_codes]  # -1 reads the last slot
    merged = {name: np.insert(materialised(getattr(columns, name))[kept_rows], at, values)
              for name, values in fresh_values.items()}
    return EventColumns(**merged, lane_names=tuple(names))


def _index_after(index: ColumnIndex, merged: EventColumns, old_to_new: np.ndarray,
                 fresh_rows: np.ndarray, store: Store, touched_ids: np.ndarray) -> ColumnIndex:
    """``index`` for ``merged``: kept rows moved, the touched events read again."""
    kept_old = np.flatnonzero(old_to_new >= 0)
    kept_new = old_to_new[kept_old]

    def moved(values: np.ndarray, missing: object) -> np.ndarray:
        out = np.full(len(merged), missing, dtype=values.dtype)
        out[kept_new] = values[kept_old]
        return out

    ids, years, documents = store.event_index_arrays(touched_ids.tolist())
    rows = merged.rows_of_ids(ids)
    found = rows >= 0
    new_years, new_documents = moved(index.years, index.no_year), moved(index.documents, -1)
    new_years[rows[found]], new_documents[rows[found]] = years[found], documents[found]
    kind_known = moved(index.kind_known, False)
    kind_known[fresh_rows] = np.isin(merged.kinds[fresh_rows], KINDS)
    # Links: the kept ones follow their rows (still sorted by organisation);
    # the touched events' links are read again and slotted in.
    link_rows = old_to_new[index.link_rows]
    still = link_rows >= 0
    link_orgs, link_rows = index.link_orgs[still], link_rows[still]
    events, orgs = store.organisation_links_of(touched_ids.tolist())
    new_link_rows = merged.rows_of_ids(events)
    shown = new_link_rows >= 0
    slots = np.searchsorted(link_orgs, orgs[shown], side="right")
    return dataclasses.replace(
        index, years=new_years, kind_known=kind_known, documents=new_documents,
        link_orgs=np.insert(link_orgs, slots, orgs[shown]),
        link_rows=np.insert(link_rows, slots, new_link_rows[shown]), text_masks={})


__all__ = ["MAX_TOUCHED", "columns_after_changes"]
