"""The event list's Date cell: a date that does not fit shows in its short form.

In a narrow list (1024 pixels with the event pane open) the long form was
cut at its end, "17 Novemb…", losing the year a reader scans the column
for. The model offers the short form ("17 Nov 2015") under
``COMPACT_DATE_ROLE``; this delegate paints it when the long one does not
fit the cell. The tooltip keeps the whole date.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: The model role holding a date's short form.
COMPACT_DATE_ROLE = Qt.ItemDataRole.UserRole + 2


def cell_text_margin(widget: QWidget | None) -> int:
    """The room the style leaves each side of a cell's text."""
    style = widget.style() if widget is not None else None
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1 if style is not None else 3


class CompactDateDelegate(QStyledItemDelegate):
    """Paints the short form of a date whose long form would be cut."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt override)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        margin = cell_text_margin(option.widget)
        if option.fontMetrics.horizontalAdvance(option.text) > option.rect.width() - 2 * margin:
            compact = index.data(COMPACT_DATE_ROLE)
            if compact:
                option.text = compact


__all__ = ["COMPACT_DATE_ROLE", "CompactDateDelegate", "cell_text_margin"]
