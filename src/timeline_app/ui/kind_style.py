"""Colour and marker shape for each event kind, plus a legend widget.

Colours come from the Okabe-Ito palette, which stays distinguishable with
the common forms of colour blindness; every kind also has its own shape, so
colour is never the only cue. Markers get an outline in the palette's text
colour, which keeps light fills (yellow) visible on a light background and
dark ones (blue) on a dark background.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPen, QPixmap, QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.core.models import KINDS


#: Okabe-Ito colours by kind. "vote" uses the palette's black, which flips to
#: near-white on dark palettes; "other" is a neutral grey.
_KIND_RGB: dict[str, str] = {
    "walkout": "#D55E00",  # vermillion
    "campaign": "#0072B2",  # blue
    "letter": "#CC79A7",  # reddish purple
    "protest": "#E69F00",  # orange
    "strike": "#009E73",  # bluish green
    "occupation": "#56B4E9",  # sky blue
    "petition": "#F0E442",  # yellow
    "vote": "#000000",  # black (white on dark palettes)
    "other": "#999999",  # grey
    "context": "#D9D9D9",  # pale grey: background facts, not the movement's actions
}

KIND_SHAPES: dict[str, str] = {
    "walkout": "triangle_up",
    "campaign": "square",
    "letter": "diamond",
    "protest": "circle",
    "strike": "triangle_down",
    "occupation": "hexagon",
    "petition": "star",
    "vote": "pentagon",
    "other": "plus",
    "context": "bar",
}


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_color(kind: str, dark: bool = False) -> QColor:
    """The fill colour for ``kind`` on a light (or ``dark``) background."""
    if kind == "vote" and dark:
        return QColor("#F2F2F2")
    return QColor(_KIND_RGB.get(kind, _KIND_RGB["other"]))


def kind_color_by_code(code: int, dark: bool = False) -> QColor:
    return kind_color(KINDS[code] if 0 <= code < len(KINDS) else "other", dark)


def text_color_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#FFFFFF")


def outline_color(dark: bool) -> QColor:
    return QColor(240, 240, 240, 200) if dark else QColor(20, 20, 20, 190)


def marker_polygon(shape: str, cx: float, cy: float, r: float) -> QPolygonF | None:
    """The outline of a marker shape centred on (cx, cy); None for circles."""

    def regular(n: int, radius: float, turn: float) -> list[QPointF]:
        return [QPointF(cx + radius * math.cos(turn + 2 * math.pi * k / n),
                        cy + radius * math.sin(turn + 2 * math.pi * k / n)) for k in range(n)]

    if shape == "circle":
        return None
    if shape == "square":
        s = r * 0.88
        points = [QPointF(cx - s, cy - s), QPointF(cx + s, cy - s),
                  QPointF(cx + s, cy + s), QPointF(cx - s, cy + s)]
    elif shape == "bar":  # a flat bar: a backdrop rather than an action
        w, h = r * 1.05, r * 0.45
        points = [QPointF(cx - w, cy - h), QPointF(cx + w, cy - h),
                  QPointF(cx + w, cy + h), QPointF(cx - w, cy + h)]
    elif shape == "diamond":
        points = regular(4, r * 1.15, -math.pi / 2)
    elif shape == "triangle_up":
        points = regular(3, r * 1.2, -math.pi / 2)
        points = [QPointF(p.x(), p.y() + r * 0.2) for p in points]
    elif shape == "triangle_down":
        points = regular(3, r * 1.2, math.pi / 2)
        points = [QPointF(p.x(), p.y() - r * 0.2) for p in points]
    elif shape == "hexagon":
        points = regular(6, r * 1.05, 0.0)
    elif shape == "pentagon":
        points = regular(5, r * 1.08, -math.pi / 2)
    elif shape == "star":
        outer = regular(5, r * 1.25, -math.pi / 2)
        inner = regular(5, r * 0.55, -math.pi / 2 + math.pi / 5)
        points = [p for pair in zip(outer, inner) for p in pair]
    else:  # plus
        a, b = r * 0.38, r * 1.0
        points = [QPointF(cx + dx, cy + dy) for dx, dy in (
            (-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a),
            (a, b), (-a, b), (-a, a), (-b, a), (-b, -a), (-a, -a))]
    return QPolygonF(points)


def paint_marker(painter: QPainter, kind: str, centre: QPointF, radius: float, dark: bool) -> None:
    """Draw one kind marker (antialiased) at ``centre``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(outline_color(dark), 1.0))
    painter.setBrush(kind_color(kind, dark))
    poly = marker_polygon(KIND_SHAPES.get(kind, "plus"), centre.x(), centre.y(), radius)
    if poly is None:
        painter.drawEllipse(centre, radius, radius)
    else:
        painter.drawPolygon(poly)
    painter.restore()


