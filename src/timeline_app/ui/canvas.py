"""The timeline canvas: events in lanes along an adaptive time axis.

One QWidget painted with QPainter straight from TimelineData's arrays — no
item object per event. Layout (rows, labels, clusters, ticks) comes from
core.layout; this module turns a layout Frame into painter calls and user
input (wheel, pinch, drag, keys, clicks) into view and selection changes.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QImage, QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter,
    QPaintEvent, QPalette, QPen, QPixmap, QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from timeline_app.core import layout as L
from timeline_app.core.models import KINDS, PRECISIONS
from timeline_app.core.timeline_data import TimelineData, describe_span
from timeline_app.ui.kind_style import (
    MarkerSprites, is_dark, kind_color, kind_color_by_code, outline_color, text_color_on,
)
from timeline_app.ui.plain_text import escaped

_DAY_PRECISION = PRECISIONS.index("day")
_HELP = ("Events over time in lanes. Wheel, pinch or plus and minus zoom; drag, horizontal scroll "
         "or arrow keys pan; Home fits everything; click selects, Ctrl+click adds, Left and Right "
         "move to the previous or next event, Enter or double click zooms to it, Space selects "
         "the event nearest the centre, Escape clears the selection.")


def _short_count(n: int) -> str:
    if n < 1000:
        return str(n)
    if n < 10_000:
        return f"{n / 1000:.1f}k".replace(".0k", "k")
    if n < 1_000_000:
        return f"{n // 1000}k"
    return f"{n / 1_000_000:.1f}M"


class TimelineCanvas(QWidget):
    """Zoomable, pannable timeline of one TimelineData.

    Signals: ``selectionChanged(list)`` with the selected event ids whenever
    the selection changes (by the user or by select_ids, only when it really
    changed); ``eventActivated(int)`` on double click / Enter;
    ``visibleRangeChanged(float, float)`` with day numbers [start, end).
    """

    selectionChanged = Signal(list)
    eventActivated = Signal(int)
    visibleRangeChanged = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = TimelineData.empty()
        self._lane_mode = "kind"
        self._lanes = L.make_lanes(self._data, "kind")
        self._today = L.today_day_number()
        self._start, self._end = L.fit_range(None, self._today)
        self._scroll_y = 0.0
        self._selected: list[int] = []
        self._cursor_id: int | None = None  # where Left/Right continue from
        self._frames: dict[tuple, L.Frame] = {}
        self._labels: dict[int, tuple[str, float]] = {}
        self._text_widths: dict[str, float] = {}
        self._pills: dict[tuple, QPixmap] = {}
        self._sprites = MarkerSprites()
        self._shelf_first = 0
        self._press: tuple[QPointF, float, float, float] | None = None
        self._dragging = False
        self._update_metrics()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
        self.setMinimumSize(320, 160)
        self.setAccessibleName("Timeline")
        self._update_accessible_description()

    # -- public API -----------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def data(self) -> TimelineData:
        return self._data

    def set_data(self, data: TimelineData, keep_view: bool = False) -> None:
        """Show ``data``; fit it unless ``keep_view``. The selection keeps the
        ids still present (and signals if that dropped any)."""
        self._data = data
        self._lanes = L.make_lanes(data, self._lane_mode)
        self._labels.clear()
        self._frames.clear()
        self._shelf_first = 0
        kept = [i for i in self._selected if data.locate(i) is not None]
        if kept != self._selected:
            self._selected = kept
            self.selectionChanged.emit(list(kept))
        if self._cursor_id is not None and data.locate(self._cursor_id) is None:
            self._cursor_id = kept[-1] if kept else None
        self._clamp_scroll()
        if keep_view:
            self._set_range(self._start, self._end, force_signal=True)
        else:
            self.fit_all()
        self.update()

    def lane_mode(self) -> str:
        return self._lane_mode

    def set_lane_mode(self, mode: str) -> None:
        """Group lanes by ``"kind"`` (default) or ``"organisation"``."""
        if mode not in ("kind", "organisation"):
            raise ValueError(f"lane mode must be 'kind' or 'organisation', not {mode!r}")
        if mode == self._lane_mode:
            return
        self._lane_mode = mode
        self._lanes = L.make_lanes(self._data, mode)
        self._scroll_y = 0.0
        self._frames.clear()
        self.update()

    def lane_titles(self) -> list[str]:
        return list(self._lanes.titles)

    def fit_all(self) -> None:
        """Show every dated event (Home)."""
        extent = self._data.extent()
        label_px = 0.0
        if extent is not None:
            # Dated events are sorted by start: the last one's label is the
            # one that runs furthest right.
            label_px = self._label(len(self._data.ids) - 1)[1]
        self._set_range(*L.fit_range(extent, self._today, self.width(), label_px),
                        force_signal=True)

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
        self._set_range(*L.zoom_range_limited(self._start, self._end, factor, fraction,
                                              self._data.extent()))

    def pan_by_pixels(self, dx: float) -> None:
        """Move the content ``dx`` pixels right (the view goes back in time)."""
        shift = dx * (self._end - self._start) / max(self.width(), 1)
        self._set_range(self._start - shift, self._end - shift)

    def set_visible_range(self, start_day: float, end_day: float) -> None:
        self._set_range(start_day, end_day)

    def visible_range(self) -> tuple[float, float]:
        return self._start, self._end

    def select_ids(self, ids: list[int], ensure_visible: bool = True) -> None:
        """Select these events (unknown ids are ignored). With
        ``ensure_visible`` the view pans to the first one if it is off screen."""
        chosen: list[int] = []
        for event_id in ids:
            event_id = int(event_id)
            if event_id not in chosen and self._data.locate(event_id) is not None:
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
        x, y = pos.x(), pos.y()
        chip = self._shelf_hit(x, y, self.width(), self.height())
        if chip is not None:
            return int(self._data.undated_ids[chip]) if chip >= 0 else None
        if not self._in_lanes(y, self.height()):
            return None
        index = self._frame(self.width(), self.height()).event_hit(x, y)
        return None if index is None else int(self._data.ids[index])

    def cluster_at(self, pos: QPointF) -> L.Cluster | None:
        """The counted cluster at ``pos`` (count, lane, time span), or None."""
        if not self._in_lanes(pos.y(), self.height()):
            return None
        return self._frame(self.width(), self.height()).cluster_hit(pos.x(), pos.y(), self._data)

    def zoom_to_cluster(self, cluster: L.Cluster) -> None:
        """Zoom so the cluster's events spread across the view."""
        first, last = cluster.first_day, cluster.last_day
        span = max(last - first, 1.0)
        pad = span * 0.15 + 0.5
        self._set_range(first - pad, last + pad)

    def zoom_to_event(self, event_id: int) -> None:
        """Zoom so the event and some time around it fill the view."""
        where = self._data.locate(event_id)
        if where is None or not where[0]:
            return
        index = where[1]
        s, e = float(self._data.starts[index]), float(self._data.ends[index])
        span = max((e - s) * 3.0, 7.0)
        centre = (s + e) / 2
        self._set_range(centre - span / 2, centre + span / 2)

    def render_to_image(self, width: int, height: int, device_pixel_ratio: float = 1.0) -> QImage:
        """Paint the current view into a new image of ``width`` x ``height``
        logical pixels (physical size multiplied by ``device_pixel_ratio``)."""
        image = QImage(max(1, round(width * device_pixel_ratio)),
                       max(1, round(height * device_pixel_ratio)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(device_pixel_ratio)
        painter = QPainter(image)
        painter.setFont(self.font())
        self._paint(painter, float(width), float(height), device_pixel_ratio, focused=False)
        painter.end()
        return image

    def lane_row_y(self, lane_index: int, row: int = 0) -> float:
        """Widget y of a lane's event row (for tests and accessibility tools)."""
        geoms, _ = self._geometries(self.width(), self.height())
        return geoms[lane_index].row_centre(row)

    def frame(self) -> L.Frame:
        """The layout of the current view at the widget's size."""
        return self._frame(self.width(), self.height())

    def x_of(self, day: float) -> float:
        return (day - self._start) / (self._end - self._start) * self.width()

    def day_at(self, x: float) -> float:
        return self._start + x / max(self.width(), 1) * (self._end - self._start)

    # -- view state -----------------------------------------------------------

    def _set_range(self, start: float, end: float, force_signal: bool = False) -> None:
        start, end = L.clamp_range(start, end, self._data.extent(), self._today)
        changed = (start, end) != (self._start, self._end)
        self._start, self._end = start, end
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
            where = self._data.locate(self._cursor_id)
            if where is not None and where[0]:
                x = self.x_of(float(self._data.anchors[where[1]]))
                if 0 <= x <= self.width():
                    return x
        return self.width() / 2

    def _ensure_visible(self, event_id: int) -> None:
        where = self._data.locate(event_id)
        if where is None:
            return
        dated, index = where
        if not dated:
            if index < self._shelf_first:
                self._shelf_first = index
            else:
                _, overflow_start = self._shelf_layout(self.width(), self.height())
                if index >= overflow_start:
                    self._shelf_first = index
            self.update()
            return
        anchor = float(self._data.anchors[index])
        span = self._end - self._start
        margin = span * 0.08
        if anchor < self._start + margin:
            self._set_range(anchor - margin, anchor - margin + span)
        elif anchor > self._end - margin:
            self._set_range(anchor + margin - span, anchor + margin)
        lane = self._lanes.lane_of_index(self._data, index)
        geoms, _ = self._geometries(self.width(), self.height())
        if 0 <= lane < len(geoms):
            top, bottom = self._lanes_area(self.height())
            g = geoms[lane]
            if g.top < top:
                self._scroll_y -= top - g.top
            elif g.top + g.height > bottom:
                self._scroll_y += g.top + g.height - bottom
            self._clamp_scroll()

    def _move_selection(self, step: int) -> None:
        """Select the previous/next event in time (dated first, then undated)."""
        data = self._data
        total = data.dated_count + data.undated_count
        if total == 0:
            return
        where = data.locate(self._cursor_id) if self._cursor_id is not None else None
        if where is None:
            position = 0 if step > 0 else total - 1
        else:
            position = where[1] if where[0] else data.dated_count + where[1]
            position = min(max(position + step, 0), total - 1)
        event_id = (int(data.ids[position]) if position < data.dated_count
                    else int(data.undated_ids[position - data.dated_count]))
        self._cursor_id = event_id
        self._set_selection([event_id])
        self._ensure_visible(event_id)

    def _select_nearest_centre(self) -> None:
        data = self._data
        if data.dated_count:
            centre = (self._start + self._end) / 2
            i = int(np.searchsorted(data.starts, centre))
            candidates = [k for k in (i - 1, i) if 0 <= k < data.dated_count]
            best = min(candidates, key=lambda k: abs(data.anchors[k] - centre))
            event_id = int(data.ids[best])
        elif data.undated_count:
            event_id = int(data.undated_ids[0])
        else:
            return
        self._cursor_id = event_id
        self._set_selection([event_id])
        self._ensure_visible(event_id)

    # -- geometry -------------------------------------------------------------

    def _update_metrics(self) -> None:
        fm = QFontMetricsF(self.font())
        line = math.ceil(fm.height())
        self._fm = fm
        self._axis_row_h = line + 6
        self._shelf_h = line + 14
        self._metrics = L.Metrics(
            row_h=max(18.0, line + 5.0), header_h=max(18.0, line + 4.0),
            marker_r=max(4.5, round(line / 3.2 * 2) / 2), label_gap=4.0,
            pill_h=max(16.0, line + 2.0), cluster_px=max(34.0, fm.horizontalAdvance("00.0k") + 10),
            min_lane_h=max(64.0, 3 * line + 30.0),
        )
        self._labels.clear()
        self._text_widths = {}
        self._pills = {}
        self._frames.clear()

    def _axis_h(self) -> float:
        return 2 * self._axis_row_h

    def _shelf_height(self) -> float:
        return self._shelf_h if self._data.undated_count else 0.0

    def _lanes_area(self, height: float) -> tuple[float, float]:
        return self._axis_h(), max(self._axis_h(), height - self._shelf_height())

    def _in_lanes(self, y: float, height: float) -> bool:
        top, bottom = self._lanes_area(height)
        return top <= y < bottom

    def _geometries(self, width: float, height: float) -> tuple[list[L.LaneGeometry], float]:
        top, bottom = self._lanes_area(height)
        return L.lane_geometries(self._lanes, top, bottom - top, self._scroll_y, self._metrics)

    def _clamp_scroll(self) -> None:
        top, bottom = self._lanes_area(self.height())
        _, content = self._geometries(self.width(), self.height())
        self._scroll_y = min(max(self._scroll_y, 0.0), max(0.0, content - (bottom - top)))

    def _frame(self, width: float, height: float) -> L.Frame:
        key = (id(self._data), self._lane_mode, self._start, self._end, width, height,
               self._scroll_y)
        frame = self._frames.get(key)
        if frame is None:
            geoms, _ = self._geometries(width, height)
            top, bottom = self._lanes_area(height)
            frame = L.build_frame(self._data, self._lanes, geoms, self._start, self._end, width,
                                  top, bottom, self._label_widths, self._metrics)
            if len(self._frames) >= 2:
                self._frames.pop(next(iter(self._frames)))
            self._frames[key] = frame
        return frame

    def _label(self, index: int) -> tuple[str, float]:
        cached = self._labels.get(index)
        if cached is None:
            title = self._data.title_of(index) or "(untitled)"
            text = self._fm.elidedText(title, Qt.TextElideMode.ElideRight, self._metrics.max_label_px)
            cached = (text, self._fm.horizontalAdvance(text))
            self._labels[index] = cached
        return cached

    def _label_widths(self, index: np.ndarray) -> np.ndarray:
        return np.fromiter((self._label(i)[1] for i in index.tolist()), dtype=np.float64,
                           count=len(index))

    def _shelf_layout(self, width: float, height: float) -> tuple[list[tuple[QRectF, int]], int]:
        """Chips of the undated shelf as (rect, undated index) plus the index
        of the first event that did not fit (the "+n more" chip)."""
        data = self._data
        if not data.undated_count:
            return [], 0
        top = height - self._shelf_h
        head_w = self._fm.horizontalAdvance(self._shelf_title()) + 16
        more_w = self._fm.horizontalAdvance(f"+{_short_count(data.undated_count)} more") + 16
        first = min(self._shelf_first, data.undated_count - 1)
        available = width - head_w - more_w - 8
        widths: list[float] = []
        used = 0.0
        for k in range(first, data.undated_count):  # measure only what can fit
            w = self._chip_width(k)
            widths.append(w)
            used += w + 6
            if used > available:
                break
        xs, _left = L.shelf_positions(widths, 0, available)
        chip_h = self._shelf_h - 8
        chips = [(QRectF(head_w + x, top + 4, widths[k], chip_h), first + k) for k, x in enumerate(xs)]
        return chips, first + len(xs)

    def _chip_width(self, undated_index: int) -> float:
        key = -1 - undated_index  # undated chips share the label cache, negative keys
        cached = self._labels.get(key)
        if cached is None:
            title = self._data.undated_title_of(undated_index) or "(untitled)"
            text = self._fm.elidedText(title, Qt.TextElideMode.ElideRight, 160.0)
            cached = (text, self._fm.horizontalAdvance(text))
            self._labels[key] = cached
        return cached[1] + 2 * self._metrics.marker_r + 16

    def _pill(self, label: str, fill: QColor, ink: QColor, dark: bool, dpr: float) -> QPixmap:
        """A counted-cluster pill, drawn once per label and colour, then blitted."""
        key = (label, fill.rgba(), ink.rgba(), dark, dpr)
        pix = self._pills.get(key)
        if pix is None:
            m = self._metrics
            w = min(m.cluster_px - 4, self._text_width(label) + 10)
            pix = QPixmap(math.ceil(w * dpr), math.ceil(m.pill_h * dpr))
            pix.setDevicePixelRatio(dpr)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            painter.setFont(self.font())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(fill)
            painter.setPen(QPen(outline_color(dark), 1))
            rect = QRectF(0.5, 0.5, w - 1, m.pill_h - 1)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            painter.end()
            if len(self._pills) > 4000:
                self._pills.clear()
            self._pills[key] = pix
        return pix

    def _text_width(self, text: str) -> float:
        width = self._text_widths.get(text)
        if width is None:
            width = self._text_widths[text] = self._fm.horizontalAdvance(text)
        return width

    def _shelf_title(self) -> str:
        return f"Undated · {self._data.undated_count:,}"

    def _shelf_hit(self, x: float, y: float, width: float, height: float) -> int | None:
        """Undated index under (x, y); -1 for the shelf background; None off shelf."""
        if not self._data.undated_count or y < height - self._shelf_h:
            return None
        chips, _ = self._shelf_layout(width, height)
        for rect, k in chips:
            if rect.contains(QPointF(x, y)):
                return k
        return -1

    # -- painting -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        self._paint(painter, float(self.width()), float(self.height()),
                    self.devicePixelRatioF(), focused=self.hasFocus())
        painter.end()

    def _paint(self, p: QPainter, width: float, height: float, dpr: float, focused: bool) -> None:
        pal = self.palette()
        dark = is_dark(pal)
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        p.fillRect(QRectF(0, 0, width, height), base)
        frame = self._frame(width, height)
        top, bottom = self._lanes_area(height)
        ticks = L.axis_ticks(self._start, self._end, width, self._fm.horizontalAdvance("0"))

        p.save()
        p.setClipRect(QRectF(0, top, width, bottom - top))
        self._paint_lane_backgrounds(p, frame, width, pal, dark)
        self._paint_grid(p, frame, ticks, top, bottom, text)
        for lane_events in frame.events.values():
            self._paint_event_lane(p, frame, lane_events, dpr, dark, text)
        for lane_clusters in frame.clusters.values():
            self._paint_cluster_lane(p, frame, lane_clusters, dpr, dark, text)
        self._paint_selection(p, frame, pal)
        self._paint_lane_headers(p, frame, width, pal, dark)
        p.restore()

        self._paint_axis(p, frame, ticks, width, pal)
        self._paint_shelf(p, width, height, pal, dark, dpr)
        self._paint_scroll_hint(p, width, height, pal)
        if not self._lanes.keys:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            message = ("No dated events to show" if self._data.undated_count
                       else "No events to show — import documents or loosen the filters")
            p.drawText(QRectF(0, top, width, bottom - top), Qt.AlignmentFlag.AlignCenter, message)
        if focused:
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(1, 1, width - 2, height - 2))

    def _paint_lane_backgrounds(self, p: QPainter, frame: L.Frame, width: float,
                                pal: QPalette, dark: bool) -> None:
        alt = pal.color(QPalette.ColorRole.AlternateBase)
        header = pal.color(QPalette.ColorRole.Window)
        header.setAlpha(150)
        line = pal.color(QPalette.ColorRole.Mid)
        for lane in frame.lanes:
            if lane.index % 2:
                p.fillRect(QRectF(0, lane.top, width, lane.height), alt)
            p.fillRect(QRectF(0, lane.top, width, self._metrics.header_h), header)
        p.setPen(QPen(line, 1))
        p.drawLines([QLineF(0, lane.top + lane.height - 0.5, width, lane.top + lane.height - 0.5)
                     for lane in frame.lanes])

    def _paint_grid(self, p: QPainter, frame: L.Frame, ticks: L.AxisTicks, top: float,
                    bottom: float, text: QColor) -> None:
        minor = QColor(text)
        minor.setAlpha(22)
        major = QColor(text)
        major.setAlpha(55)
        for tick_list, colour in ((ticks.minor, minor), (ticks.major, major)):
            xs = [round(frame.x_of(t.day)) + 0.5 for t in tick_list]
            p.setPen(QPen(colour, 1))
            p.drawLines([QLineF(x, top, x, bottom) for x in xs if 0 <= x <= frame.width])
        x_today = frame.x_of(self._today)
        if 0 <= x_today <= frame.width:
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QLineF(x_today, top, x_today, bottom))

    def _paint_event_lane(self, p: QPainter, frame: L.Frame, ev: L.EventLane, dpr: float,
                          dark: bool, text: QColor) -> None:
        if not len(ev.index):
            return
        m = self._metrics
        data = self._data
        kinds = data.kinds[ev.index]
        precise = data.precisions[ev.index] == _DAY_PRECISION
        is_range = data.is_range[ev.index]
        width_px = ev.x1 - ev.x0
        y = np.array([ev.lane.row_centre(0)]) + ev.row * m.row_h
        x_lo, x_hi = -10.0, frame.width + 10.0
        # Bars: solid for known ranges, a faded band for dates only known to
        # the month/year (or a day seen at hour zoom) so uncertainty shows.
        solid = is_range & precise
        faded = ~solid & (is_range | (width_px > 2 * m.marker_r))
        p.setPen(Qt.PenStyle.NoPen)
        for mask, alpha, half_h in ((faded, 45, m.row_h / 2 - 4), (solid, 175, 3.5)):
            if not mask.any():
                continue
            for code in np.unique(kinds[mask]).tolist():
                sel = np.flatnonzero(mask & (kinds == code))
                colour = kind_color_by_code(code, dark)
                colour.setAlpha(alpha)
                p.setBrush(colour)
                rects = [QRectF(max(a, x_lo), yy - half_h, max(1.0, min(b, x_hi) - max(a, x_lo)), 2 * half_h)
                         for a, b, yy in zip(ev.x0[sel].tolist(), ev.x1[sel].tolist(), y[sel].tolist())]
                p.drawRects(rects)
        # Markers, one sprite blit each.
        visible = (ev.ax >= -m.marker_r - 2) & (ev.ax <= frame.width + m.marker_r + 2)
        for code in np.unique(kinds[visible]).tolist():
            sprite = self._sprites.get(KINDS[code], m.marker_r, dpr, dark)
            half = sprite.width() / dpr / 2
            sel = np.flatnonzero(visible & (kinds == code))
            for x, yy in zip(ev.ax[sel].tolist(), y[sel].tolist()):
                p.drawPixmap(QPointF(x - half, yy - half), sprite)
        # Labels where layout found room.
        p.setPen(text)
        ascent_shift = (self._fm.ascent() - self._fm.descent()) / 2
        show = np.flatnonzero(ev.label & (ev.ax + m.marker_r + ev.label_w >= 0) & (ev.ax <= frame.width))
        for k in show.tolist():
            label, _w = self._label(int(ev.index[k]))
            p.drawText(QPointF(ev.ax[k] + m.marker_r + m.label_gap, y[k] + ascent_shift), label)

    def _paint_cluster_lane(self, p: QPainter, frame: L.Frame, cl: L.ClusterLane, dpr: float,
                            dark: bool, text: QColor) -> None:
        m = self._metrics
        lane = cl.lane
        if self._lane_mode == "kind":
            colour = kind_color(self._lanes.keys[lane.index], dark)
        else:
            colour = QColor(text)
            colour.setAlpha(150)
        # Density strip: one small image, a column per pixel, sqrt-scaled so
        # quiet stretches still show against busy ones.
        density = cl.density
        if density.any():
            h = int(m.density_h)
            heights = np.ceil(np.sqrt(density / density.max()) * h).astype(np.int32)
            rows_up = np.arange(h, 0, -1)[:, None]
            mask = rows_up <= heights[None, :]
            image = QImage(len(density), h, QImage.Format.Format_RGBA8888)
            pixels = np.frombuffer(image.bits(), dtype=np.uint8).reshape(h, image.bytesPerLine())
            rgba = pixels[:, : 4 * len(density)].reshape(h, len(density), 4)
            rgba[:] = 0
            rgba[mask] = (colour.red(), colour.green(), colour.blue(), 190)
            p.drawImage(QRectF(0, lane.density_top, len(density), h), image)
        # Counted pills for crowded buckets, lone markers for single events.
        cy = lane.cluster_centre
        multi = np.flatnonzero(cl.counts > 1)
        if len(multi):
            fill = QColor(colour)
            fill.setAlpha(235)
            ink = text_color_on(fill) if self._lane_mode == "kind" else self.palette().color(
                QPalette.ColorRole.Base)
            for x, n in zip(cl.cx[multi].tolist(), cl.counts[multi].tolist()):
                sprite = self._pill(_short_count(int(n)), fill, ink, dark, dpr)
                p.drawPixmap(QPointF(x - sprite.width() / dpr / 2, cy - m.pill_h / 2), sprite)
        singles = np.flatnonzero(cl.single >= 0)
        if len(singles):
            kinds = self._data.kinds[cl.single[singles]]
            for code in np.unique(kinds).tolist():
                sprite = self._sprites.get(KINDS[code], m.marker_r, dpr, dark)
                half = sprite.width() / dpr / 2
                for x in cl.single_x[singles[kinds == code]].tolist():
                    p.drawPixmap(QPointF(x - half, cy - half), sprite)

    def _paint_selection(self, p: QPainter, frame: L.Frame, pal: QPalette) -> None:
        if not self._selected:
            return
        m = self._metrics
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for event_id in self._selected:
            where = self._data.locate(event_id)
            if where is None or not where[0]:
                continue
            centre = self._drawn_position(frame, where[1])
            if centre is not None:
                p.drawEllipse(centre, m.marker_r + 3.5, m.marker_r + 3.5)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _drawn_position(self, frame: L.Frame, index: int) -> QPointF | None:
        lane = self._lanes.lane_of_index(self._data, index)
        ev = frame.events.get(lane)
        if ev is not None:
            k = int(np.searchsorted(ev.index, index))
            if k < len(ev.index) and ev.index[k] == index:
                return QPointF(float(ev.ax[k]), ev.y_of(k))
            return None
        if lane in frame.clusters:
            x = frame.x_of(float(self._data.anchors[index]))
            return QPointF(x, frame.clusters[lane].lane.cluster_centre)
        return None

    def _paint_lane_headers(self, p: QPainter, frame: L.Frame, width: float, pal: QPalette,
                            dark: bool) -> None:
        # Drawn at a fixed x after the events, so they stay put while panning.
        m = self._metrics
        ink = pal.color(QPalette.ColorRole.WindowText)
        bold = QFont(self.font())
        bold.setBold(True)
        for lane in frame.lanes:
            x = 8.0
            if self._lane_mode == "kind":
                kind = self._lanes.keys[lane.index]
                sprite = self._sprites.get(kind, m.marker_r, self.devicePixelRatioF(), dark)
                half = sprite.width() / sprite.devicePixelRatio() / 2
                p.drawPixmap(QPointF(x, lane.top + m.header_h / 2 - half), sprite)
                x += 2 * half + 4
            p.setFont(bold)
            p.setPen(ink)
            rect = QRectF(x, lane.top, width - x - 8, m.header_h)
            title = self._fm.elidedText(lane.title, Qt.TextElideMode.ElideRight, width / 2)
            p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
            used = QFontMetricsF(bold).horizontalAdvance(title)
            p.setFont(self.font())
            muted = QColor(ink)
            muted.setAlpha(150)
            p.setPen(muted)
            p.drawText(QRectF(x + used + 8, lane.top, width, m.header_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       f"{lane.count:,} event{'' if lane.count == 1 else 's'}")

    def _paint_axis(self, p: QPainter, frame: L.Frame, ticks: L.AxisTicks, width: float,
                    pal: QPalette) -> None:
        row_h = self._axis_row_h
        p.fillRect(QRectF(0, 0, width, 2 * row_h), pal.color(QPalette.ColorRole.Window))
        ink = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(ink)
        muted.setAlpha(120)
        p.setPen(QPen(muted, 1))
        p.drawLines([QLineF(x, 2 * row_h - 6, x, 2 * row_h) for x in
                     (round(frame.x_of(t.day)) + 0.5 for t in ticks.minor) if 0 <= x <= width]
                    + [QLineF(x, 0, x, 2 * row_h) for x in
                       (round(frame.x_of(t.day)) + 0.5 for t in ticks.major) if 0 <= x <= width])
        p.drawLine(QLineF(0, 2 * row_h - 0.5, width, 2 * row_h - 0.5))
        base_shift = (row_h + self._fm.ascent() - self._fm.descent()) / 2
        # Minor labels (bottom row).
        p.setPen(ink)
        labels = [t.label for t in ticks.minor]
        xs = [frame.x_of(t.day) for t in ticks.minor]
        widths = [self._fm.horizontalAdvance(s) for s in labels]
        for label, left in zip(labels, L.place_labels(xs, widths, width, pin_first=False)):
            if left is not None:
                p.drawText(QPointF(left, row_h + base_shift), label)
        # Major labels (top row), the current period pinned to the left edge.
        bold = QFont(self.font())
        bold.setBold(True)
        bfm = QFontMetricsF(bold)
        p.setFont(bold)
        labels = [t.label for t in ticks.major]
        xs = [frame.x_of(t.day) for t in ticks.major]
        widths = [bfm.horizontalAdvance(s) for s in labels]
        taken: list[tuple[float, float]] = []
        for label, left, w in zip(labels, L.place_labels(xs, widths, width, pin_first=True), widths):
            if left is not None:
                p.drawText(QPointF(left, base_shift), label)
                taken.append((left, left + w))
        p.setFont(self.font())
        # Today marker: a tick in the axis, labelled where there is room.
        x_today = frame.x_of(self._today)
        if 0 <= x_today <= width:
            hl = pal.color(QPalette.ColorRole.Highlight)
            p.setPen(QPen(hl, 2))
            p.drawLine(QLineF(x_today, row_h, x_today, 2 * row_h))
            tw = self._fm.horizontalAdvance("Today")
            left = x_today + 4
            if left + tw > width:
                left = x_today - 4 - tw
            if all(left + tw + 6 < a or left > b + 6 for a, b in taken):
                p.setPen(hl)
                p.drawText(QPointF(left, base_shift), "Today")

    def _paint_shelf(self, p: QPainter, width: float, height: float, pal: QPalette, dark: bool,
                     dpr: float) -> None:
        data = self._data
        if not data.undated_count:
            return
        m = self._metrics
        top = height - self._shelf_h
        p.fillRect(QRectF(0, top, width, self._shelf_h), pal.color(QPalette.ColorRole.Window))
        ink = pal.color(QPalette.ColorRole.WindowText)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QLineF(0, top + 0.5, width, top + 0.5))
        p.setPen(ink)
        p.drawText(QRectF(8, top, width, self._shelf_h),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._shelf_title())
        chips, next_index = self._shelf_layout(width, height)
        selected = set(self._selected)
        chip_fill = pal.color(QPalette.ColorRole.Base)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for rect, k in chips:
            is_selected = int(data.undated_ids[k]) in selected
            p.setPen(QPen(highlight if is_selected else pal.color(QPalette.ColorRole.Mid),
                          2 if is_selected else 1))
            p.setBrush(chip_fill)
            p.drawRoundedRect(rect, 4, 4)
            sprite = self._sprites.get(KINDS[int(data.undated_kinds[k])], m.marker_r, dpr, dark)
            half = sprite.width() / dpr / 2
            p.drawPixmap(QPointF(rect.left() + 6, rect.center().y() - half), sprite)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            text_rect = rect.adjusted(2 * m.marker_r + 10, 0, -4, 0)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       self._labels[-1 - k][0])
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        remaining = data.undated_count - next_index
        if remaining > 0 or self._shelf_first > 0:
            p.setPen(ink)
            note = f"+{_short_count(remaining)} more" if remaining > 0 else "back to first"
            p.drawText(QRectF(0, top, width - 8, self._shelf_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, note)

    def _paint_scroll_hint(self, p: QPainter, width: float, height: float, pal: QPalette) -> None:
        top, bottom = self._lanes_area(height)
        _, content = self._geometries(width, height)
        view = bottom - top
        if content <= view + 0.5:
            return
        colour = pal.color(QPalette.ColorRole.Text)
        colour.setAlpha(90)
        bar_h = max(20.0, view * view / content)
        bar_y = top + (view - bar_h) * self._scroll_y / (content - view)
        p.fillRect(QRectF(width - 5, bar_y, 3, bar_h), colour)

    # -- input ----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event.pos(), event.globalPos())
            return True
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), event.position().x())
                return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        pixel = event.pixelDelta()
        angle = event.angleDelta()
        dx = pixel.x() if not pixel.isNull() else angle.x() / 120 * 60
        dy = angle.y() if angle.y() else pixel.y() * 4
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if shift and dy and not dx:
            dx, dy = dy / 120 * 60, 0  # Shift+wheel pans on mice without a tilt wheel
        if abs(dx) > abs(dy):
            self.pan_by_pixels(dx)
        elif dy:
            # One wheel notch (120) zooms by 2^(1/4) ~ 1.19, Ctrl or not.
            self.zoom_by(2.0 ** (dy / 480.0), event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self._start, self._end, self._scroll_y)
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
                self._scroll_y = scroll - delta.y()
                self._clamp_scroll()
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
            if adding:
                ids = [i for i in self._selected if i != event_id]
                if len(ids) == len(self._selected):
                    ids.append(event_id)
                self._set_selection(ids)
            else:
                self._set_selection([event_id])
            return
        if self._shelf_hit(pos.x(), pos.y(), self.width(), self.height()) == -1:
            self._page_shelf(pos.x())
            return
        cluster = self.cluster_at(pos)
        if cluster is not None:
            self.zoom_to_cluster(cluster)
            return
        if not adding:
            self._set_selection([])

    def _page_shelf(self, x: float) -> None:
        """Clicking "+n more" shows the next undated events; the end wraps round."""
        chips, next_index = self._shelf_layout(self.width(), self.height())
        if x < self.width() * 0.7:
            return
        self._shelf_first = next_index if next_index < self._data.undated_count else 0
        self.update()

    def _activate(self, event_id: int) -> None:
        self.zoom_to_event(event_id)
        self.eventActivated.emit(event_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        mods = event.modifiers()
        page = self.width() * 0.1
        K = Qt.Key
        if key in (K.Key_Plus, K.Key_Equal):
            self.zoom_in()
        elif key in (K.Key_Minus, K.Key_Underscore):
            self.zoom_out()
        elif key == K.Key_Home:
            self.fit_all()
        elif key in (K.Key_Left, K.Key_Right):
            step = -1 if key == K.Key_Left else 1
            if self._selected and not mods & Qt.KeyboardModifier.ShiftModifier:
                self._move_selection(step)
            else:
                self.pan_by_pixels(-step * page)
        elif key in (K.Key_Up, K.Key_Down, K.Key_PageUp, K.Key_PageDown):
            top, bottom = self._lanes_area(self.height())
            amount = (bottom - top) * (0.9 if key in (K.Key_PageUp, K.Key_PageDown) else 0.25)
            self._scroll_y += amount if key in (K.Key_Down, K.Key_PageDown) else -amount
            self._clamp_scroll()
            self.update()
        elif key in (K.Key_Return, K.Key_Enter) and self._cursor_id is not None and self._selected:
            self._activate(self._cursor_id)
        elif key == K.Key_Space:
            if self._selected and self._cursor_id is not None:
                self._ensure_visible(self._cursor_id)
            else:
                self._select_nearest_centre()
        elif key == K.Key_Escape and self._selected:
            self._set_selection([])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._update_metrics()
        elif event.type() == QEvent.Type.PaletteChange:
            self._sprites = MarkerSprites()
            self._pills = {}
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._clamp_scroll()
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
            span = describe_span(cluster.first_day, cluster.last_day + 1, "day")
            return (f"<b>{cluster.count:,} events</b><br>{escaped(cluster.lane_title)} · "
                    f"{escaped(span)}<br><i>Click to zoom in</i>")
        return None

    def describe_event(self, event_id: int) -> str:
        """Tooltip HTML for one event: title, date, kind, organisations."""
        data = self._data
        where = data.locate(event_id)
        if where is None:
            return ""
        dated, k = where
        if dated:
            title = data.title_of(k)
            when = describe_span(float(data.starts[k]), float(data.ends[k]),
                                 data.precision_name(data.precisions[k]))
            kind = data.kind_name(data.kinds[k])
        else:
            title = data.undated_title_of(k)
            when = "undated"
            kind = data.kind_name(data.undated_kinds[k])
        orgs = data.orgs_of(k, undated=not dated)
        lines = [f"<b>{escaped(title or '(untitled)')}</b>", escaped(when),
                 f"Kind: {escaped(kind)}"]
        if orgs:
            lines.append(f"Organisations: {escaped(orgs)}")
        return "<br>".join(lines)

    def _show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        text = self.tooltip_text(QPointF(pos))
        if text:
            QToolTip.showText(global_pos, text, self)
        else:
            QToolTip.hideText()

    def _update_accessible_description(self) -> None:
        data = self._data
        lo = int(np.searchsorted(data.starts, self._start))
        hi = int(np.searchsorted(data.starts, self._end))
        span = describe_span(self._start, self._end, "day")
        self.setAccessibleDescription(
            f"Showing {span}: {hi - lo:,} of {data.dated_count:,} dated events"
            f" and {data.undated_count:,} undated. {_HELP}")
