"""A one-line label that shortens long text in the middle to fit its width.

A path has no spaces to wrap at, so a word-wrapping label cut it off at the
pane's edge ("File: /work/…/texts/gather9b_12_behindchal"): the file name, the
part a reader wants, was the part lost. This label shows the start and the
end with "…" between, and the whole text in its tooltip. Plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from timeline_app.ui.plain_text import plain, tooltip


class ElidedLabel(QLabel):
    """Shows ``full_text()`` shortened in the middle when it is too wide."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        plain(self)
        self.setObjectName(name)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(tooltip(text))
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle,
                                              max(room, 0))
        if shown != self.text():
            self.setText(shown)


__all__ = ["ElidedLabel"]
