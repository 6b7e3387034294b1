"""Organisations picked out: colours for a chosen few, and the events that
compared organisations share."""

from __future__ import annotations

import numpy as np

from timeline_app.core.layout import (
    Metrics, build_frame, lane_geometries, make_lanes, organisation_slots, shared_connectors,
    shared_events,
)

from org_timelines import timeline_with_organisations as data_of


DATA = data_of([(1, 100.0, "NUS; UCU"), (2, 110.0, "UCU"), (3, 120.0, ""),
                (4, 130.0, "NUS"), (5, 140.0, "SOAS")])


def test_each_chosen_organisation_gets_its_own_colour_and_the_first_chosen_wins():
    assert organisation_slots(DATA, ["UCU", "NUS"]).tolist() == [0, 0, -1, 1, -1]
    assert organisation_slots(DATA, ["NUS"]).tolist() == [0, -1, -1, 0, -1]
    assert organisation_slots(DATA, []).tolist() == [-1] * 5


def test_comparing_shows_only_the_chosen_lanes_in_the_chosen_order():
    lanes = make_lanes(DATA, "organisation", only=["UCU", "NUS"])
    assert lanes.titles == ("UCU", "NUS")
    assert lanes.counts == (2, 2)
    assert shared_events(lanes, DATA.dated_count).tolist() == [True, False, False, False, False]
    assert lanes.lane_of(DATA, 0, 5).tolist() == [1, 0, -1, 1, -1]  # SOAS and none: no lane
    assert lanes.lane_of_index(DATA, 4) == -1


def test_a_shared_event_is_joined_across_the_compared_lanes():
    lanes = make_lanes(DATA, "organisation", only=["NUS", "UCU"])
    geometries, _ = lane_geometries(lanes, top=0.0, height=300.0, scroll_y=0.0,
                                    metrics=Metrics())
    frame = build_frame(data=DATA, lanes=lanes, geometries=geometries, start_day=90.0,
                        end_day=150.0, width_px=900.0, view_top=0.0, view_bottom=300.0,
                        label_widths=lambda idx: np.full(len(idx), 30.0))
    (x, top, bottom), = shared_connectors(frame, shared_events(lanes, DATA.dated_count))
    assert abs(x - frame.x_of(float(DATA.anchors[0]))) < 1
    assert top == frame.events[0].y_of(0) and bottom == frame.events[1].y_of(0)
