"""The profile's strip timeline: events per year as bars, stacked by role.

A small painted widget, not the main canvas: one bar per year from the
first year to the last, each split by the role the links record (all one
colour, "named", until roles are recorded), the count over each bar and the
years below. The same drawing renders to an image for the PDF export.
Only numbers, years and role words are drawn, as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.core.profiles import NO_ROLE, Profile

#: Colours per role; roles not listed take the next of ``_SPARE``.
_ROLE_COLOURS = {"organiser": "#c0392b", "supporter": "#2e86c1", "target": "#7d3c98",
                 "mentioned": "#95a5a6", NO_ROLE: "#3b6ea5"}
_SPARE = ("#16a085", "#d68910", "#566573", "#a04000")
_LEGEND_HEIGHT = 18
_AXIS_HEIGHT = 16


def role_colour(role: str, known: list[str]) -> QColor:
    """The colour of ``role``; ``known`` lists the profile's roles in a stable order."""
    if role in _ROLE_COLOURS:
        return QColor(_ROLE_COLOURS[role])
    others = [r for r in known if r not in _ROLE_COLOURS]
    return QColor(_SPARE[others.index(role) % len(_SPARE)] if role in others else _SPARE[0])


def paint_strip(painter: QPainter, rect: QRectF, profile: Profile | None,
                text: QColor, faint: QColor) -> None:
    """Draw the strip of ``profile`` into ``rect``."""
    counts = profile.year_role_counts() if profile is not None else {}
    if not counts:
        painter.setPen(faint)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "no dated events")
        return
    roles = list(profile.by_role()) if profile is not None else []
    years = sorted({year for year, _role in counts})
    first, last = years[0], years[-1]
    totals = {y: sum(c for (year, _r), c in counts.items() if year == y) for y in years}
    legend = len(roles) > 1
    top = rect.top() + (_LEGEND_HEIGHT if legend else 0) + 14
    bottom = rect.bottom() - _AXIS_HEIGHT
    width = rect.width() / (last - first + 1)
    peak = max(totals.values())
    metrics = painter.fontMetrics()
    for year in years:
        x = rect.left() + (year - first) * width
        y = bottom
        for role in roles:
            count = counts.get((year, role), 0)
            if not count:
                continue
            height = max(1.5, (bottom - top) * count / peak)
            painter.fillRect(QRectF(x + 1, y - height, max(1.0, width - 2), height),
                             role_colour(role, roles))
            y -= height
        painter.setPen(text)
        label = str(totals[year])
        if metrics.horizontalAdvance(label) <= width + 4:
            painter.drawText(QRectF(x - 4, y - 14, width + 8, 14),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
    _paint_axis(painter, rect, first, last, width, faint)
    if legend:
        _paint_legend(painter, rect, roles, text)


def _paint_axis(painter: QPainter, rect: QRectF, first: int, last: int, width: float,
                colour: QColor) -> None:
    painter.setPen(colour)
    label_width = painter.fontMetrics().horizontalAdvance("2000") + 8
    step = max(1, int(label_width // max(width, 1.0)) + 1)
    for year in range(first, last + 1):
        if (year - first) % step:
            continue
        x = rect.left() + (year - first) * width
        painter.drawText(QRectF(x + width / 2 - label_width / 2, rect.bottom() - _AXIS_HEIGHT,
                                label_width, _AXIS_HEIGHT), Qt.AlignmentFlag.AlignCenter, str(year))


def _paint_legend(painter: QPainter, rect: QRectF, roles: list[str], colour: QColor) -> None:
    x = rect.left()
    metrics = painter.fontMetrics()
    for role in roles:
        painter.fillRect(QRectF(x, rect.top() + 4, 10, 10), role_colour(role, roles))
        painter.setPen(colour)
        painter.drawText(QRectF(x + 14, rect.top(), 200, _LEGEND_HEIGHT),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, role)
        x += 24 + metrics.horizontalAdvance(role)


def strip_image(profile: Profile, width: int = 900, height: int = 180) -> QImage:
    """The strip drawn on white, for exports."""
    image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_strip(painter, QRectF(4, 4, width - 8, height - 8), profile, QColor("#222222"),
                QColor("#666666"))
    painter.end()
    return image


class ProfileStrip(QWidget):
    """Events per year of one profile, stacked by role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: Profile | None = None
        self.setObjectName("profileStrip")
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Events per year")

    def sizeHint(self) -> QSize:
        return QSize(600, 130)

    def set_profile(self, profile: Profile | None) -> None:
        self.profile = profile
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        paint_strip(painter, QRectF(self.rect()).adjusted(4, 2, -4, -2), self.profile,
                    palette.color(QPalette.ColorRole.WindowText),
                    palette.color(QPalette.ColorRole.PlaceholderText))


__all__ = ["ProfileStrip", "paint_strip", "role_colour", "strip_image"]
