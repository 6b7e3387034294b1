"""How the event pane shares its height: the form, the page, the other events.

A plain QSplitter hands out height by its first sizes and stretch factors: at
1024x640 the form kept 335 of a 503-pixel pane and the page the event came
from got four lines. This helper lays the splitter out by shares instead, at
every resize: the list of the document's other events takes only the rows it
needs (a few at most, nothing when hidden), and of the rest the form takes
half, or less when it needs less, and the page the remainder. The form never
gets less than it takes to show its essential fields (title, date, kind: at
1024x640 half the height stopped above the kind) while the page keeps most of
its half. When the person drags a handle, their split becomes the share kept
from then on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QListWidget, QScrollArea, QSplitter, QWidget

#: The form's share of the height left after the list of other events.
FORM_SHARE = 0.5
#: Rows of the other events' list shown at the most before it scrolls.
MAX_OTHER_ROWS = 5
#: The most of the height left after the list the form may take to show its
#: essential fields (the page keeps the rest, the evidence in view).
ESSENTIAL_SHARE = 0.6


class DetailSplit(QObject):
    """Keeps ``splitter`` (form scroll area, page, others box) at fair shares."""

    def __init__(self, splitter: QSplitter, form: QScrollArea, others_box: QWidget,
                 others: QListWidget, essential: QWidget | None = None) -> None:
        super().__init__(splitter)
        self._essential = essential  # the last field the form shows unscrolled
        self._dragged = False
        self._splitter = splitter
        self._form = form
        self._others_box = others_box
        self._others = others
        self.form_share = FORM_SHARE
        self._others_height: int | None = None  # set when the person drags it
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(self.apply)
        splitter.installEventFilter(self)
        form.widget().installEventFilter(self)  # rows re-wrapped: the kind moved
        splitter.splitterMoved.connect(self._moved)

    def _others_wanted(self) -> int:
        """The height the list of other events needs: its label and its rows."""
        if self._others_box.isHidden():
            return 0
        if self._others_height is not None:
            return self._others_height
        rows = min(max(self._others.count(), 2), MAX_OTHER_ROWS)
        row = self._others.sizeHintForRow(0) if self._others.count() else 0
        row = max(row, self._others.fontMetrics().lineSpacing() + 2)
        label = self._others_box.layout().itemAt(0).sizeHint().height()
        frame = 2 * self._others.frameWidth() + self._others_box.layout().spacing()
        # Never below what the splitter lets the box shrink to: asking for less
        # had the splitter take the difference from the form after the fact.
        return max(label + frame + rows * row, self._others_box.minimumSizeHint().height())

    def apply(self) -> None:
        """Give each part its share of the splitter's present height."""
        handles = sum(self._splitter.handle(i).height() for i in (1, 2)
                      if not self._splitter.widget(i).isHidden())
        room = self._splitter.height() - handles
        if room <= 0:
            return
        others = min(self._others_wanted(), room // 3)
        rest = room - others
        form_needs = self._form.widget().sizeHint().height() + 2 * self._form.frameWidth()
        form = min(max(round(rest * self.form_share), self._essential_height(rest)), form_needs)
        self._splitter.setSizes([form, rest - form, others])

    def _essential_height(self, rest: int) -> int:
        """The form's height down to its essential field, at most its
        ESSENTIAL_SHARE of ``rest``; nothing once the person has dragged."""
        if self._essential is None or self._dragged:
            return 0
        content = self._form.widget()
        bottom = self._essential.mapTo(content, QPoint(0, self._essential.height())).y()
        margin = content.layout().spacing() if content.layout() is not None else 0
        wanted = bottom + max(margin, 0) + 2 * self._form.frameWidth()
        return min(wanted, round(rest * ESSENTIAL_SHARE))

    def schedule(self) -> None:
        """Lay out again once the pane has settled (after a new event is shown)."""
        self._pending.start(0)

    def _moved(self, _pos: int, _index: int) -> None:
        form, text, others = self._splitter.sizes()
        self._dragged = True
        if form + text > 0:
            self.form_share = form / (form + text)
        if not self._others_box.isHidden():
            self._others_height = others

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        elif event.type() == QEvent.Type.LayoutRequest and self._essential is not None:
            self.schedule()
        return False


__all__ = ["DetailSplit", "ESSENTIAL_SHARE", "FORM_SHARE", "MAX_OTHER_ROWS"]
