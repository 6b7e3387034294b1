"""The event column cache: the same rows as the store's own query for every
filter, in time order, typed as numpy arrays and never changed in place."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from timeline_app.core.event_columns import COLUMN_NAMES, EventColumns
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store
from timeline_app.core.timeline_data import TimelineData


@pytest.fixture
def seeded(fresh_store: Store, seeds_dir) -> Store:
    import_paths(fresh_store, [seeds_dir])
    return fresh_store


def _three_events() -> EventColumns:
    return EventColumns.from_lists({
        "ids": [7, 3, 9], "titles": ["a", "b", "c"], "kinds": ["walkout", "letter", "vote"],
        "starts": [100.0, 200.0, None], "ends": [None, 230.0, None],
        "precisions": ["day", "month", "unknown"], "lanes_org": ["NUS", None, "UCU"],
        "orgs": ["NUS", "", "UCU; NUS"],
    })


def test_masked_columns_match_what_the_store_returns_for_each_filter(seeded):
    nus = tuple(seeded.find_organisation_ids("National Union of Students"))
    columns = EventColumns.load(seeded)
    for event_filter in (EventFilter(), EventFilter(organisation_ids=nus),
                         EventFilter(year_from=2016, year_to=2017), EventFilter(text="Gaza"),
                         EventFilter(kinds=("walkout", "letter"), hide_undated=True)):
        assert columns.select(seeded, event_filter).lists == \
            seeded.timeline_columns(event_filter)


def test_the_empty_filter_hands_back_the_loaded_columns_themselves(seeded):
    columns = EventColumns.load(seeded)
    assert columns.select(seeded, EventFilter()) is columns
    assert len(columns) == seeded.event_count()


def test_the_columns_are_typed_arrays_of_equal_length(seeded):
    columns = EventColumns.load(seeded)
    assert columns.ids.dtype == np.int64
    assert columns.starts.dtype == np.float64 and columns.ends.dtype == np.float64
    assert {len(getattr(columns, name)) for name in COLUMN_NAMES} == {len(columns)}


def test_undated_events_are_nan_in_the_arrays_and_none_in_the_lists():
    columns = _three_events()
    assert np.isnan(columns.starts[2])
    assert columns.lists["starts"] == [100.0, 200.0, None]
    assert columns.lists["ends"] == [None, 230.0, None]


def test_picking_ids_keeps_the_time_order_and_ignores_unknown_ids():
    picked = _three_events().with_ids([9, 7, 42, 7])
    assert picked.lists["ids"] == [7, 9]
    assert picked.lists["titles"] == ["a", "c"]
    assert picked.lists["lanes_org"] == ["NUS", "UCU"]


def test_no_matching_ids_gives_empty_columns():
    picked = _three_events().with_ids([])
    assert len(picked) == 0
    assert picked.lists == {name: [] for name in COLUMN_NAMES}


def test_columns_of_different_lengths_are_refused():
    good = _three_events()
    with pytest.raises(ValueError, match="equally long"):
        dataclasses.replace(good, titles=good.titles[:2])


def test_the_columns_cannot_be_reassigned():
    with pytest.raises(dataclasses.FrozenInstanceError):
        _three_events().ids = np.array([], dtype=np.int64)  # type: ignore[misc]


def test_the_canvas_data_from_codes_equals_the_data_from_strings(seeded):
    columns = EventColumns.load(seeded)
    nus = tuple(seeded.find_organisation_ids("National Union of Students"))
    for event_filter in (EventFilter(), EventFilter(organisation_ids=nus),
                         EventFilter(kinds=("walkout",))):
        picked = columns.select(seeded, event_filter)
        fast = picked.timeline_data
        slow = TimelineData.from_columns(**seeded.timeline_columns(event_filter))
        for name in ("ids", "starts", "ends", "kinds", "precisions", "org_codes", "undated_ids"):
            assert np.array_equal(getattr(fast, name), getattr(slow, name)), name
        assert fast.org_names == slow.org_names
        assert [fast.title_of(i) for i in range(fast.dated_count)] == \
            [slow.title_of(i) for i in range(slow.dated_count)]


def test_rows_are_found_by_id_and_unknown_ids_are_not():
    columns = _three_events()
    assert [columns.row_of(i) for i in (7, 3, 9, 42, -1)] == [0, 1, 2, None, None]
    assert columns.with_ids([9, 9, 3]).lists["ids"] == [3, 9]


def test_filters_answered_from_memory_pass_the_same_events_as_the_store(seeded):
    columns = EventColumns.load(seeded)
    nus = tuple(seeded.find_organisation_ids("National Union of Students"))
    people = tuple(p["id"] for p in seeded.people()[:2])
    filters = [
        EventFilter(year_from=2016), EventFilter(year_to=2016), EventFilter(hide_approximate=True),
        EventFilter(hide_undated=True, show_context=False), EventFilter(show_context=False),
        EventFilter(kinds=("context",), show_context=False), EventFilter(min_sources=2),
        EventFilter(organisation_ids=nus, year_from=2017), EventFilter(person_ids=people),
        EventFilter(organisation_ids=nus, organisers_only=True),
        EventFilter(text="walk", kinds=("walkout",)), EventFilter(kinds=("other", "campaign")),
    ]
    for event_filter in filters:
        assert columns.select(seeded, event_filter).lists == \
            seeded.timeline_columns(event_filter), event_filter
