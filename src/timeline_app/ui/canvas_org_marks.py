"""Drawing the organisations picked out on the canvas: a coloured ring
around each mark of a coloured organisation, and a connector joining a
shared event's marks across compared lanes.

The layout decides which marks and where (core.layout.organisation_marks);
this module only draws. The colours are the Okabe–Ito set, told apart by
most colour-blind readers, and the legend names each one beside its colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

if TYPE_CHECKING:
    from timeline_app.ui.canvas_painter import CanvasScene

ORGANISATION_COLOURS = ("#D55E00", "#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9")


def organisation_colour(slot: int) -> QColor:
    """The colour of the ``slot``-th coloured organisation."""
    return QColor(ORGANISATION_COLOURS[slot % len(ORGANISATION_COLOURS)])


def paint_organisation_marks(painter: QPainter, scene: CanvasScene, palette: QPalette) -> None:
    """Connectors for shared events first, then the coloured rings over them."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if scene.connectors:
        pen = QPen(palette.color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Text))
        radius = scene.frame.metrics.marker_radius
        for x, top, bottom in scene.connectors:
            painter.drawLine(QPointF(x, top + radius), QPointF(x, bottom - radius))
            middle = QPointF(x, (top + bottom) / 2)  # a small badge: "these are one event"
            painter.drawEllipse(middle, 2.5, 2.5)
    if scene.colour_slots is not None:
        _paint_rings(painter, scene)
    painter.restore()


def paint_lane_ring(painter: QPainter, slot: int, x: float, y: float, radius: float) -> float:
    """A coloured organisation's ring before its lane's title; the width it took."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(organisation_colour(slot), 2.5))
    painter.drawEllipse(QPointF(x + radius + 1, y), radius, radius)
    painter.restore()
    return 2 * radius + 6


def _paint_rings(painter: QPainter, scene: CanvasScene) -> None:
    frame, slots = scene.frame, scene.colour_slots
    ring = frame.metrics.marker_radius + 2.5
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for event_lane in frame.events.values():
        if not len(event_lane.index):
            continue
        lane_slots = slots[event_lane.index]
        ys = event_lane.lane.rows_top + (event_lane.row + 0.5) * frame.metrics.row_height
        for slot in np.unique(lane_slots[lane_slots >= 0]).tolist():
            painter.setPen(QPen(organisation_colour(slot), 2.5))
            for k in np.flatnonzero(lane_slots == slot).tolist():
                painter.drawEllipse(QPointF(float(event_lane.ax[k]), float(ys[k])), ring, ring)


__all__ = ["ORGANISATION_COLOURS", "organisation_colour", "paint_lane_ring",
           "paint_organisation_marks"]
