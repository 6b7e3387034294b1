"""The canvas's view without the widget: what it shows and where it all goes.

TimelineCanvas keeps one :class:`ViewLayout`. The widget turns input into
changes of the view (range, vertical scroll, shelf page) and owns the
selection; everything that follows from the view — the area the lanes get
between axis and shelf, the cached :class:`Frame`, the shelf's chips, what
lies under a point — is computed here, with the text measuring injected, so
it is tested with plain numbers and no window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from timeline_app.core.layout.frame import Cluster, Frame, LabelWidths, build_frame
from timeline_app.core.layout.hit_test import chip_at, cluster_at, event_at
from timeline_app.core.layout.lanes import (
    LaneGeometry,
    LaneSet,
    Metrics,
    lane_geometries,
    make_lanes,
)
from timeline_app.core.layout.organisation_marks import (
    COLOUR_LIMIT, organisation_slots, shared_events,
)
from timeline_app.core.layout.shelf import ShelfLayout, layout_shelf
from timeline_app.core.layout.view_range import fit_range, range_revealing
from timeline_app.core.timeline_data import TimelineData

LANE_MODES = ("kind", "organisation")
#: How many lane sets and frames the layout keeps (the newest ones): the
#: unfiltered data, the current filter's and one more, as each holds its data.
_KEPT = 3


def _keep(cache: dict, key: tuple, value: tuple) -> None:
    """Put ``value`` in ``cache``, dropping the oldest entries beyond ``_KEPT``."""
    cache.pop(key, None)
    cache[key] = value
    while len(cache) > _KEPT:
        cache.pop(next(iter(cache)))


@dataclass(frozen=True)
class TextMeasures:
    """How the layout measures text; the UI supplies these from its font."""

    label_widths: LabelWidths  # dated indices -> label widths in px
    chip_label_width: Callable[[int], float]  # undated index -> chip label width
    measure: Callable[[str], float]  # any text -> width
    label_text: Callable[[int], str] | None = None  # dated index -> label text (default: title)


@dataclass(frozen=True)
class ViewSizes:
    """Font-derived sizes: the layout's metrics, the axis and the shelf heights."""

    metrics: Metrics = Metrics()
    axis_height: float = 36.0
    shelf_height: float = 28.0


