"""List entries that shorten their name, never their count.

The organisation and person filters show "National Union of Students  (5)".
In a narrow filter pane the view cut the end of that line, so the count, the
part that tells how much a tick would pass, was the first thing lost
("National Union of Students  (…"). This delegate shortens the name alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class CountKeepingDelegate(QStyledItemDelegate):
    """Draws ``name  (count)`` with the name elided to the room the count leaves."""

    def __init__(self, name_role: int, count_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_role, self.count_role = name_role, count_role

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        name, count = index.data(self.name_role), index.data(self.count_role)
        if name is None or count is None:
            return
        suffix = f"  ({count})"
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        metrics = option.fontMetrics
        room = text_rect.width() - 2 * margin - metrics.horizontalAdvance(suffix)
        option.text = metrics.elidedText(str(name), Qt.TextElideMode.ElideRight, max(room, 0)) + suffix
