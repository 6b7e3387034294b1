"""The network drawn: nodes sized by events, edges by shared events, names
on the larger nodes; drag to pan, wheel to zoom, click a node to choose it.

Twenty thousand long, translucent edges take far longer to rasterise than a
frame allows, so edges and nodes are drawn into a cached picture (a little
larger than the view) once per view; while the person pans or zooms, each
frame only moves and scales that picture, and the picture is redrawn sharp
when they pause. The edges (in a few weight bands) and nodes are
``QPainterPath``s in layout coordinates, built once per layout. Labels and
the chosen node are drawn live on top. Names come from documents and are
drawn with ``drawText`` (never rich text).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor, QFontMetricsF, QImage, QMouseEvent, QPainter, QPainterPath, QPalette, QPen,
    QTransform, QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from timeline_app.core.layout.network_edges import edges_within_budget
from timeline_app.core.network import Network, empty_network
from timeline_app.ui.kind_style import is_dark
from timeline_app.ui.plain_text import cut, tooltip

#: Layout coordinates (-1..1) are scaled to this many units across.
WORLD = 1000.0
#: Node radii in layout units, smallest and largest.
MIN_RADIUS, MAX_RADIUS = 4.0, 26.0
#: How many of the largest nodes get a name drawn beside them.
LABELLED_NODES = 40
LABEL_CHARS = 32
_LABEL_ROOM = 200  # pixels kept free right of the network when fitting
_WEIGHT_BANDS = 4
_ZOOM_STEP = 1.25
_CLICK_SLOP = 4  # pixels a press may move and still be a click
#: The cached picture reaches this share of the view's size past each edge.
_MARGIN = 0.25
#: Redraw the cached picture sharp once the view has been still this long.
_SETTLE_MS = 180
_LABEL_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_COLOURS = {0: (QColor("#2f6db5"), QColor("#7fb0ec")), 1: (QColor("#c0622b"), QColor("#f0a070"))}


class NetworkCanvas(QWidget):
    """A painted view of one laid-out ``Network``."""

    nodeClicked = Signal(str, int)  # kind ("organisation"/"person"), entity id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(200, 150)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.network = empty_network()
        self.points = np.zeros((0, 2))  # node centres in layout units
        self.radii = np.zeros(0)
        self._edge_bands = np.zeros(0, dtype=np.int64)  # weight band per edge
        self.drawn_edges = 0  # how many edges the last redraw drew
        self._node_rects: dict[int, list[QRectF]] = {}  # by kind code, in layout units
        self._selected: int | None = None
        self._selected_edges = QPainterPath()
        self._scale = 1.0
        self._offset = QPointF(0, 0)  # screen position of layout (0, 0)
        self._press: QPointF | None = None
        self._dragged = False
        self._layer: QImage | None = None  # edges and nodes, for the view in _layer_view
        self._label_cache: dict[tuple[int, float], tuple[str, float]] = {}
        self._layer_view = QTransform()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self._redraw_layer)
        self.placeholder = "No organisations share events in what the filters show."

    # ------------------------------------------------------------------ data
    def set_network(self, network: Network, positions: np.ndarray, keep_view: bool = False) -> None:
        """Show ``network`` with ``positions`` (n x 2, in -1..1) from ``layout_network``."""
        selected_key = self.selected_key()
        self.network = network
        self.points = np.asarray(positions, dtype=float).reshape(-1, 2) * (WORLD / 2)
        events = network.events.astype(float)
        top = float(events.max()) if len(events) else 1.0
        self.radii = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * np.sqrt(events / top)
        self._build_paths()
        self._layer = None
        self._label_cache = {}
        self._selected = None
        if selected_key is not None:
            kind, entity_id = selected_key
            self.select(network.index_of(kind, entity_id))
        if not keep_view:
            self.fit()
        self.update()

    def _build_paths(self) -> None:
        """The edges' weight bands and the node shapes (in layout units) for every redraw."""
        network, points = self.network, self.points
        self._edge_bands = np.zeros(0, dtype=np.int64)
        if network.edge_count:
            weights = np.log(network.weights.astype(float))
            self._edge_bands = np.minimum((weights / max(weights.max(), 1e-9) * _WEIGHT_BANDS)
                                          .astype(np.int64), _WEIGHT_BANDS - 1)
        # Nodes as rectangles for drawEllipse: one filled path of 2,000
        # overlapping circles costs Qt far more than 2,000 small ellipses.
        self._node_rects = {}
        for code in np.unique(network.kinds).tolist():
            nodes = np.flatnonzero(network.kinds == code)
            corners = np.column_stack((points[nodes] - self.radii[nodes, None],
                                       2 * self.radii[nodes], 2 * self.radii[nodes]))
            self._node_rects[code] = [QRectF(x, y, w, h) for x, y, w, h in corners.tolist()]

    # ------------------------------------------------------------- selection
    def select(self, node: int | None) -> None:
        """Mark one node (and its edges), or none."""
        self._selected = node
        self._selected_edges = QPainterPath()
        if node is not None:
            touching = (self.network.sources == node) | (self.network.targets == node)
            for line in _lines(self.points, self.network.sources[touching],
                               self.network.targets[touching]):
                self._selected_edges.moveTo(line.p1())
                self._selected_edges.lineTo(line.p2())
        self.update()

    def selected_key(self) -> tuple[str, int] | None:
        """(kind, entity id) of the marked node, or None."""
        if self._selected is None:
            return None
        return (self.network.kind_of(self._selected),
                int(self.network.entity_ids[self._selected]))

    # ------------------------------------------------------------------ view
    def transform(self) -> QTransform:
        """Layout units to widget pixels."""
        return QTransform(self._scale, 0, 0, self._scale, self._offset.x(), self._offset.y())

    def fit(self) -> None:
        """Show the whole network."""
        if not len(self.points):
            self._scale, self._offset = 1.0, QPointF(self.width() / 2, self.height() / 2)
            return
        low = (self.points - self.radii[:, None]).min(axis=0)
        high = (self.points + self.radii[:, None]).max(axis=0)
        span = np.maximum(high - low, 1.0)
        # Room on the right for the names beside the rightmost nodes.
        usable = self.width() - min(_LABEL_ROOM, self.width() * 0.25)
        self._scale = 0.92 * min(usable / span[0], self.height() / span[1])
        centre = (low + high) / 2
        self._offset = QPointF(usable / 2 - centre[0] * self._scale,
                               self.height() / 2 - centre[1] * self._scale)
        self.update()

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom keeping the layout point under ``around`` (default: the centre) in place."""
        around = around if around is not None else QPointF(self.width() / 2, self.height() / 2)
        factor = min(max(factor, 0.02 / self._scale), 200.0 / self._scale)
        self._offset = around + (self._offset - around) * factor
        self._scale *= factor
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        self._offset += QPointF(dx, dy)
        self.update()

    def node_at(self, pos: QPointF) -> int | None:
        """The node drawn under the widget point ``pos`` (the smallest, if several)."""
        if not len(self.points):
            return None
        x = (pos.x() - self._offset.x()) / self._scale
        y = (pos.y() - self._offset.y()) / self._scale
        distance = np.hypot(self.points[:, 0] - x, self.points[:, 1] - y)
        reach = self.radii + 3 / self._scale
        hits = np.flatnonzero(distance <= reach)
        if not len(hits):
            return None
        return int(hits[np.argmin(self.radii[hits])])

    def _screen_segments(self) -> np.ndarray:
        """Every edge as (x1, y1, x2, y2) in widget pixels for the current view."""
        screen = self.points * self._scale + (self._offset.x(), self._offset.y())
        return np.hstack((screen[self.network.sources], screen[self.network.targets]))

    def node_position(self, node: int) -> QPointF:
        """Where node ``node`` is drawn, in widget pixels."""
        return self.transform().map(QPointF(*self.points[node]))

    # --------------------------------------------------------------- drawing
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        if not self.network.node_count:
            self.paint_network(painter, QRectF(self.rect()))
        else:
            if self._layer is None:
                self._layer = self._render_layer()
            view = self.transform()
            if self._layer_view != view:
                self._settle.start()  # moved since: sharpen when the view is still
            # The picture was drawn for _layer_view: map it to the current view.
            to_view = self._layer_view.inverted()[0] * view
            margin_x, margin_y = self.width() * _MARGIN, self.height() * _MARGIN
            covered = to_view.mapRect(QRectF(-margin_x, -margin_y, self.width() + 2 * margin_x,
                                             self.height() + 2 * margin_y))
            if not covered.contains(QRectF(self.rect())):
                painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            painter.save()
            painter.setTransform(to_view)
            painter.drawImage(QPointF(-self.width() * _MARGIN, -self.height() * _MARGIN),
                              self._layer)
            painter.restore()
            self._paint_overlay(painter, float(self.width()), float(self.height()))
        painter.end()

    def _render_layer(self) -> QImage:
        """Edges and nodes for the current view, with a margin around it."""
        ratio = self.devicePixelRatioF()
        size = QSize(round(self.width() * (1 + 2 * _MARGIN) * ratio),
                     round(self.height() * (1 + 2 * _MARGIN) * ratio))
        # Opaque, so moving it is a plain copy rather than a blend.
        image = QImage(size, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        painter.translate(self.width() * _MARGIN, self.height() * _MARGIN)
        self._layer_view = self.transform()
        painter.setTransform(self._layer_view, combine=True)
        margin_x, margin_y = self.width() * _MARGIN, self.height() * _MARGIN
        self._paint_edges_and_nodes(painter, (-margin_x, -margin_y, self.width() + margin_x,
                                              self.height() + margin_y))
        painter.end()
        return image

    def sharpen(self) -> None:
        """Redraw the cached picture for the current view now."""
        self._layer = None
        self.repaint()

    def _redraw_layer(self) -> None:
        if self._press is not None and self._dragged:
            self._settle.start()  # still dragging
            return
        if self._layer is not None and self._layer_view != self.transform():
            self._layer = None
            self.update()

    def paint_network(self, painter: QPainter, area: QRectF) -> None:
        """Draw the network as the widget shows it into ``area`` of ``painter``
        (every line drawn, for pictures: vector devices keep them as lines)."""
        palette = self.palette()
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        if not self.network.node_count:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            return
        painter.save()
        painter.setClipRect(area)
        painter.translate(area.topLeft())
        painter.save()
        painter.setTransform(self.transform(), combine=True)
        self._paint_edges_and_nodes(painter, None)
        painter.restore()
        self._paint_overlay(painter, area.width(), area.height())
        painter.restore()

    def _paint_edges_and_nodes(self, painter: QPainter,
                               view: tuple[float, float, float, float] | None) -> None:
        """Edges by weight band, then nodes by kind, in layout units. With a
        ``view`` (widget pixels), only the edges its budget allows (see
        ``edges_within_budget``); without, every edge (pictures)."""
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        chosen = np.arange(self.network.edge_count)
        if view is not None:
            chosen = edges_within_budget(self._screen_segments(), self.network.weights, view)
        self.drawn_edges = len(chosen)
        ink, paper = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        for band in range(_WEIGHT_BANDS):
            in_band = chosen[self._edge_bands[chosen] == band]
            if not len(in_band):
                continue
            # Opaque colours between paper and ink: blending translucent
            # lines costs Qt several times more. Width 1 keeps Qt on its fast
            # cosmetic-line path; only the heaviest band (few edges) is wider.
            pen = QPen(_mixed(paper, ink, 0.22 + 0.18 * band),
                       1.0 if band < _WEIGHT_BANDS - 1 else 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines(_lines(self.points, self.network.sources[in_band],
                                     self.network.targets[in_band]))
        outline = QPen(palette.color(QPalette.ColorRole.Base), 1.0)
        outline.setCosmetic(True)
        painter.setPen(outline)
        dark = is_dark(palette)
        for code, rects in self._node_rects.items():
            painter.setBrush(_COLOURS[code][1 if dark else 0])
            for rect in rects:
                painter.drawEllipse(rect)

    def _paint_overlay(self, painter: QPainter, width: float, height: float) -> None:
        """The chosen node with its edges, and the labels, in widget pixels."""
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._selected is not None:
            painter.save()
            painter.setTransform(self.transform(), combine=True)
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5)
            pen.setCosmetic(True)
            painter.strokePath(self._selected_edges, pen)
            ring = QPen(palette.color(QPalette.ColorRole.Highlight), 3.0)
            ring.setCosmetic(True)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = float(self.radii[self._selected])
            painter.drawEllipse(QPointF(*self.points[self._selected]), radius, radius)
            painter.restore()
        self._paint_labels(painter, width, height)

    def _paint_labels(self, painter: QPainter, width: float, height: float) -> None:
        """Names of the largest nodes in view (and the chosen one), never overlapping."""
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        wanted = list(range(min(LABELLED_NODES, self.network.node_count)))
        if self._selected is not None and self._selected not in wanted:
            wanted.append(self._selected)
        texts = [self._label_text(node, metrics) for node in wanted]
        centres = self.points[wanted] * self._scale + (self._offset.x(), self._offset.y())
        lefts = (centres[:, 0] + self.radii[wanted] * self._scale + 3).tolist()
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        taken: list[QRectF] = []
        for node, (text, text_width), left, (x, y) in zip(wanted, texts, lefts,
                                                          centres.tolist(), strict=True):
            if not (0 <= x <= width and 0 <= y <= height):
                continue
            box = QRectF(left, y - line / 2, text_width, line)
            if node != self._selected and any(box.intersects(t) for t in taken):
                continue
            taken.append(box)
            painter.drawText(box, _LABEL_ALIGN, text)

    def _label_text(self, node: int, metrics: QFontMetricsF) -> tuple[str, float]:
        """A node's shortened name and its width, measured once per font."""
        key = (node, metrics.height())
        if key not in self._label_cache:
            text = cut(self.network.names[node], LABEL_CHARS)
            self._label_cache[key] = (text, metrics.horizontalAdvance(text) + 2)
        return self._label_cache[key]

    # ----------------------------------------------------------------- input
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None:
            delta = event.position() - self._press
            if self._dragged or abs(delta.x()) + abs(delta.y()) > _CLICK_SLOP:
                self._dragged = True
                self._press = event.position()
                self.pan_by(delta.x(), delta.y())
            return
        node = self.node_at(event.position())
        if node is None:
            QToolTip.hideText()
            return
        events = int(self.network.events[node])
        text = f"{self.network.names[node]}\n{events} event{'s' if events != 1 else ''}"
        QToolTip.showText(event.globalPosition().toPoint(), tooltip(text), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        clicked = not self._dragged
        self._press = None
        if clicked:
            node = self.node_at(event.position())
            if node is not None:
                self.select(node)
                kind, entity_id = self.selected_key() or ("", 0)
                self.nodeClicked.emit(kind, entity_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.node_at(event.position()) is None:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(_ZOOM_STEP ** steps, event.position())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(_ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / _ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._layer = None
        old = event.oldSize()
        if old.width() > 0 and old.height() > 0:
            # Keep the same middle in view.
            self._offset += QPointF((self.width() - old.width()) / 2,
                                    (self.height() - old.height()) / 2)
        else:
            self.fit()
        super().resizeEvent(event)


def _mixed(paper: QColor, ink: QColor, share: float) -> QColor:
    """The colour ``share`` of the way from ``paper`` to ``ink``."""
    return QColor.fromRgbF(*(p + (i - p) * share for p, i in zip(
        paper.getRgbF()[:3], ink.getRgbF()[:3], strict=True)))


def _lines(points: np.ndarray, sources: np.ndarray, targets: np.ndarray) -> list[QLineF]:
    """A segment from each source to its target, in layout units."""
    ends = np.hstack((points[sources], points[targets])).tolist()
    return [QLineF(x1, y1, x2, y2) for x1, y1, x2, y2 in ends]