class _MarkerIconEngine(QIconEngine):
    """Paints a kind's marker whenever the icon is drawn, in the colours of
    the palette in use then, so icons follow a theme switch."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self._kind = kind

    def paint(self, painter: QPainter, rect, mode, state) -> None:  # noqa: ARG002 (Qt override)
        side = min(rect.width(), rect.height())
        paint_marker(painter, self._kind, QRectF(rect).center(), side / 2 - 2,
                     is_dark(QGuiApplication.palette()))

    def pixmap(self, size: QSize, mode, state) -> QPixmap:  # noqa: N802 (Qt override)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)  # Qt's default leaves it unfilled
        painter = QPainter(pixmap)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _MarkerIconEngine(self._kind)


def kind_icon(kind: str, size: int = 14) -> QIcon:  # noqa: ARG001 (size kept for callers)
    """The kind's marker as drawn on the canvas, for lists, boxes and menus."""
    return QIcon(_MarkerIconEngine(kind))


class MarkerSprites:
    """Pre-rendered marker pixmaps, so thousands of markers cost one blit each."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, float, float, bool], QPixmap] = {}

    def get(self, kind: str, radius: float, dpr: float, dark: bool) -> QPixmap:
        key = (kind, radius, dpr, dark)
        pix = self._cache.get(key)
        if pix is None:
            side = int(math.ceil((2 * radius + 4) * dpr))
            pix = QPixmap(side, side)
            pix.setDevicePixelRatio(dpr)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            half = side / dpr / 2
            paint_marker(p, kind, QPointF(half, half), radius, dark)
            p.end()
            self._cache[key] = pix
        return pix


class KindLegend(QWidget):
    """A one-line legend: each kind's marker and name, in the canvas's colours."""

    def __init__(self, parent: QWidget | None = None, kinds: tuple[str, ...] = KINDS) -> None:
        super().__init__(parent)
        self._kinds = tuple(kinds)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(
            "Event kinds: " + ", ".join(f"{k} ({KIND_SHAPES[k].replace('_', ' ')})" for k in self._kinds)
        )

    def set_kinds(self, kinds: tuple[str, ...]) -> None:
        """Show only these kinds (e.g. those present in the current data)."""
        self._kinds = tuple(kinds)
        self._update_tip()
        self.updateGeometry()
        self.update()

    def kinds(self) -> tuple[str, ...]:
        return self._kinds

    def _entry_width(self, kind: str) -> float:
        fm = self.fontMetrics()
        return 2 * max(4.0, fm.height() / 3.2) + 5 + fm.horizontalAdvance(kind.capitalize()) + 16

    def more_text(self) -> str:
        """What stands for the kinds that do not fit ("+3 more"), or ""."""
        hidden = len(self._kinds) - len(self.shown_kinds())
        return f"+{hidden} more" if hidden else ""

    def shown_kinds(self) -> tuple[str, ...]:
        """The kinds drawn whole in the current width: a narrow legend (the
        event pane open at 1024 pixels) cut the last name mid-word ("Lette")
        and dropped the rest unsaid; now those are summed up as "+N more"."""
        room = self.width() - 6.0
        if sum(self._entry_width(k) for k in self._kinds) <= room:
            return self._kinds
        room -= self.fontMetrics().horizontalAdvance(f"+{len(self._kinds)} more") + 4
        shown: list[str] = []
        for kind in self._kinds:
            room -= self._entry_width(kind)
            if room < 0:
                break
            shown.append(kind)
        return tuple(shown)

    def _update_tip(self) -> None:
        hidden = self._kinds[len(self.shown_kinds()):]
        self.setToolTip("Also: " + ", ".join(k.capitalize() for k in hidden) if hidden else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_tip()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = sum(fm.horizontalAdvance(k.capitalize()) + 30 for k in self._kinds)
        return QSize(width, fm.height() + 8)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        dark = is_dark(self.palette())
        fm = self.fontMetrics()
        r = max(4.0, fm.height() / 3.2)
        x = 6.0
        cy = self.height() / 2
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for kind in self.shown_kinds():
            paint_marker(p, kind, QPointF(x + r, cy), r, dark)
            label = kind.capitalize()
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            text_x = x + 2 * r + 5
            p.drawText(QRectF(text_x, 0, fm.horizontalAdvance(label) + 2, self.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            x = text_x + fm.horizontalAdvance(label) + 16
        more = self.more_text()
        if more:
            p.drawText(QRectF(x, 0, fm.horizontalAdvance(more) + 2, self.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, more)
        p.end()
