"""The filter pane's kind boxes: two columns when they fit, one when not.

A fixed two-column grid needs about 270 pixels; on a 1024-pixel screen the
filter pane is narrower, and the right-hand column ("Campaign", "Strike", ...)
was cut off under the pane's scroll bar, out of reach. The grid now asks only
for one column's width and spreads into two once the pane is wide enough.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from timeline_app.core.models import KINDS
from timeline_app.ui.kind_style import kind_icon

#: Room a group box's frame and title take around its text (both sides).
_TITLE_ROOM = 24


class KindGrid(QGroupBox):
    """A ticked box per kind, with the kind's marker, reflowed to the width it gets."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 4, 6, 4)
        self._grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(kind.capitalize(), self)
            box.setIcon(kind_icon(kind))
            self.boxes[kind] = box
        self.columns = 0
        self._place(2)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for i, box in enumerate(self.boxes.values()):
            self._grid.removeWidget(box)
            self._grid.addWidget(box, i // columns, i % columns)
        self.updateGeometry()

    def _columns_width(self, columns: int) -> int:
        """The width the boxes need laid out in ``columns`` columns, margins included."""
        widths = [0] * columns
        for i, box in enumerate(self.boxes.values()):
            widths[i % columns] = max(widths[i % columns], box.sizeHint().width())
        margins = self._grid.contentsMargins()
        return (sum(widths) + (columns - 1) * self._grid.horizontalSpacing()
                + margins.left() + margins.right())

    def _chrome(self) -> int:
        """What the group box's frame takes of its width."""
        return max(0, self.width() - self.contentsRect().width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """One column's width: the grid never forces the pane wider than that."""
        hint = super().minimumSizeHint()
        title = self.fontMetrics().horizontalAdvance(self.title()) + _TITLE_ROOM
        return QSize(max(self._columns_width(1) + self._chrome(), title), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        room = event.size().width() - self._chrome()
        self._place(2 if room >= self._columns_width(2) else 1)
