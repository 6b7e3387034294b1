"""Where things go on the timeline, in pixels, without Qt.

Everything the canvas decides before it paints, one job per module:

- ``view_range``: the visible stretch of time, fitting and zoom/pan limits;
- ``axis``: the adaptive ticks and which of their labels fit;
- ``lanes``: grouping events into lanes, stacking lanes and rows;
- ``frame``: the :class:`Frame` of one view — rows and labels, or counted
  clusters and a density strip where a lane is too crowded;
- ``labels``: which marks and clusters get a label, on which side, with
  what (possibly shortened) text;
- ``shelf``: the undated events' chips along the bottom, and their paging;
- ``hit_test``: what sits under the pointer, read from the same layouts;
- ``organisation_marks``: colours for chosen organisations, shared events
  in a comparison;
- ``framing``: whether a chosen view still frames the events after a filter;
- ``view_layout``: one canvas's view (data, lanes, range, scroll) and the
  layouts that follow from it; ``navigation``: stepping through events.

The names other code uses are re-exported here.
"""

from timeline_app.core.layout.axis import AxisTicks, Tick, axis_ticks, choose_scale, place_labels
from timeline_app.core.layout.frame import (
    Cluster, ClusterLane, EventLane, Frame, LabelWidths, build_frame,
)
from timeline_app.core.layout.framing import view_is_sparse
from timeline_app.core.layout.hit_test import chip_at, cluster_at, event_at, is_page_click
from timeline_app.core.layout.labels import (
    ClusterLabels, LabelSpacing, MarkLabels, assign_rows, cluster_noun, label_priority,
    place_cluster_labels, place_mark_labels, shorten,
)
from timeline_app.core.layout.lanes import (
    LANE_ORDERS, NO_ORGANISATION, LaneGeometry, LaneSet, Metrics, labels_that_fit, lane_geometries,
    lane_organisations, make_lanes, must_overflow, organisation_memberships, stack_rows,
)
from timeline_app.core.layout.navigation import nearest_to, step_from
from timeline_app.core.layout.organisation_marks import (
    COLOUR_LIMIT, COMPARE_MAX, COMPARE_MIN, organisation_slots, shared_connectors, shared_events,
)
from timeline_app.core.layout.shelf import (
    Rect, ShelfChip, ShelfLayout, layout_shelf, shelf_positions, shelf_title, short_count,
)
from timeline_app.core.layout.view_range import (
    CENTURY_DAYS, FIRST_DAY, LAST_DAY, MIN_SPAN_DAYS, clamp_range, fit_extent, fit_range,
    max_span_for,
    range_around_cluster, range_around_event, range_revealing, today_day_number, zoom_range,
    zoom_range_limited,
)
from timeline_app.core.layout.view_layout import LANE_MODES, TextMeasures, ViewLayout, ViewSizes

__all__ = [
    "LANE_ORDERS", "lane_organisations", "organisation_memberships",
    "COLOUR_LIMIT", "COMPARE_MAX", "COMPARE_MIN", "organisation_slots", "shared_connectors",
    "shared_events",
    "ClusterLabels", "LabelSpacing", "MarkLabels", "assign_rows", "cluster_noun", "fit_extent",
    "label_priority", "place_cluster_labels", "place_mark_labels", "shorten",
    "range_around_cluster", "range_around_event", "range_revealing",
    "LANE_MODES", "TextMeasures", "ViewLayout", "ViewSizes", "nearest_to", "step_from",
    "AxisTicks", "CENTURY_DAYS", "Cluster", "ClusterLane", "EventLane", "FIRST_DAY", "Frame",
    "LAST_DAY", "LabelWidths", "LaneGeometry", "LaneSet", "MIN_SPAN_DAYS", "Metrics",
    "NO_ORGANISATION", "Rect", "ShelfChip", "ShelfLayout", "Tick", "axis_ticks", "build_frame",
    "chip_at", "choose_scale", "clamp_range", "cluster_at", "event_at", "fit_range",
    "is_page_click", "labels_that_fit", "lane_geometries", "layout_shelf", "make_lanes",
    "max_span_for", "must_overflow", "place_labels", "shelf_positions", "shelf_title",
    "short_count", "stack_rows", "today_day_number", "view_is_sparse", "zoom_range",
    "zoom_range_limited",
]