class ViewLayout:
    """Data, lanes and the visible range, scroll and shelf page of one canvas.

    ``start``/``end`` (day numbers), ``scroll_y`` (px) and ``shelf_first``
    (the first undated index on the shelf) are plain attributes the canvas
    sets; the layouts computed from them are cached where it pays.
    """

    def __init__(self, measures: TextMeasures, sizes: ViewSizes, today: float) -> None:
        self.measures = measures
        self.sizes = sizes
        self.data = TimelineData.empty()
        self.lane_mode = "kind"
        self.lane_order = "count"
        self.compared: tuple[str, ...] = ()  # organisations side by side, when comparing
        self.coloured: tuple[str, ...] = ()  # organisations whose events get a colour
        self._marks: dict[str, np.ndarray | None] = {}
        self.lanes = make_lanes(self.data, self.lane_mode)
        self.start, self.end = fit_range(None, today)
        self.scroll_y = 0.0
        self.shelf_first = 0
        # Keyed by the data's and lanes' identities, each entry holding them
        # too, so an id can never be reused while its entry is here; a few are
        # kept so that going back to the unfiltered data (clearing a filter)
        # finds its lanes and its frame again instead of laying out every event.
        self._lane_sets: dict[tuple, tuple[TimelineData, LaneSet]] = {}
        self._frames: dict[tuple, tuple[TimelineData, LaneSet, Frame]] = {}

    def set_data(self, data: TimelineData) -> None:
        self.data = data
        self._relane()
        self.shelf_first = 0

    def set_lane_mode(self, mode: str) -> None:
        """Group lanes by ``"kind"`` or ``"organisation"``; scrolls back to the top."""
        if mode not in LANE_MODES:
            raise ValueError(f"lane mode must be 'kind' or 'organisation', not {mode!r}")
        self.lane_mode, self.compared = mode, ()
        self._relane()
        self.scroll_y = 0.0

    def set_lane_order(self, order: str) -> None:
        """Order organisation lanes by ``"count"`` (busiest first) or ``"name"``."""
        self.lane_order = order
        self._relane()
        self.scroll_y = 0.0

    def set_compared(self, names: Sequence[str]) -> None:
        """Show just these organisations' lanes, side by side (none: every lane)."""
        self.lane_mode, self.compared = "organisation", tuple(names)
        self._relane()
        self.scroll_y = 0.0

    def set_coloured(self, names: Sequence[str]) -> None:
        """Give these organisations' events a colour each (at most COLOUR_LIMIT)."""
        self.coloured = tuple(names)[:COLOUR_LIMIT]
        self._marks.pop("slots", None)
        self._frames.clear()

    def colour_slots(self) -> np.ndarray | None:
        """Per dated event its coloured organisation's position in ``coloured``, or -1."""
        if "slots" not in self._marks:
            self._marks["slots"] = (organisation_slots(self.data, self.coloured)
                                    if self.coloured else None)
        return self._marks["slots"]

    def shared(self) -> np.ndarray | None:
        """While comparing: per dated event, whether two compared lanes hold it."""
        if "shared" not in self._marks:
            self._marks["shared"] = (shared_events(self.lanes, self.data.dated_count)
                                     if self.compared else None)
        return self._marks["shared"]

    def _relane(self) -> None:
        key = (id(self.data), self.lane_mode, self.lane_order, self.compared)
        kept = self._lane_sets.get(key)
        if kept is not None and kept[0] is self.data:
            self.lanes = kept[1]
        else:
            self.lanes = make_lanes(self.data, self.lane_mode, self.lane_order, self.compared)
            _keep(self._lane_sets, key, (self.data, self.lanes))
        self._marks.clear()

    def set_sizes(self, sizes: ViewSizes) -> None:
        self.sizes = sizes
        self._frames.clear()

    # -- vertical layout --------------------------------------------------------

    def lanes_area(self, height: float) -> tuple[float, float]:
        """Top and bottom of the lanes, between the axis and the shelf."""
        axis = self.sizes.axis_height
        shelf = self.sizes.shelf_height if self.data.undated_count else 0.0
        return axis, max(axis, height - shelf)

    def in_lanes(self, y: float, height: float) -> bool:
        top, bottom = self.lanes_area(height)
        return top <= y < bottom

    def geometries(self, height: float) -> tuple[list[LaneGeometry], float]:
        """Each lane's place at the current scroll, and the lanes' total height."""
        top, bottom = self.lanes_area(height)
        return lane_geometries(self.lanes, top=top, height=bottom - top, scroll_y=self.scroll_y,
                               metrics=self.sizes.metrics)

    def clamp_scroll(self, height: float) -> None:
        """Keep the vertical scroll between the first lane and the last."""
        top, bottom = self.lanes_area(height)
        _, content = self.geometries(height)
        self.scroll_y = min(max(self.scroll_y, 0.0), max(0.0, content - (bottom - top)))

    def scroll_by_fraction(self, fraction: float, height: float) -> None:
        """Scroll by ``fraction`` of the lanes' visible height (negative: up)."""
        top, bottom = self.lanes_area(height)
        self.scroll_y += (bottom - top) * fraction
        self.clamp_scroll(height)

    def scroll_to_lane(self, lane: int, height: float) -> None:
        """Scroll just enough to show all of ``lane``."""
        geometries, _ = self.geometries(height)
        if not 0 <= lane < len(geometries):
            return
        top, bottom = self.lanes_area(height)
        geometry = geometries[lane]
        if geometry.top < top:
            self.scroll_y -= top - geometry.top
        elif geometry.top + geometry.height > bottom:
            self.scroll_y += geometry.top + geometry.height - bottom
        self.clamp_scroll(height)

    def reveal(self, event_id: int, width: float, height: float) -> tuple[float, float] | None:
        """Bring an event into view: an undated one by turning the shelf to
        its page, a dated one by scrolling to its lane. Returns the range to
        show for a dated event (panned only if needed), else None."""
        where = self.data.locate(event_id)
        if where is None:
            return None
        dated, index = where
        if not dated:
            self.shelf_first = self.shelf(width, height).first_showing(index)
            return None
        self.scroll_to_lane(self.lanes.lane_of_index(self.data, index), height)
        return range_revealing(float(self.data.anchors[index]), self.start, self.end)

    # -- the frame and the shelf ----------------------------------------------

    def frame(self, width: float, height: float) -> Frame:
        """The layout of the current view at this size, cached: a repaint and
        the hit-tests around it share one (a few are kept: exports draw other
        sizes, and a cleared filter shows the unfiltered data's frame again)."""
        key = (id(self.data), id(self.lanes), self.start, self.end, width, height, self.scroll_y)
        kept = self._frames.get(key)
        frame = kept[2] if kept and kept[0] is self.data and kept[1] is self.lanes else None
        if frame is None:
            geometries, _ = self.geometries(height)
            top, bottom = self.lanes_area(height)
            frame = build_frame(data=self.data, lanes=self.lanes, geometries=geometries,
                                start_day=self.start, end_day=self.end, width_px=width,
                                view_top=top, view_bottom=bottom,
                                label_widths=self.measures.label_widths,
                                metrics=self.sizes.metrics,
                                label_text=self.measures.label_text,
                                measure=self.measures.measure)
            _keep(self._frames, key, (self.data, self.lanes, frame))
        return frame

    def shelf(self, width: float, height: float) -> ShelfLayout:
        """The undated shelf's chips for the current page."""
        return layout_shelf(undated_count=self.data.undated_count, first_index=self.shelf_first,
                            width=width, height=height, shelf_height=self.sizes.shelf_height,
                            marker_radius=self.sizes.metrics.marker_radius,
                            measure=self.measures.measure,
                            label_width=self.measures.chip_label_width)

    # -- what is where -----------------------------------------------------------

    def event_id_at(self, x: float, y: float, width: float, height: float) -> int | None:
        """Id of the event drawn at (x, y): a marker, bar or label in a lane,
        a lone marker in a crowded lane, or a chip on the shelf."""
        shelf = self.shelf(width, height)
        if shelf.covers(y):
            chip = chip_at(shelf, x, y)
            return None if chip is None else int(self.data.undated_ids[chip])
        if not self.in_lanes(y, height):
            return None
        index = event_at(self.frame(width, height), x, y)
        return None if index is None else int(self.data.ids[index])

    def cluster_at(self, x: float, y: float, width: float, height: float) -> Cluster | None:
        """The counted cluster drawn at (x, y), or None."""
        if not self.in_lanes(y, height):
            return None
        return cluster_at(self.frame(width, height), self.data, x, y)
