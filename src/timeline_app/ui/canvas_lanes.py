"""The canvas's lane choices: grouping, order, and the organisations picked
out by colour or compared side by side.

A mixin of ``TimelineCanvas`` kept in its own module so the widget's input
and view code stays readable; everything here changes the canvas's
``ViewLayout`` (core.layout) and asks for a repaint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from timeline_app.core.layout import LANE_MODES

if TYPE_CHECKING:
    from timeline_app.core.layout import ViewLayout


class CanvasLanes:
    """Lane grouping and ordering for :class:`TimelineCanvas`."""

    _view: ViewLayout
    update: Callable[[], None]  # QWidget.update, from the widget this is mixed into

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


__all__ = ["CanvasLanes"]
