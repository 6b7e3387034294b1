"""The canvas's lane choices: grouping, order, and the organisations picked
out by colour or compared side by side.

A mixin of ``TimelineCanvas`` kept in its own module so the widget's input
and view code stays readable; everything here changes the canvas's
``ViewLayout`` (core.layout) and asks for a repaint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from timeline_app.core.layout import LANE_MODES, shared_connectors

if TYPE_CHECKING:
    from timeline_app.core.layout import ViewLayout


class CanvasLanes:
    """Lane grouping, ordering, colours and comparison for :class:`TimelineCanvas`."""

    _view: ViewLayout
    update: Callable[[], None]  # QWidget's, from the widget this is mixed into
    width: Callable[[], int]
    height: Callable[[], int]

    def lane_mode(self) -> str:
        return self._view.lane_mode

    def set_lane_mode(self, mode: str) -> None:
        """Group lanes by ``"kind"`` (default) or ``"organisation"``."""
        if mode == self._view.lane_mode and mode in LANE_MODES:
            return
        self._view.set_lane_mode(mode)
        self.update()

    def set_lane_order(self, order: str) -> None:
        """Order organisation lanes by ``"count"`` (busiest first) or ``"name"``."""
        self._view.set_lane_order(order)
        self.update()

    def lane_order(self) -> str:
        return self._view.lane_order

    def lane_titles(self) -> list[str]:
        return list(self._view.lanes.titles)

    def lane_headers(self) -> list[str]:
        """What each lane's header says: its title and its count."""
        lanes = self._view.lanes
        return [f"{title}  {lanes.count_text(i)}" for i, title in enumerate(lanes.titles)]

    def set_coloured_organisations(self, names: Sequence[str]) -> None:
        """Ring the marks of these organisations' events in a colour each (six at most)."""
        self._view.set_coloured(names)
        self.update()

    def coloured_organisations(self) -> tuple[str, ...]:
        return self._view.coloured

    def compare_organisations(self, names: Sequence[str]) -> None:
        """Lanes for just these organisations, side by side; () stops comparing."""
        self._view.set_compared(names)
        self.update()

    def compared_organisations(self) -> tuple[str, ...]:
        return self._view.compared

    def shared_event_links(self) -> int:
        """How many shared events the current view joins across compared lanes."""
        shared = self._view.shared()
        if shared is None:
            return 0
        return len(shared_connectors(self._view.frame(self.width(), self.height()), shared))


__all__ = ["CanvasLanes"]
