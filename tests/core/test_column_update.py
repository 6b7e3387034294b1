"""After an edit the window's columns and filter index are patched, not read
again whole: the result must be exactly what a fresh load gives, for the
columns, the index and every filter answered from them."""

from __future__ import annotations

import numpy as np
import pytest

from timeline_app.core import editing
from timeline_app.core.column_filter import ColumnIndex
from timeline_app.core.column_update import columns_after_changes
from timeline_app.core.event_columns import EventColumns
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store


@pytest.fixture
def seeded(fresh_store: Store, seeds_dir) -> Store:
    import_paths(fresh_store, [seeds_dir])
    return fresh_store


def _filters(store: Store) -> list[EventFilter]:
    nus = tuple(store.find_organisation_ids("National Union of Students"))
    return [EventFilter(organisation_ids=nus), EventFilter(year_from=2016, year_to=2017),
            EventFilter(kinds=("walkout", "letter")), EventFilter(text="strike"),
            EventFilter(text="Occupation"), EventFilter(hide_undated=True, show_context=False)]


def _loaded_with_index(store: Store) -> EventColumns:
    columns = EventColumns.load(store)
    columns.select(store, EventFilter(kinds=("walkout",)))  # reads the index once
    return columns


def _links(index: ColumnIndex) -> list[tuple[int, int]]:
    return sorted(zip(index.link_orgs.tolist(), index.link_rows.tolist(), strict=True))


def _assert_same_as_a_fresh_load(patched: EventColumns, store: Store) -> None:
    loaded = _loaded_with_index(store)
    assert patched.lists == loaded.lists
    assert patched.rows_of_ids(loaded.ids).tolist() == list(range(len(loaded)))
    mine, theirs = patched.__dict__["_column_index"], loaded.__dict__["_column_index"]
    for name in ("years", "kind_known", "documents"):
        assert np.array_equal(getattr(mine, name), getattr(theirs, name)), name
    assert _links(mine) == _links(theirs)
    for event_filter in _filters(store):
        assert patched.select(store, event_filter).lists == loaded.select(store, event_filter).lists
        assert patched.select(store, event_filter).lists == store.timeline_columns(event_filter)


def _event_id(store: Store, title_part: str) -> int:
    columns = EventColumns.load(store)
    return next(int(i) for i, t in zip(columns.ids, columns.titles, strict=True)
                if title_part.lower() in t.lower())


def test_a_moved_date_and_a_new_title_land_where_a_fresh_load_puts_them(seeded):
    columns = _loaded_with_index(seeded)
    first = int(columns.ids[0])
    before = columns.select(seeded, EventFilter(text="registry"))  # a query's matches kept
    changes = editing.update_event(seeded, first, title="Occupation of the registry",
                                   start="2024-06", precision="month").changes
    patched = columns_after_changes(columns, seeded, changes)
    assert patched.row_of(first) != 0  # it moved from the front
    assert first not in before.ids
    assert first in patched.select(seeded, EventFilter(text="registry")).ids
    _assert_same_as_a_fresh_load(patched, seeded)


def test_deleting_restoring_and_adding_events_patch_the_columns(seeded):
    columns = _loaded_with_index(seeded)
    victim = int(columns.ids[len(columns) // 2])
    snapshot = editing.delete_event(seeded, victim)
    columns = columns_after_changes(columns, seeded, snapshot.changes)
    assert columns.row_of(victim) is None
    _assert_same_as_a_fresh_load(columns, seeded)
    columns = columns_after_changes(columns, seeded, editing.restore_event(seeded, snapshot))
    _assert_same_as_a_fresh_load(columns, seeded)
    added = editing.add_event(seeded, title="Occupation of the library", kind="occupation",
                              start="2018-03", organisations=["A brand new union"])
    columns = columns_after_changes(columns, seeded, added.changes)
    _assert_same_as_a_fresh_load(columns, seeded)
    document = seeded.event_row(victim)["document_id"]
    snapshot = editing.delete_document(seeded, document)
    columns = columns_after_changes(columns, seeded, snapshot.changes)
    _assert_same_as_a_fresh_load(columns, seeded)
    columns = columns_after_changes(columns, seeded, editing.restore_document(seeded, snapshot))
    _assert_same_as_a_fresh_load(columns, seeded)


def test_renamed_organisations_and_changed_links_are_read_again(seeded):
    columns = _loaded_with_index(seeded)
    nus = seeded.find_organisation_ids("National Union of Students")[0]
    edit = editing.rename_entity(seeded, "organisation", nus, "Students' Union of the Nation")
    columns = columns_after_changes(columns, seeded, edit.changes)
    _assert_same_as_a_fresh_load(columns, seeded)
    event_id = _event_id(seeded, "")
    update = editing.set_event_organisations(seeded, event_id, ["UCU", "Another union"])
    columns = columns_after_changes(columns, seeded, update.changes)
    _assert_same_as_a_fresh_load(columns, seeded)


def test_only_the_touched_events_are_read_again(seeded, monkeypatch):
    columns = _loaded_with_index(seeded)
    asked: list[object] = []
    for name in ("event_index_arrays", "organisation_links_of"):
        real = getattr(seeded, name)
        monkeypatch.setattr(seeded, name,
                            lambda ids=None, real=real: asked.append(ids) or real(ids))
    event_id = int(columns.ids[3])
    changes = editing.update_event(seeded, event_id, title="Renamed by hand").changes
    patched = columns_after_changes(columns, seeded, changes)
    assert asked == [[event_id], [event_id]]
    assert patched.titles[patched.row_of(event_id)] == "Renamed by hand"


def test_nothing_loaded_yet_means_a_whole_load(seeded):
    changes = editing.update_event(seeded, _event_id(seeded, ""), title="x").changes
    assert columns_after_changes(None, seeded, changes) is None


def test_a_change_to_no_event_keeps_the_columns_as_they_are(seeded):
    columns = _loaded_with_index(seeded)
    assert columns_after_changes(columns, seeded, editing.Changes(people=True)) is columns
