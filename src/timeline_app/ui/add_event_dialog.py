"""Edit ▸ Add Event…: the few fields a hand-made event needs.

The rest (people, tags, a note, an end date) is edited afterwards in the
detail pane. The dialog checks the date and the title before it closes, so
what ``values`` returns is ready for ``editing.add_event``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from timeline_app.core.editing import EditError, parse_user_date
from timeline_app.core.models import KINDS
from timeline_app.ui.kind_style import kind_icon
from timeline_app.ui.plain_text import plain


class AddEventDialog(QDialog):
    """Title, date, kind and organisations of a new event; refuses what cannot be saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add Event")
        self.title_edit = QLineEdit(self)
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText("2017-02-20, February 2017, 2017 — or empty")
        self.kind_box = QComboBox(self)
        for kind in KINDS:
            self.kind_box.addItem(kind_icon(kind), kind.capitalize(), kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData("other"))
        self.orgs_edit = QLineEdit(self)
        self.orgs_edit.setPlaceholderText("separated by semicolons")
        self.error = plain(QLabel(self))  # a date error quotes what was typed
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Date:", self.date_edit)
        form.addRow("&Kind:", self.kind_box)
        form.addRow("&Organisations:", self.orgs_edit)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``editing.add_event``; raises ``EditError`` on a bad date."""
        start, precision = parse_user_date(self.date_edit.text())
        return {
            "title": self.title_edit.text(),
            "kind": self.kind_box.currentData(),
            "start": start,
            "precision": precision or "unknown",
            "organisations": [n.strip() for n in self.orgs_edit.text().split(";") if n.strip()],
        }

    def _check(self) -> None:
        try:
            values = self.values()
        except EditError as exc:
            self._refuse(str(exc))
            return
        if not values["title"].strip():
            self._refuse("An event needs a title.")
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


__all__ = ["AddEventDialog"]
