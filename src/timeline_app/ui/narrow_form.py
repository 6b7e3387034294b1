"""Keeps a scrolling form readable at any width of its pane.

A form inside a scroll area that hides its horizontal scroll bar is cut off
on the right once the pane is narrower than the form's minimum width: a
wrapped list of names loses its last words ("University College London"
shows as "University College"). This helper watches the scroll area's
viewport: when the fields would be left too little room beside their
labels, every field moves under its label (and gets the full width); when
even that does not fit, a horizontal scroll bar appears instead of a cut.
A row of buttons handed to ``stack_when_narrow`` turns into a column when
the buttons side by side would be wider than the pane (at 1024x640 "Delete
Event" and "Delete Document" made the whole form scroll sideways).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QScrollArea

#: Fields narrower than this many average characters move under their labels.
_MIN_FIELD_CHARS = 26


class NarrowForm(QObject):
    """Wraps ``form``'s rows under their labels when ``scroll`` gets narrow."""

    def __init__(self, form: QFormLayout, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._form = form
        self._scroll = scroll
        self._stacked: list[QBoxLayout] = []
        scroll.viewport().installEventFilter(self)

    def stack_when_narrow(self, row: QBoxLayout) -> None:
        """Lay ``row``'s widgets out one above the other when side by side
        they would not fit the pane's width."""
        self._stacked.append(row)
        self.fit(self._scroll.viewport().width())

    def _side_by_side_width(self, row: QBoxLayout) -> int:
        widgets = [row.itemAt(i).widget() for i in range(row.count())]
        widths = [w.minimumSizeHint().width() for w in widgets
                  if w is not None and not w.isHidden()]
        margins = self._form.contentsMargins()
        return (sum(widths) + max(row.spacing(), 0) * max(len(widths) - 1, 0)
                + margins.left() + margins.right())

    def _label_column_width(self) -> int:
        widths = [0]
        for row in range(self._form.rowCount()):
            item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                widths.append(item.sizeHint().width())
        return max(widths)

    def is_narrow(self, width: int) -> bool:
        """Whether fields beside their labels would get too little of ``width``."""
        margins = self._form.contentsMargins()
        spacing = max(self._form.horizontalSpacing(), 0)
        room = (width - margins.left() - margins.right() - spacing
                - self._label_column_width())
        field_width = _MIN_FIELD_CHARS * self._scroll.fontMetrics().averageCharWidth()
        return room < field_width

    def fit(self, width: int) -> None:
        """Choose the row layout and scroll bar for a viewport ``width`` wide."""
        for row in self._stacked:
            direction = (QBoxLayout.Direction.TopToBottom
                         if self._side_by_side_width(row) > width
                         else QBoxLayout.Direction.LeftToRight)
            if row.direction() != direction:
                row.setDirection(direction)
        policy = (QFormLayout.RowWrapPolicy.WrapAllRows if self.is_narrow(width)
                  else QFormLayout.RowWrapPolicy.WrapLongRows)
        if self._form.rowWrapPolicy() != policy:
            self._form.setRowWrapPolicy(policy)
        too_narrow = self._form.minimumSize().width() > width
        self._scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if too_narrow
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit(self._scroll.viewport().width())
        return False


__all__ = ["NarrowForm"]
