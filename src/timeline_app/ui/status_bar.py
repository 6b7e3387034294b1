"""A status bar whose messages never run under the event count.

QStatusBar paints a temporary message in the room left of its permanent
widgets and cuts it off wherever that room ends: at 1024 pixels the note
after a fit lost its last words mid-word ("…(see the strip below): press
H"). This one paints a message that does not fit with its middle elided,
so its start and its end (usually the key to press) stay readable, and
puts the whole message in its tooltip (plain text: messages quote titles).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QStatusBar, QStyle, QStyleOption, QWidget

from timeline_app.ui.plain_text import tooltip

#: Qt's own gaps: the message starts 6 px in, and ends 2 px before a
#: permanent widget (or 12 px before the right edge).
_LEFT, _BEFORE_WIDGET, _RIGHT = 6, 2, 12


class FittingStatusBar(QStatusBar):
    """QStatusBar, with long messages elided in the middle and whole on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(lambda _message: self._update_tooltip())

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self._permanent.append(widget)
        widget.installEventFilter(self)  # a wider count leaves the message less room
        super().addPermanentWidget(widget, stretch)

    def message_rect(self) -> QRect:
        """Where the message is painted: left of the first visible permanent widget."""
        right = self.width() - _RIGHT
        shown = [w.x() for w in self._permanent if w.isVisible() and w.parentWidget() is self]
        if shown:
            right = min(right, min(shown) - _BEFORE_WIDGET)
        return QRect(_LEFT, 0, max(0, right - _LEFT), self.height())

    def shown_message(self) -> str:
        """The message as painted: whole when it fits, elided in the middle if not."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideMiddle,
                                             self.message_rect().width())

    def _update_tooltip(self) -> None:
        message = self.currentMessage()
        self.setToolTip(tooltip(message) if message and self.shown_message() != message else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_tooltip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide,
                            QEvent.Type.Show):
            self._update_tooltip()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        for widget in self._permanent:  # the frames QStatusBar draws round its items
            if widget.isVisible() and widget.parentWidget() is self:
                frame = QStyleOption()
                frame.initFrom(self)
                frame.rect = widget.geometry().adjusted(-1, -1, 1, 1)
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading
                         | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                         self.shown_message())


__all__ = ["FittingStatusBar"]
