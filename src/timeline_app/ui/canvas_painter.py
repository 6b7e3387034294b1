"""Painting the timeline: turns a laid-out view into QPainter calls.

The canvas computes a :class:`CanvasScene` (the layout's Frame, the shelf,
the selection) and hands it to :class:`CanvasPainter`, which only draws. Per
event it blits cached sprites and draws arrays in batches, so a repaint at
100,000 events creates no object per event.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen, QPixmap

from timeline_app.core.layout import (
    AxisTicks, ClusterLane, EventLane, Frame, LaneSet, ShelfLayout, ViewLayout, axis_ticks,
    place_labels, shared_connectors, short_count,
)
from timeline_app.core.models import KINDS, PRECISIONS
from timeline_app.core.timeline_data import TimelineData
from timeline_app.ui.canvas_org_marks import paint_lane_ring, paint_organisation_marks
from timeline_app.ui.canvas_text import CanvasText
from timeline_app.ui.kind_style import (
    MarkerSprites, is_dark, kind_color, kind_color_by_code, outline_color, text_color_on,
)

_DAY_PRECISION = PRECISIONS.index("day")
_ROLE = QPalette.ColorRole


@dataclass(frozen=True)
class CanvasScene:
    """Everything one repaint shows, worked out by the canvas beforehand.

    ``lanes_top``/``lanes_bottom`` bound the scrolling lane area between the
    axis and the shelf; ``content_height`` and ``scroll_y`` place the scroll
    hint when the lanes are taller than that area.
    """

    data: TimelineData
    lanes: LaneSet
    frame: Frame
    shelf: ShelfLayout
    selected: Sequence[int]
    today: float
    width: float
    height: float
    lanes_top: float
    lanes_bottom: float
    content_height: float
    scroll_y: float
    colour_slots: np.ndarray | None = None  # per dated event: its coloured organisation, or -1
    connectors: Sequence[tuple[float, float, float]] = ()  # shared events across compared lanes
    coloured: tuple[str, ...] = ()  # the coloured organisations, in colour order

    @classmethod
    def of_view(cls, view: ViewLayout, selected: Sequence[int], today: float, width: float,
                height: float) -> CanvasScene:
        """The scene of ``view`` drawn ``width`` x ``height``."""
        top, bottom = view.lanes_area(height)
        _, content = view.geometries(height)
        frame, shared = view.frame(width, height), view.shared()
        return cls(data=view.data, lanes=view.lanes, frame=frame,
                   shelf=view.shelf(width, height), selected=selected, today=today,
                   width=float(width), height=float(height), lanes_top=top, lanes_bottom=bottom,
                   content_height=content, scroll_y=view.scroll_y,
                   colour_slots=view.colour_slots(), coloured=view.coloured,
                   connectors=shared_connectors(frame, shared) if shared is not None else ())


class CanvasPainter:
    """Draws a :class:`CanvasScene`; keeps marker sprites and cluster pills
    between repaints (forget them with :meth:`forget_images` when the
    palette or font changes)."""

    def __init__(self, text: CanvasText) -> None:
        self._text = text
        self._sprites = MarkerSprites()
        self._pills: dict[tuple, QPixmap] = {}

    def forget_images(self) -> None:
        self._sprites = MarkerSprites()
        self._pills = {}

    def image(self, scene: CanvasScene, palette: QPalette, font: QFont,
              device_pixel_ratio: float = 1.0) -> QImage:
        """``scene`` painted into a new image (its size times ``device_pixel_ratio``)."""
        image = QImage(max(1, round(scene.width * device_pixel_ratio)),
                       max(1, round(scene.height * device_pixel_ratio)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(device_pixel_ratio)
        painter = QPainter(image)
        painter.setFont(font)
        self.paint(painter, scene, palette, device_pixel_ratio, focused=False)
        painter.end()
        return image

    def paint(self, painter: QPainter, scene: CanvasScene, palette: QPalette,
              device_pixel_ratio: float, focused: bool) -> None:
        """Paint the whole canvas: lanes, axis, shelf and decorations."""
        dark = is_dark(palette)
        width, height = scene.width, scene.height
        top, bottom = scene.lanes_top, scene.lanes_bottom
        frame = scene.frame
        painter.fillRect(QRectF(0, 0, width, height), palette.color(_ROLE.Base))
        ticks = axis_ticks(frame.start, frame.end, width, self._text.digit_width)

        painter.save()
        painter.setClipRect(QRectF(0, top, width, bottom - top))
        self._paint_lane_backgrounds(painter, frame, palette)
        self._paint_grid(painter, scene, ticks, palette)
        text_colour = palette.color(_ROLE.Text)
        for event_lane in frame.events.values():
            self._paint_event_lane(painter, scene.data, frame, event_lane, device_pixel_ratio,
                                   dark, text_colour)
        for cluster_lane in frame.clusters.values():
            self._paint_cluster_lane(painter, scene, cluster_lane, device_pixel_ratio, dark,
                                     palette)
        paint_organisation_marks(painter, scene, palette)
        self._paint_selection(painter, scene, palette)
        self._paint_lane_headers(painter, scene, palette, device_pixel_ratio, dark)
        painter.restore()

        self._paint_axis(painter, scene, ticks, palette)
        self._paint_shelf(painter, scene, palette, device_pixel_ratio, dark)
        self._paint_scroll_hint(painter, scene, palette)
        if not scene.lanes.keys:
            painter.setPen(palette.color(_ROLE.PlaceholderText))
            message = ("No dated events to show" if scene.data.undated_count
                       else "No events to show — import documents or loosen the filters")
            painter.drawText(QRectF(0, top, width, bottom - top), Qt.AlignmentFlag.AlignCenter,
                             message)
        if focused:
            painter.setPen(QPen(palette.color(_ROLE.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, width - 2, height - 2))

    # -- lanes ----------------------------------------------------------------

    def _paint_lane_backgrounds(self, painter: QPainter, frame: Frame, palette: QPalette) -> None:
        width = frame.width
        alternate = palette.color(_ROLE.AlternateBase)
        header = palette.color(_ROLE.Window)
        header.setAlpha(150)
        for lane in frame.lanes:
            if lane.index % 2:
                painter.fillRect(QRectF(0, lane.top, width, lane.height), alternate)
            painter.fillRect(QRectF(0, lane.top, width, frame.metrics.header_height), header)
        painter.setPen(QPen(palette.color(_ROLE.Mid), 1))
        painter.drawLines([QLineF(0, lane.top + lane.height - 0.5, width,
                                  lane.top + lane.height - 0.5) for lane in frame.lanes])

    def _paint_grid(self, painter: QPainter, scene: CanvasScene, ticks: AxisTicks,
                    palette: QPalette) -> None:
        frame, top, bottom = scene.frame, scene.lanes_top, scene.lanes_bottom
        text_colour = palette.color(_ROLE.Text)
        minor = QColor(text_colour)
        minor.setAlpha(22)
        major = QColor(text_colour)
        major.setAlpha(55)
        for tick_list, colour in ((ticks.minor, minor), (ticks.major, major)):
            xs = [round(frame.x_of(t.day)) + 0.5 for t in tick_list]
            painter.setPen(QPen(colour, 1))
            painter.drawLines([QLineF(x, top, x, bottom) for x in xs if 0 <= x <= frame.width])
        x_today = frame.x_of(scene.today)
        if 0 <= x_today <= frame.width:
            painter.setPen(QPen(palette.color(_ROLE.Highlight), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QLineF(x_today, top, x_today, bottom))

    def _paint_event_lane(self, painter: QPainter, data: TimelineData, frame: Frame,
                          event_lane: EventLane, device_pixel_ratio: float, dark: bool,
                          text_colour: QColor) -> None:
        if not len(event_lane.index):
            return
        metrics = frame.metrics
        kinds = data.kinds[event_lane.index]
        y = np.array([event_lane.lane.row_centre(0)]) + event_lane.row * metrics.row_height
        self._paint_bars(painter, data, frame, event_lane, kinds, y, dark)
        # Markers, one sprite blit each.
        radius = metrics.marker_radius
        marker_x = event_lane.ax
        visible = (marker_x >= -radius - 2) & (marker_x <= frame.width + radius + 2)
        for code in np.unique(kinds[visible]).tolist():
            sprite = self._sprites.get(KINDS[code], radius, device_pixel_ratio, dark)
            half = sprite.width() / device_pixel_ratio / 2
            chosen = np.flatnonzero(visible & (kinds == code))
            for x, row_y in zip(marker_x[chosen].tolist(), y[chosen].tolist()):
                painter.drawPixmap(QPointF(x - half, row_y - half), sprite)
        # Labels exactly where, and as, the layout placed them.
        painter.setPen(text_colour)
        font_metrics = self._text.font_metrics
        ascent_shift = (font_metrics.ascent() - font_metrics.descent()) / 2
        label_x = event_lane.label_x
        show = np.flatnonzero(event_lane.label & (label_x + event_lane.label_w >= 0)
                              & (label_x <= frame.width))
        texts = event_lane.label_text
        for k, x, row_y in zip(show.tolist(), label_x[show].tolist(), y[show].tolist()):
            painter.drawText(QPointF(x, row_y + ascent_shift), texts[k])

    def _paint_bars(self, painter: QPainter, data: TimelineData, frame: Frame,
                    event_lane: EventLane, kinds: np.ndarray, y: np.ndarray, dark: bool) -> None:
        """Bars: solid for known ranges, a faded band for dates only known to
        the month/year (or a day seen at hour zoom) so uncertainty shows."""
        metrics = frame.metrics
        precise = data.precisions[event_lane.index] == _DAY_PRECISION
        is_range = data.is_range[event_lane.index]
        span_px = event_lane.x1 - event_lane.x0
        x_min, x_max = -10.0, frame.width + 10.0
        solid = is_range & precise
        faded = ~solid & (is_range | (span_px > 2 * metrics.marker_radius))
        painter.setPen(Qt.PenStyle.NoPen)
        for mask, alpha, half_height in ((faded, 45, metrics.row_height / 2 - 4), (solid, 175, 3.5)):
            if not mask.any():
                continue
            for code in np.unique(kinds[mask]).tolist():
                chosen = np.flatnonzero(mask & (kinds == code))
                colour = kind_color_by_code(code, dark)
                colour.setAlpha(alpha)
                painter.setBrush(colour)
                painter.drawRects([
                    QRectF(max(left, x_min), row_y - half_height,
                           max(1.0, min(right, x_max) - max(left, x_min)), 2 * half_height)
                    for left, right, row_y in zip(event_lane.x0[chosen].tolist(),
                                                  event_lane.x1[chosen].tolist(),
                                                  y[chosen].tolist())])

    def _paint_cluster_lane(self, painter: QPainter, scene: CanvasScene, cluster_lane: ClusterLane,
                            device_pixel_ratio: float, dark: bool, palette: QPalette) -> None:
        metrics = scene.frame.metrics
        lane = cluster_lane.lane
        by_kind = scene.lanes.mode == "kind"
        if by_kind:
            colour = kind_color(scene.lanes.keys[lane.index], dark)
        else:
            colour = QColor(palette.color(_ROLE.Text))
            colour.setAlpha(150)
        self._paint_density(painter, cluster_lane, colour)
        # Counted pills for crowded buckets, lone markers for single events.
        centre_y = lane.cluster_centre
        multi = np.flatnonzero(cluster_lane.counts > 1)
        if len(multi):
            fill = QColor(colour)
            fill.setAlpha(235)
            ink = text_color_on(fill) if by_kind else palette.color(_ROLE.Base)
            worded = cluster_lane.worded
            has_words = np.zeros(len(cluster_lane.counts), dtype=bool)
            if worded is not None and len(worded.bucket):
                has_words[worded.bucket] = True
                for left, width, words in zip(worded.left.tolist(), worded.width.tolist(),
                                              worded.text):
                    pill = self._pill(words, fill, ink, dark, device_pixel_ratio, width)
                    painter.drawPixmap(QPointF(left, centre_y - metrics.pill_height / 2), pill)
            plain = multi[~has_words[multi]]
            for x, count in zip(cluster_lane.cx[plain].tolist(),
                                cluster_lane.counts[plain].tolist()):
                pill = self._pill(short_count(int(count)), fill, ink, dark, device_pixel_ratio)
                painter.drawPixmap(QPointF(x - pill.width() / device_pixel_ratio / 2,
                                           centre_y - metrics.pill_height / 2), pill)
        singles = np.flatnonzero(cluster_lane.single >= 0)
        if len(singles):
            kinds = scene.data.kinds[cluster_lane.single[singles]]
            for code in np.unique(kinds).tolist():
                sprite = self._sprites.get(KINDS[code], metrics.marker_radius, device_pixel_ratio, dark)
                half = sprite.width() / device_pixel_ratio / 2
                for x in cluster_lane.single_x[singles[kinds == code]].tolist():
                    painter.drawPixmap(QPointF(x - half, centre_y - half), sprite)

    def _paint_density(self, painter: QPainter, cluster_lane: ClusterLane, colour: QColor) -> None:
        """Density strip: one small image, a column per pixel, sqrt-scaled so
        quiet stretches still show against busy ones."""
        density = cluster_lane.density
        if not density.any():
            return
        height = int(cluster_lane.lane.metrics.density_height)
        heights = np.ceil(np.sqrt(density / density.max()) * height).astype(np.int32)
        rows_up = np.arange(height, 0, -1)[:, None]
        filled = rows_up <= heights[None, :]
        image = QImage(len(density), height, QImage.Format.Format_RGBA8888)
        pixels = np.frombuffer(image.bits(), dtype=np.uint8).reshape(height, image.bytesPerLine())
        rgba = pixels[:, : 4 * len(density)].reshape(height, len(density), 4)
        rgba[:] = 0
        rgba[filled] = (colour.red(), colour.green(), colour.blue(), 190)
        painter.drawImage(QRectF(0, cluster_lane.lane.density_top, len(density), height), image)

    def _pill(self, label: str, fill: QColor, ink: QColor, dark: bool,
              device_pixel_ratio: float, width: float | None = None) -> QPixmap:
        """A counted-cluster pill, drawn once per label and colour, then
        blitted; ``width`` is the layout's for a pill widened into words."""
        key = (label, fill.rgba(), ink.rgba(), dark, device_pixel_ratio, width)
        pixmap = self._pills.get(key)
        if pixmap is None:
            metrics = self._text.metrics
            if width is None:
                width = min(metrics.cluster_width - 4, self._text.width(label) + 10)
            pixmap = QPixmap(math.ceil(width * device_pixel_ratio),
                             math.ceil(metrics.pill_height * device_pixel_ratio))
            pixmap.setDevicePixelRatio(device_pixel_ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            pill_painter = QPainter(pixmap)
            pill_painter.setFont(self._text.font)
            pill_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pill_painter.setBrush(fill)
            pill_painter.setPen(QPen(outline_color(dark), 1))
            rect = QRectF(0.5, 0.5, width - 1, metrics.pill_height - 1)
            pill_painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            pill_painter.setPen(ink)
            pill_painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            pill_painter.end()
            if len(self._pills) > 4000:
                self._pills.clear()
            self._pills[key] = pixmap
        return pixmap

    def _paint_selection(self, painter: QPainter, scene: CanvasScene, palette: QPalette) -> None:
        if not scene.selected:
            return
        data, frame = scene.data, scene.frame
        ring = frame.metrics.marker_radius + 3.5
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.color(_ROLE.Highlight), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for event_id in scene.selected:
            where = data.locate(event_id)
            if where is None or not where[0]:
                continue
            index = where[1]
            for lane in scene.lanes.lanes_of_index(data, index):  # ringed in each of its lanes
                centre = frame.marker_position(lane, index, float(data.anchors[index]))
                if centre is not None:
                    painter.drawEllipse(QPointF(*centre), ring, ring)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_lane_headers(self, painter: QPainter, scene: CanvasScene, palette: QPalette,
                            device_pixel_ratio: float, dark: bool) -> None:
        # Drawn at a fixed x after the events, so they stay put while panning.
        metrics, width, text = scene.frame.metrics, scene.width, self._text
        ink = palette.color(_ROLE.WindowText)
        muted = QColor(ink)
        muted.setAlpha(150)
        for lane in scene.frame.lanes:
            x = 8.0
            if scene.lanes.mode == "kind":
                sprite = self._sprites.get(scene.lanes.keys[lane.index], metrics.marker_radius,
                                           device_pixel_ratio, dark)
                half = sprite.width() / sprite.devicePixelRatio() / 2
                painter.drawPixmap(QPointF(x, lane.top + metrics.header_height / 2 - half), sprite)
                x += 2 * half + 4
            elif scene.lanes.keys[lane.index] in scene.coloured:  # the lane names its colour
                x += paint_lane_ring(painter, scene.coloured.index(scene.lanes.keys[lane.index]),
                                     x, lane.top + metrics.header_height / 2, metrics.marker_radius)
            painter.setFont(text.bold_font)
            painter.setPen(ink)
            title = text.elided(lane.title, width / 2)
            painter.drawText(QRectF(x, lane.top, width - x - 8, metrics.header_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
            used = text.bold_metrics.horizontalAdvance(title)
            painter.setFont(text.font)
            painter.setPen(muted)
            painter.drawText(QRectF(x + used + 8, lane.top, width, metrics.header_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             scene.lanes.count_text(lane.index))

    # -- axis, shelf and scroll hint ------------------------------------------

    def _paint_axis(self, painter: QPainter, scene: CanvasScene, ticks: AxisTicks,
                    palette: QPalette) -> None:
        frame, width, text = scene.frame, scene.width, self._text
        row_height = text.axis_row_height
        painter.fillRect(QRectF(0, 0, width, 2 * row_height), palette.color(_ROLE.Window))
        ink = palette.color(_ROLE.WindowText)
        muted = QColor(ink)
        muted.setAlpha(120)
        painter.setPen(QPen(muted, 1))
        minor_xs = (round(frame.x_of(t.day)) + 0.5 for t in ticks.minor)
        major_xs = (round(frame.x_of(t.day)) + 0.5 for t in ticks.major)
        painter.drawLines(
            [QLineF(x, 2 * row_height - 6, x, 2 * row_height) for x in minor_xs if 0 <= x <= width]
            + [QLineF(x, 0, x, 2 * row_height) for x in major_xs if 0 <= x <= width])
        painter.drawLine(QLineF(0, 2 * row_height - 0.5, width, 2 * row_height - 0.5))
        font_metrics = text.font_metrics
        base_shift = (row_height + font_metrics.ascent() - font_metrics.descent()) / 2
        # Minor labels (bottom row).
        painter.setPen(ink)
        labels = [t.label for t in ticks.minor]
        xs = [frame.x_of(t.day) for t in ticks.minor]
        widths = [font_metrics.horizontalAdvance(s) for s in labels]
        for label, left in zip(labels, place_labels(xs, widths, width, pin_first=False)):
            if left is not None:
                painter.drawText(QPointF(left, row_height + base_shift), label)
        # Major labels (top row), the current period pinned to the left edge.
        painter.setFont(text.bold_font)
        labels = [t.label for t in ticks.major]
        xs = [frame.x_of(t.day) for t in ticks.major]
        widths = [text.bold_metrics.horizontalAdvance(s) for s in labels]
        taken: list[tuple[float, float]] = []
        for label, left, label_width in zip(labels, place_labels(xs, widths, width), widths):
            if left is not None:
                painter.drawText(QPointF(left, base_shift), label)
                taken.append((left, left + label_width))
        painter.setFont(text.font)
        self._paint_today_tick(painter, scene, palette, base_shift, taken)

    def _paint_today_tick(self, painter: QPainter, scene: CanvasScene, palette: QPalette,
                          base_shift: float, taken: list[tuple[float, float]]) -> None:
        """A tick in the axis at today, labelled where no major label is."""
        x_today = scene.frame.x_of(scene.today)
        width, row_height = scene.width, self._text.axis_row_height
        if not 0 <= x_today <= width:
            return
        highlight = palette.color(_ROLE.Highlight)
        painter.setPen(QPen(highlight, 2))
        painter.drawLine(QLineF(x_today, row_height, x_today, 2 * row_height))
        label_width = self._text.font_metrics.horizontalAdvance("Today")
        left = x_today + 4
        if left + label_width > width:
            left = x_today - 4 - label_width
        if all(left + label_width + 6 < a or left > b + 6 for a, b in taken):
            painter.setPen(highlight)
            painter.drawText(QPointF(left, base_shift), "Today")

    def _paint_shelf(self, painter: QPainter, scene: CanvasScene, palette: QPalette,
                     device_pixel_ratio: float, dark: bool) -> None:
        shelf, data = scene.shelf, scene.data
        if not shelf.total:
            return
        radius = scene.frame.metrics.marker_radius
        width, top = scene.width, shelf.top
        painter.fillRect(QRectF(0, top, width, shelf.height), palette.color(_ROLE.Window))
        ink = palette.color(_ROLE.WindowText)
        painter.setPen(QPen(palette.color(_ROLE.Mid), 1))
        painter.drawLine(QLineF(0, top + 0.5, width, top + 0.5))
        painter.setPen(ink)
        left_middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(8, top, width, shelf.height), left_middle, shelf.title)
        selected = set(scene.selected)
        chip_fill = palette.color(_ROLE.Base)
        highlight = palette.color(_ROLE.Highlight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for chip in shelf.chips:
            k = chip.undated_index
            rect = QRectF(chip.rect.left, chip.rect.top, chip.rect.width, chip.rect.height)
            is_selected = int(data.undated_ids[k]) in selected
            painter.setPen(QPen(highlight if is_selected else palette.color(_ROLE.Mid),
                                2 if is_selected else 1))
            painter.setBrush(chip_fill)
            painter.drawRoundedRect(rect, 4, 4)
            sprite = self._sprites.get(KINDS[int(data.undated_kinds[k])], radius,
                                       device_pixel_ratio, dark)
            half = sprite.width() / device_pixel_ratio / 2
            painter.drawPixmap(QPointF(rect.left() + 6, rect.center().y() - half), sprite)
            painter.setPen(palette.color(_ROLE.Text))
            painter.drawText(rect.adjusted(2 * radius + 10, 0, -4, 0), left_middle,
                             self._text.chip_label(k)[0])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        note = shelf.page_note
        if note is not None:
            painter.setPen(ink)
            painter.drawText(QRectF(0, top, width - 8, shelf.height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, note)

    def _paint_scroll_hint(self, painter: QPainter, scene: CanvasScene, palette: QPalette) -> None:
        top, content = scene.lanes_top, scene.content_height
        view = scene.lanes_bottom - top
        if content <= view + 0.5:
            return
        colour = palette.color(_ROLE.Text)
        colour.setAlpha(90)
        bar_height = max(20.0, view * view / content)
        bar_y = top + (view - bar_height) * scene.scroll_y / (content - view)
        painter.fillRect(QRectF(scene.width - 5, bar_y, 3, bar_height), colour)
