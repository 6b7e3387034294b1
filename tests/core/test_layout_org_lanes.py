"""Lanes by organisation: an event sits in the lane of each of its
organisations, so every lane holds as many events as filtering by that
organisation finds; lanes ordered by count or by name."""

from __future__ import annotations

import numpy as np
import pytest

from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.layout import (
    NO_ORGANISATION, Metrics, build_frame, lane_geometries, lane_organisations, make_lanes,
)
from timeline_app.core.timeline_data import TimelineData

from org_timelines import timeline_with_organisations as data_of


def test_an_event_with_two_organisations_is_in_both_lanes():
    data = data_of([(1, 100.0, "NUS; UCU"), (2, 110.0, "UCU"), (3, 120.0, "")])
    lanes = make_lanes(data, "organisation")
    assert lanes.titles == ("UCU", "NUS", NO_ORGANISATION)
    assert lanes.counts == (2, 1, 1)
    assert sorted(lanes.lanes_of_index(data, 0)) == [0, 1]
    geometries, _ = lane_geometries(lanes, top=0.0, height=400.0, scroll_y=0.0,
                                    metrics=Metrics())
    frame = build_frame(data=data, lanes=lanes, geometries=geometries, start_day=90.0,
                        end_day=130.0, width_px=800.0, view_top=0.0, view_bottom=400.0,
                        label_widths=lambda idx: np.full(len(idx), 40.0))
    drawn = {lane: sorted(int(data.ids[i]) for i in frame.events[lane].index) for lane in (0, 1, 2)}
    assert drawn == {0: [1, 2], 1: [1], 2: [3]}


def test_lanes_can_be_ordered_by_name_with_no_organisation_still_last():
    data = data_of([(1, 100.0, "b union"), (2, 110.0, "Zeta"), (3, 111.0, "Zeta"),
                    (4, 120.0, ""), (5, 130.0, "Alpha")])
    assert make_lanes(data, "organisation", "name").titles == (
        "Alpha", "b union", "Zeta", NO_ORGANISATION)
    assert make_lanes(data, "organisation", "count").titles[0] == "Zeta"


def test_organisers_alone_give_lanes_once_roles_are_known():
    assert lane_organisations(["NUS", "UCU"]) == ["NUS", "UCU"]
    assert lane_organisations(["NUS", "UCU"], ["organiser", "target"]) == ["NUS"]
    assert lane_organisations(["NUS", "UCU"], ["mentioned", "target"]) == ["NUS", "UCU"]


@pytest.fixture
def seeded(fresh_store, seeds_dir):
    import_paths(fresh_store, [seeds_dir])
    return fresh_store


def test_each_seed_lane_holds_the_events_its_organisation_organised_or_is_named_in(seeded):
    """An event sits in the lanes of its organisers; one with no known
    organiser sits in the lane of every organisation it names. So a lane holds
    what "organised by X" finds, plus X's events whose organiser is unknown."""
    columns = seeded.timeline_columns(EventFilter())
    data = TimelineData.from_columns(**columns)
    lanes = make_lanes(data, "organisation")
    dated = set(data.ids.tolist())
    without_organiser = {i for i, who in zip(columns["ids"], columns["organisers"]) if not who}
    several = 0
    for org in seeded.organisations():
        organised = set(seeded.matching_event_ids(
            EventFilter(organisation_ids=(org["id"],), organisers_only=True)))
        named = set(seeded.matching_event_ids(EventFilter(organisation_ids=(org["id"],))))
        found = organised | (named & without_organiser)
        in_lane = found & dated
        if not in_lane:
            assert org["name"] not in lanes.titles
            continue
        lane = lanes.titles.index(org["name"])
        assert lanes.counts[lane] == len(in_lane), org["name"]
        # With the undated ones its header names, the lane adds up to that count.
        assert lanes.counts[lane] + lanes.undated[lane] == len(found), org["name"]
        several += lanes.counts[lane] > 1
    assert several, "the seeds share organisations between events"


def test_a_lane_header_counts_its_undated_events_too():
    rows = [(1, 100.0, "NUS"), (2, float("nan"), "NUS; UCU"), (3, 110.0, "UCU")]
    data = data_of(rows)
    lanes = make_lanes(data, "organisation", "name")
    assert [lanes.count_text(i) for i in range(len(lanes))] == [
        "1 event · 1 undated", "1 event · 1 undated"]
    compared = make_lanes(data, "organisation", only=["UCU"])
    assert compared.count_text(0) == "1 event · 1 undated"


def test_an_event_with_organisers_sits_in_their_lanes_only():
    data = TimelineData.from_columns(
        [1, 2], ["Walkout", "Letter"], ["walkout", "letter"], [100.0, 120.0], [None, None],
        ["day", "day"], ["NUS", "NUS"], orgs=["NUS; UCU", "NUS; UCU"], organisers=["NUS", ""])
    lanes = make_lanes(data, "organisation", "name")
    assert lanes.titles == ("NUS", "UCU")
    assert lanes.counts == (2, 1)  # the walkout was organised by NUS; the letter names both
