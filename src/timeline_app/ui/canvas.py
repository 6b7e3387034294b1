"""The timeline canvas: events in lanes along an adaptive time axis.

One QWidget painted with QPainter straight from TimelineData's arrays — no
item object per event. The widget keeps the view range, the vertical scroll
and the selection, and turns user input (wheel, pinch, drag, keys, clicks)
into changes of them. Where everything goes comes from core.layout (the
Frame, the undated shelf, hit-testing); ui.canvas_painter draws it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QImage, QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QPaintEvent, QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from timeline_app.core.layout import (
    Cluster, Frame, ViewLayout, clamp_range, is_page_click, nearest_to,
    range_around_cluster, range_around_event, step_from, today_day_number, view_is_sparse,
    zoom_range_limited,
)
from timeline_app.core.timeline_data import TimelineData
from timeline_app.ui.canvas_fit import CanvasFit
from timeline_app.ui.canvas_gestures import toggled, wheel_change
from timeline_app.ui.canvas_lanes import CanvasLanes
from timeline_app.ui.canvas_painter import CanvasPainter, CanvasScene
from timeline_app.ui.canvas_text import CanvasText
from timeline_app.ui.canvas_tooltips import accessible_description, describe_cluster, describe_event
from timeline_app.ui.canvas_keys import ARROW_KEYS_STATUS, gesture_for_key


class TimelineCanvas(CanvasFit, CanvasLanes, QWidget):
    """Zoomable, pannable timeline of one TimelineData.

    Signals: ``selectionChanged(list)`` with the selected event ids whenever
    the selection changes (by the user or by select_ids, only when it really
    changed); ``eventActivated(int)`` on double click / Enter;
    ``visibleRangeChanged(float, float)`` with day numbers [start, end);
    ``fitNoteChanged(str)`` after each fit: which far-off events it left out
    and how to see them ("" when it shows everything).
    """

    selectionChanged = Signal(list)
    eventActivated = Signal(int)
    visibleRangeChanged = Signal(float, float)
    fitNoteChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = CanvasText(self.font())
        self._painter = CanvasPainter(self._text)
        self._today = today_day_number()
        self._view = ViewLayout(self._text.measures(), self._text.view_sizes(), self._today)
        self._selected: list[int] = []
        self._cursor_id: int | None = None  # where Left/Right continue from
        self._init_fit()
        self._press: tuple[QPointF, float, float, float] | None = None
        self._dragging = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
        self.setMinimumSize(320, 160)
        self.setAccessibleName("Timeline")
        self.setStatusTip(ARROW_KEYS_STATUS)
        self._update_accessible_description()

    # -- public API -----------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def data(self) -> TimelineData:
        return self._view.data

    def set_data(self, data: TimelineData, keep_view: bool = False,
                 refit_when_sparse: bool = False) -> bool:
        """Show ``data``; fit it unless ``keep_view`` (but still when the view
        is as last fitted, or nothing was dated before, or, with
        ``refit_when_sparse``, the data leaves it half-empty); whether it refitted.
        The selection keeps the ids still present (signalling if any dropped)."""
        refit = not keep_view or self.is_fitted() or not self._view.data.dated_count
        if not refit and refit_when_sparse:
            refit = view_is_sparse(data, self._view.start, self._view.end)
        self._view.set_data(data)
        self._text.set_data(data)
        kept = [i for i in self._selected if data.locate(i) is not None]
        if kept != self._selected:
            self._selected = kept
            self.selectionChanged.emit(list(kept))
        if self._cursor_id is not None and data.locate(self._cursor_id) is None:
            self._cursor_id = kept[-1] if kept else None
        self._view.clamp_scroll(self.height())
        if refit:
            self._fit(self._fit_everything, announce=False)
        else:
            self._set_range(self._view.start, self._view.end, force_signal=True)
        self.update()
        return refit

    def zoom_in(self) -> None:
        self.zoom_by(1.5, self._keyboard_anchor_x())

    def zoom_out(self) -> None:
        self.zoom_by(1 / 1.5, self._keyboard_anchor_x())

    def zoom_by(self, factor: float, anchor_x: float) -> None:
        """Zoom by ``factor`` (>1 zooms in) keeping the time at widget x
        ``anchor_x`` under that x, within the hours-to-century limits."""
        if factor <= 0 or not math.isfinite(factor):
            return
        fraction = min(max(anchor_x / max(self.width(), 1), 0.0), 1.0)
        self._set_range(*zoom_range_limited(self._view.start, self._view.end, factor, fraction,
                                            self._view.data.extent(), self._today))

    def pan_by_pixels(self, dx: float) -> None:
        """Move the content ``dx`` pixels right (the view goes back in time)."""
        shift = dx * (self._view.end - self._view.start) / max(self.width(), 1)
        self._set_range(self._view.start - shift, self._view.end - shift)

    def set_visible_range(self, start_day: float, end_day: float) -> None:
        self._set_range(start_day, end_day)

    def visible_range(self) -> tuple[float, float]:
        return self._view.start, self._view.end

    def select_ids(self, ids: list[int], ensure_visible: bool = True) -> None:
        """Select these events (unknown ids are ignored). With
        ``ensure_visible`` the view pans to the first one if it is off screen."""
        chosen: list[int] = []
        for event_id in ids:
            event_id = int(event_id)
            if event_id not in chosen and self._view.data.locate(event_id) is not None:
                chosen.append(event_id)
        self._set_selection(chosen)
        if chosen:
            self._cursor_id = chosen[0]
            if ensure_visible:
                self._ensure_visible(chosen[0])

    def selected_ids(self) -> list[int]:
        return list(self._selected)

    def event_at(self, pos: QPointF) -> int | None:
        """Id of the event drawn at widget position ``pos`` (marker, bar,
        label, lone marker in a crowded lane, or undated chip), or None."""
        return self._view.event_id_at(pos.x(), pos.y(), self.width(), self.height())

    def cluster_at(self, pos: QPointF) -> Cluster | None:
        """The counted cluster at ``pos`` (count, lane, time span), or None."""
        return self._view.cluster_at(pos.x(), pos.y(), self.width(), self.height())

    def zoom_to_cluster(self, cluster: Cluster) -> None:
        """Zoom so the cluster's events spread across the view."""
        self._set_range(*range_around_cluster(cluster.first_day, cluster.last_day))

    def zoom_to_event(self, event_id: int) -> None:
        """Zoom so the event and some time around it fill the view."""
        data = self._view.data
        where = data.locate(event_id)
        if where is not None and where[0]:
            self._set_range(*range_around_event(float(data.starts[where[1]]),
                                                float(data.ends[where[1]])))

    def render_to_image(self, width: int, height: int, device_pixel_ratio: float = 1.0) -> QImage:
        """Paint the current view into a new image of ``width`` x ``height``
        logical pixels (physical size multiplied by ``device_pixel_ratio``)."""
        return self._painter.image(self._scene(width, height), self.palette(), self.font(),
                                   device_pixel_ratio)

    def lane_row_y(self, lane_index: int, row: int = 0) -> float:
        """Widget y of a lane's event row (for tests and accessibility tools)."""
        geometries, _ = self._view.geometries(self.height())
        return geometries[lane_index].row_centre(row)

    def frame(self) -> Frame:
        """The layout of the current view at the widget's size."""
        return self._view.frame(self.width(), self.height())

    def x_of(self, day: float) -> float:
        return (day - self._view.start) / (self._view.end - self._view.start) * self.width()

    def day_at(self, x: float) -> float:
        return self._view.start + x / max(self.width(), 1) * (self._view.end - self._view.start)

    # -- view state -----------------------------------------------------------

    def _set_range(self, start: float, end: float, force_signal: bool = False) -> None:
        start, end = clamp_range(start, end, self._view.data.extent(), self._today)
        changed = (start, end) != (self._view.start, self._view.end)
        self._view.start, self._view.end = start, end
        if changed or force_signal:
            self._update_accessible_description()
            self.update()
            self.visibleRangeChanged.emit(start, end)

    def _set_selection(self, ids: list[int]) -> None:
        if ids != self._selected:
            self._selected = list(ids)
            self.update()
            self.selectionChanged.emit(list(ids))

    def _keyboard_anchor_x(self) -> float:
        """Keyboard zoom centres on the selected event if it is in view."""
        if self._cursor_id is not None:
            where = self._view.data.locate(self._cursor_id)
            if where is not None and where[0]:
                x = self.x_of(float(self._view.data.anchors[where[1]]))
                if 0 <= x <= self.width():
                    return x
        return self.width() / 2

    def _ensure_visible(self, event_id: int) -> None:
        shown = self._view.reveal(event_id, self.width(), self.height())
        if shown is not None:
            self._set_range(*shown)
        self.update()

    def _select_and_show(self, event_id: int | None) -> None:
        """Select only ``event_id`` and bring it into view; None changes nothing."""
        if event_id is None:
            return
        self._cursor_id = event_id
        self._set_selection([event_id])
        self._ensure_visible(event_id)

    # -- painting -------------------------------------------------------------

    def _scene(self, width: float, height: float) -> CanvasScene:
        return CanvasScene.of_view(self._view, self._selected, self._today, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        self._painter.paint(painter, self._scene(self.width(), self.height()), self.palette(),
                            self.devicePixelRatioF(), focused=self.hasFocus())
        painter.end()

    # -- input ----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_text(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), event.position().x())
                return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        pixel, angle = event.pixelDelta(), event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        pan, zoom = wheel_change(pixel.x(), pixel.y(), angle.x(), angle.y(), shift)
        if pan:
            self.pan_by_pixels(pan)
        elif zoom != 1.0:
            self.zoom_by(zoom, event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self._view.start, self._view.end, self._view.scroll_y)
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            origin, start, end, scroll = self._press
            delta = pos - origin
            if not self._dragging and delta.manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                shift = delta.x() * (end - start) / max(self.width(), 1)
                self._view.scroll_y = scroll - delta.y()
                self._view.clamp_scroll(self.height())
                self._set_range(start - shift, end - shift)
                self.update()
            return
        hit = self.event_at(pos) is not None or self.cluster_at(pos) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_drag = self._dragging
        self._press, self._dragging = None, False
        self.unsetCursor()
        if not was_drag:
            self._click(event.position(), event.modifiers())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        event_id = self.event_at(event.position())
        if event_id is not None:
            self._activate(event_id)
            return
        cluster = self.cluster_at(event.position())
        if cluster is not None:
            self.zoom_to_cluster(cluster)

    def _click(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        adding = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        event_id = self.event_at(pos)
        if event_id is not None:
            self._cursor_id = event_id
            self._set_selection(toggled(self._selected, event_id) if adding else [event_id])
            return
        shelf = self._view.shelf(self.width(), self.height())
        if shelf.covers(pos.y()):
            if is_page_click(shelf, pos.x(), pos.y()):
                self._view.shelf_first = shelf.next_page_first()
                self.update()
            return
        cluster = self.cluster_at(pos)
        if cluster is not None:
            self.zoom_to_cluster(cluster)
            return
        if not adding:
            self._set_selection([])

    def _activate(self, event_id: int) -> None:
        self.zoom_to_event(event_id)
        self.eventActivated.emit(event_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        gesture = gesture_for_key(key)  # the table Help ▸ Keyboard Shortcuts lists
        K = Qt.Key  # noqa: N806 (short alias keeps the key table readable)
        if gesture == "zoom_in":
            self.zoom_in()
        elif gesture == "zoom_out":
            self.zoom_out()
        elif gesture == "fit":
            self.fit_all()  # alternates between the main stretch and everything
        elif gesture == "step":
            step = -1 if key == K.Key_Left else 1
            if self._selected and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._select_and_show(step_from(self._view.data, self._cursor_id, step))
            else:
                self.pan_by_pixels(-step * self.width() * 0.1)
        elif gesture == "scroll":
            fraction = 0.9 if key in (K.Key_PageUp, K.Key_PageDown) else 0.25
            down = key in (K.Key_Down, K.Key_PageDown)
            self._view.scroll_by_fraction(fraction if down else -fraction, self.height())
            self.update()
        elif gesture == "activate" and self._cursor_id is not None and self._selected:
            self._activate(self._cursor_id)
        elif gesture == "nearest":
            if self._selected and self._cursor_id is not None:
                self._ensure_visible(self._cursor_id)
            else:
                centre = (self._view.start + self._view.end) / 2
                self._select_and_show(nearest_to(self._view.data, centre))
        elif gesture == "clear" and self._selected:
            self._set_selection([])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._text.set_font(self.font())
            self._painter.forget_images()
            self._view.set_sizes(self._text.view_sizes())
        elif event.type() == QEvent.Type.PaletteChange:
            self._painter.forget_images()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._view.clamp_scroll(self.height())
        super().resizeEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusOutEvent(event)

    # -- tooltips and accessibility -----------------------------------------

    def tooltip_text(self, pos: QPointF) -> str | None:
        """What hovering at ``pos`` shows: an event's details or a cluster's count."""
        event_id = self.event_at(pos)
        if event_id is not None:
            return self.describe_event(event_id)
        cluster = self.cluster_at(pos)
        if cluster is not None:
            return describe_cluster(cluster)
        return None

    def describe_event(self, event_id: int) -> str:
        """Tooltip HTML for one event: title, date, kind, organisations."""
        return describe_event(self._view.data, event_id)

    def _update_accessible_description(self) -> None:
        self.setAccessibleDescription(accessible_description(self._view.data, self._view.start, self._view.end))
