"""Events per year as small bars under the Years filter, with year labels.

The bars show where the events lie before a range is chosen; the labels
under them (every year when there is room, round years when narrow; the
choice is ``core.layout.year_ticks``) say which bar is which.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.core.layout.year_ticks import year_labels

_BARS_MIN_PX = 30


class YearHistogram(QWidget):
    """Events per year as small bars; the chosen range is drawn stronger.
    Clicking a bar chooses that year alone."""

    yearClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[int, int] = {}
        self.lo: int | None = None
        self.hi: int | None = None
        self.setMinimumHeight(_BARS_MIN_PX + self._label_height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip("Events per year; click a bar to show that year only")

    def _label_height(self) -> int:
        return int(QFontMetricsF(self.font()).height()) + 2

    def sizeHint(self) -> QSize:
        return QSize(200, _BARS_MIN_PX + 6 + self._label_height())

    def set_counts(self, counts: dict[int, int]) -> None:
        self.counts = counts
        self.update()

    def set_range(self, lo: int | None, hi: int | None) -> None:
        self.lo, self.hi = lo, hi
        self.update()

    def _span(self) -> tuple[int, int] | None:
        if not self.counts:
            return None
        return min(self.counts), max(self.counts)

    def labelled_years(self) -> list[int]:
        """The years that carry a label at the current width (for tests and screen readers)."""
        span = self._span()
        if span is None:
            return []
        label_px = QFontMetricsF(self.font()).horizontalAdvance("8888")
        return [year for year, _ in year_labels(*span, self.width(), label_px)]

    def paintEvent(self, event) -> None:  # noqa: N802
        span = self._span()
        painter = QPainter(self)
        palette = self.palette()
        if span is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "no dated events")
            return
        first, last = span
        width = self.width() / (last - first + 1)
        bars_height = self.height() - self._label_height()
        top = max(self.counts.values())
        strong = palette.color(QPalette.ColorRole.Highlight)
        faint = QColor(strong)
        faint.setAlpha(70)
        for year, count in self.counts.items():
            inside = (self.lo is None or year >= self.lo) and (self.hi is None or year <= self.hi)
            height = max(2.0, (bars_height - 2) * count / top)
            rect = QRectF((year - first) * width + 0.5, bars_height - height,
                          max(1.0, width - 1.0), height)
            painter.fillRect(rect, strong if inside else faint)
        self._paint_labels(painter, first, last, bars_height)

    def _paint_labels(self, painter: QPainter, first: int, last: int, bars_height: float) -> None:
        metrics = QFontMetricsF(self.font())
        label_px = metrics.horizontalAdvance("8888")
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        baseline = bars_height + 1 + metrics.ascent()
        for year, left in year_labels(first, last, self.width(), label_px):
            text = str(year)
            centred = left + (label_px - metrics.horizontalAdvance(text)) / 2
            painter.drawText(QPointF(centred, baseline), text)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        span = self._span()
        if span is None:
            return
        first, last = span
        year = first + int(event.position().x() / (self.width() / (last - first + 1)))
        self.yearClicked.emit(min(max(year, first), last))


__all__ = ["YearHistogram"]
