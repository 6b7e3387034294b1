"""The canvas's fonts, measured labels, and the pixel sizes that follow.

Measuring text is the costly part of laying out a view, so each event's
elided label and its width are measured once and kept until the data or the
font changes. The layout gets these widths as plain callables (it never
touches Qt); the painter draws the same elided text, so what was measured is
what is drawn.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from timeline_app.core.layout import Metrics, TextMeasures, ViewSizes
from timeline_app.core.timeline_data import TimelineData

#: Longest chip label on the undated shelf, px.
CHIP_LABEL_PX = 160.0
#: Texts whose width is remembered before the cache starts over.
_MAX_CACHED_WIDTHS = 20_000


class CanvasText:
    """Fonts, cached label texts and widths, and font-derived sizes.

    ``metrics`` are the layout's pixel sizes; ``axis_row_height`` and
    ``shelf_height`` size the two axis rows and the undated shelf.
    """

    def __init__(self, font: QFont) -> None:
        self._data = TimelineData.empty()
        self._dated: dict[int, tuple[str, float]] = {}
        self._undated: dict[int, tuple[str, float]] = {}
        self._widths: dict[str, float] = {}
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        """Measure with ``font`` from now on; forgets every measured label."""
        self.font = QFont(font)
        self.font_metrics = QFontMetricsF(font)
        self.bold_font = QFont(font)
        self.bold_font.setBold(True)
        self.bold_metrics = QFontMetricsF(self.bold_font)
        line = math.ceil(self.font_metrics.height())
        self.axis_row_height = line + 6
        self.shelf_height = line + 14
        self.metrics = Metrics(
            row_height=max(18.0, line + 5.0), header_height=max(18.0, line + 4.0),
            marker_radius=max(4.5, round(line / 3.2 * 2) / 2), label_gap=4.0,
            pill_height=max(16.0, line + 2.0),
            cluster_width=max(34.0, self.font_metrics.horizontalAdvance("00.0k") + 10),
            min_lane_height=max(64.0, 3 * line + 30.0),
        )
        self._dated.clear()
        self._undated.clear()
        self._widths = {}

    def set_data(self, data: TimelineData) -> None:
        """Labels now come from ``data``; forgets the old ones."""
        self._data = data
        self._dated.clear()
        self._undated.clear()

    def view_sizes(self) -> ViewSizes:
        """The sizes the view's layout works in, for the current font."""
        return ViewSizes(self.metrics, 2 * self.axis_row_height, self.shelf_height)

    def measures(self) -> TextMeasures:
        """The measuring callables the view's layout calls."""
        return TextMeasures(label_widths=self.label_widths,
                            chip_label_width=self.chip_label_width, measure=self.width,
                            label_text=self.label_text)

    @property
    def digit_width(self) -> float:
        return self.width("0")

    def width(self, text: str) -> float:
        """Width of ``text`` in the plain font, cached."""
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > _MAX_CACHED_WIDTHS:
                self._widths.clear()  # shortened labels measure many prefixes; keep this bounded
            width = self._widths[text] = self.font_metrics.horizontalAdvance(text)
        return width

    def elided(self, text: str, max_width: float) -> str:
        return self.font_metrics.elidedText(text, Qt.TextElideMode.ElideRight, max_width)

    def label(self, index: int) -> tuple[str, float]:
        """Dated event ``index``'s label (elided to the layout's maximum) and width."""
        cached = self._dated.get(index)
        if cached is None:
            title = self._data.title_of(index) or "(untitled)"
            count = self._data.sources_of(index)
            if count > 1:  # the badge: how many sources attest it, in words' place
                title = f"[{count}] {title}"
            text = self.elided(title, self.metrics.max_label_width)
            cached = self._dated[index] = (text, self.font_metrics.horizontalAdvance(text))
        return cached

    def label_text(self, index: int) -> str:
        """Dated event ``index``'s whole label text, for the layout."""
        return self.label(index)[0]

    def label_widths(self, indices: np.ndarray) -> np.ndarray:
        """Label widths of dated events, for the layout."""
        return np.fromiter((self.label(i)[1] for i in indices.tolist()), dtype=np.float64,
                           count=len(indices))

    def chip_label(self, undated_index: int) -> tuple[str, float]:
        """An undated event's chip label (elided shorter) and its width."""
        cached = self._undated.get(undated_index)
        if cached is None:
            text = self.elided(self._data.undated_title_of(undated_index) or "(untitled)",
                               CHIP_LABEL_PX)
            cached = (text, self.font_metrics.horizontalAdvance(text))
            self._undated[undated_index] = cached
        return cached

    def chip_label_width(self, undated_index: int) -> float:
        return self.chip_label(undated_index)[1]
