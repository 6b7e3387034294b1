"""The overview strip: where everything is, and which part the canvas shows.

A density histogram of all dated events across their whole extent, with the
canvas's visible window as a rectangle. Drag the rectangle to pan, drag its
edges to zoom, click elsewhere to jump there, wheel to zoom around the
pointer. It only asks for a range (``rangeRequested``); the canvas decides.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.core.layout import (
    MIN_SPAN_DAYS, axis_ticks, fit_range, place_labels, today_day_number, zoom_range,
)
from timeline_app.core.timeline_data import TimelineData

_EDGE_GRAB_PX = 6.0


class OverviewStrip(QWidget):
    """Histogram of the whole data plus a draggable, resizable view window."""

    rangeRequested = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = TimelineData.empty()
        self._today = today_day_number()
        self._extent = fit_range(None, self._today)
        self._view = self._extent
        # (data, columns, extent) -> (data, counts), the newest few: clearing a
        # filter shows the unfiltered data's histogram again without a count.
        self._histograms: dict[tuple, tuple[TimelineData, np.ndarray]] = {}
        self._drag: tuple[str, float, float, float] | None = None  # mode, press x, start, end
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Timeline overview")
        self.setAccessibleDescription(
            "How many events fall in each period of the whole timeline; the box marks what the "
            "timeline shows. Drag the box or its edges, click to jump, Left and Right to move.")

    def sizeHint(self) -> QSize:
        return QSize(900, 56)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 40)

    def set_data(self, data: TimelineData) -> None:
        self._data = data
        self._extent = fit_range(data.extent(), self._today)
        self.update()

    def set_visible_range(self, start: float, end: float) -> None:
        self._view = (start, end)
        self.update()

    def visible_range(self) -> tuple[float, float]:
        return self._view

    def extent(self) -> tuple[float, float]:
        """The days the strip spans, left edge to right edge."""
        lo, hi = self._extent
        # Widen to include the view so its box never leaves the strip.
        return min(lo, self._view[0]), max(hi, self._view[1])

    def x_of(self, day: float) -> float:
        lo, hi = self.extent()
        return (day - lo) / (hi - lo) * self.width()

    def day_at(self, x: float) -> float:
        lo, hi = self.extent()
        return lo + x / max(self.width(), 1) * (hi - lo)

    def window_rect(self) -> QRectF:
        """Where the visible-range box is drawn (at least a few px wide)."""
        x0, x1 = self.x_of(self._view[0]), self.x_of(self._view[1])
        if x1 - x0 < 6:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 3, mid + 3
        return QRectF(x0, 1, x1 - x0, self.height() - 2)

    def _counts(self, columns: int) -> np.ndarray:
        lo, hi = self.extent()
        key = (id(self._data), columns, lo, hi)
        kept = self._histograms.get(key)
        if kept is None or kept[0] is not self._data:
            col = ((self._data.anchors - lo) * (columns / (hi - lo))).astype(np.int64)
            # Anchors outside the strip land in the two extra end slots, dropped.
            np.clip(col + 1, 0, columns + 1, out=col)
            kept = (self._data, np.bincount(col, minlength=columns + 2)[1:columns + 1])
            self._histograms.pop(key, None)
            self._histograms[key] = kept
            while len(self._histograms) > 2:  # each holds its data alive
                self._histograms.pop(next(iter(self._histograms)))
        return kept[1]

    # -- painting -------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        pal = self.palette()
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        fm = QFontMetricsF(self.font())
        label_h = fm.height()
        bars_h = h - label_h - 4
        counts = self._counts(max(1, w))
        if counts.any():
            heights = np.sqrt(counts / counts.max()) * bars_h
            colour = QColor(pal.color(QPalette.ColorRole.Text))
            colour.setAlpha(110)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            nz = np.flatnonzero(counts)
            p.drawRects([QRectF(float(x), h - max(1.0, hh), 1.0, max(1.0, hh))
                         for x, hh in zip(nz.tolist(), heights[nz].tolist())])
        # Year (or coarser) ticks give the strip a sense of place.
        ink = QColor(pal.color(QPalette.ColorRole.WindowText))
        ink.setAlpha(190)
        p.setPen(QPen(ink, 1))
        for label, x, left in self._ticks(fm):
            p.drawLine(QPointF(round(x) + 0.5, 0), QPointF(round(x) + 0.5, 4))
            if left is not None:
                p.drawText(QPointF(left, fm.ascent() + 2), label)
        x_today = self.x_of(self._today)
        if 0 <= x_today <= w:
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x_today, 0), QPointF(x_today, h))
        # The visible window.
        rect = self.window_rect()
        fill = QColor(pal.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(50)
        p.setBrush(fill)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2 if self.hasFocus() else 1.5))
        p.drawRect(rect)
        p.end()

    def _ticks(self, fm: QFontMetricsF) -> list[tuple[str, float, float | None]]:
        """(label, tick x, label left or None when it has no room) along the strip;
        ticks are chosen for half the width, so labels thin out as the strip narrows;
        a wide strip keeps to the tier above months (years), since "Jan Jul Jan"
        names no year, unless fewer than two of those fall inside it."""
        lo, hi = self.extent()
        scale = axis_ticks(lo, hi, self.width() * 0.5, fm.horizontalAdvance("0"))
        ticks = scale.minor
        if scale.unit == "month":
            years = [t for t in scale.major if lo <= t.day <= hi]
            ticks = years if len(years) >= 2 else ticks
        xs = [self.x_of(t.day) for t in ticks]
        widths = [fm.horizontalAdvance(t.label) for t in ticks]
        lefts = place_labels(xs, widths, self.width(), pin_first=False)
        return [(t.label, x, left) for t, x, left in zip(ticks, xs, lefts)]

    def tick_labels(self) -> list[tuple[str, float]]:
        """The labels the strip shows now, with their left x (for tests and screen readers)."""
        return [(label, left) for label, _x, left in self._ticks(QFontMetricsF(self.font()))
                if left is not None]

    # -- input ----------------------------------------------------------------

    def _grab_mode(self, x: float) -> str:
        rect = self.window_rect()
        if abs(x - rect.left()) <= _EDGE_GRAB_PX:
            return "left"
        if abs(x - rect.right()) <= _EDGE_GRAB_PX:
            return "right"
        if rect.left() < x < rect.right():
            return "move"
        return "jump"

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        mode = self._grab_mode(x)
        start, end = self._view
        if mode == "jump":
            # Centre the view where the user clicked, then keep dragging it.
            half = (end - start) / 2
            centre = self.day_at(x)
            start, end = centre - half, centre + half
            self._request(start, end)
            mode = "move"
        self._drag = (mode, x, start, end)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        x = event.position().x()
        if self._drag is None:
            mode = self._grab_mode(x)
            shape = (Qt.CursorShape.SizeHorCursor if mode in ("left", "right")
                     else Qt.CursorShape.OpenHandCursor if mode == "move"
                     else Qt.CursorShape.PointingHandCursor)
            self.setCursor(shape)
            return
        mode, x0, start, end = self._drag
        lo, hi = self.extent()
        shift = (x - x0) * (hi - lo) / max(self.width(), 1)
        if mode == "move":
            self._request(start + shift, end + shift)
        elif mode == "left":
            self._request(min(start + shift, end - MIN_SPAN_DAYS), end)
        else:
            self._request(start, max(end + shift, start + MIN_SPAN_DAYS))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._drag = None

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        dy = event.angleDelta().y()
        if not dy:
            return
        factor = 2.0 ** (dy / 480.0)
        anchor = self.day_at(event.position().x())
        start, end = self._view
        fraction = (anchor - start) / (end - start) if end > start else 0.5
        fraction = min(max(fraction, 0.0), 1.0)
        self._request(*zoom_range(start, end, factor, fraction))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        start, end = self._view
        step = (end - start) * 0.25
        if event.key() == Qt.Key.Key_Left:
            self._request(start - step, end - step)
        elif event.key() == Qt.Key.Key_Right:
            self._request(start + step, end + step)
        else:
            super().keyPressEvent(event)

    def _request(self, start: float, end: float) -> None:
        if math.isfinite(start) and math.isfinite(end) and end > start:
            self.rangeRequested.emit(start, end)
