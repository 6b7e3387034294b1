"""Organisations picked out on the timeline: colours for a chosen few, and
the events that compared organisations share.

Colour is never the only cue: the legend names each coloured organisation,
and in a comparison each lane is titled with its organisation and a shared
event is joined across the lanes by a connector. Everything here is plain
arithmetic on the layout, so the painter only draws what it is handed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from timeline_app.core.layout.frame import Frame
from timeline_app.core.layout.lanes import LaneSet, organisation_memberships
from timeline_app.core.timeline_data import TimelineData

#: At most this many organisations get a colour: more would not stay apart.
COLOUR_LIMIT = 6
#: A comparison shows at least two and at most five organisations.
COMPARE_MIN, COMPARE_MAX = 2, 5


def organisation_slots(data: TimelineData, chosen: Sequence[str]) -> np.ndarray:
    """Per dated event, the position in ``chosen`` of its first chosen
    organisation (the colour it gets), or -1 when it has none of them."""
    slots = np.full(data.dated_count, -1, dtype=np.int8)
    if not chosen or not data.dated_count:
        return slots
    member_index, member_code, names = organisation_memberships(data)
    rank = np.full(len(names) + 1, len(chosen), dtype=np.int16)
    for slot, name in enumerate(chosen[:COLOUR_LIMIT]):
        if name in names:
            rank[names.index(name) + 1] = slot
    best = np.full(data.dated_count, len(chosen), dtype=np.int16)
    np.minimum.at(best, member_index, rank[member_code + 1])
    hit = best < len(chosen)
    slots[hit] = best[hit]
    return slots


def shared_events(lanes: LaneSet, dated_count: int) -> np.ndarray:
    """Per dated event, whether it sits in two or more of the lanes."""
    if lanes.mode == "kind" or not len(lanes.member_index):
        return np.zeros(dated_count, dtype=bool)
    return np.bincount(lanes.member_index, minlength=dated_count) >= 2


def shared_connectors(frame: Frame, shared: np.ndarray) -> list[tuple[float, float, float]]:
    """(x, top y, bottom y) of a line joining each shared event's markers
    across the lanes that draw it one by one (two markers at least)."""
    points: dict[int, list[tuple[float, float]]] = {}
    for event_lane in frame.events.values():
        if not len(event_lane.index):
            continue
        for k in np.flatnonzero(shared[event_lane.index]).tolist():
            points.setdefault(int(event_lane.index[k]), []).append(
                (float(event_lane.ax[k]), event_lane.y_of(k)))
    lines = []
    for marks in points.values():
        if len(marks) >= 2:
            ys = [y for _x, y in marks]
            lines.append((marks[0][0], min(ys), max(ys)))
    return lines


__all__ = ["COLOUR_LIMIT", "COMPARE_MAX", "COMPARE_MIN", "organisation_slots",
           "shared_connectors", "shared_events"]
