"""The legend of coloured organisations: each one's ring colour and name.

It names what the colours mean, so colour is never the only cue; hidden
while no organisation is coloured. Names come from documents, so they are
drawn as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.ui.canvas_org_marks import organisation_colour
from timeline_app.ui.plain_text import tooltip

_MAX_NAME_PX = 160


class OrganisationLegend(QWidget):
    """One line: a coloured ring and the organisation's (elided) name, per colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: tuple[str, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Organisation colours")
        self.hide()

    def set_names(self, names: Sequence[str]) -> None:
        self._names = tuple(names)
        self.setAccessibleDescription(", ".join(
            f"{name}: colour {i + 1}" for i, name in enumerate(self._names)))
        self.setToolTip(tooltip("\n".join(self._names)))
        self.setVisible(bool(self._names))
        self.updateGeometry()
        self.update()

    def names(self) -> tuple[str, ...]:
        return self._names

    def _shown(self, name: str) -> str:
        return self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, _MAX_NAME_PX)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        fm = self.fontMetrics()
        width = sum(fm.horizontalAdvance(self._shown(n)) + 26 for n in self._names)
        return QSize(width, fm.height() + 8)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fm = self.fontMetrics()
        x, middle = 4.0, self.height() / 2
        for slot, name in enumerate(self._names):
            painter.setPen(QPen(organisation_colour(slot), 2.5))
            painter.drawEllipse(QPointF(x + 6, middle), 5.5, 5.5)
            painter.setPen(self.palette().color(self.foregroundRole()))
            text = self._shown(name)
            width = fm.horizontalAdvance(text)
            painter.drawText(QRectF(x + 16, 0, width + 2, self.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, text)
            x += width + 26
        painter.end()


__all__ = ["OrganisationLegend"]
