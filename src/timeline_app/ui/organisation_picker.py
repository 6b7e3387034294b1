"""Choosing organisations to colour or to compare: a list of tick boxes.

The OK button stays disabled until the number ticked is within the limits
(one to six to colour, two to five to compare), and a line under the list
says why. Names are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
    QWidget,
)

from timeline_app.ui.plain_text import plain


class OrganisationPicker(QDialog):
    """Tick between ``minimum`` and ``maximum`` organisations; ``chosen()`` in tick order."""

    def __init__(self, title: str, names: Sequence[str], ticked: Sequence[str],
                 minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.minimum, self.maximum = minimum, maximum
        self._order: list[str] = [n for n in ticked if n in names]
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Find organisation…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Organisations")
        for name in names:
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in self._order
                               else Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(self._ticked)
        self.note = plain(QLabel(self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.search, self.list, self.note, self.buttons):
            layout.addWidget(widget)
        self.resize(380, 440)
        self._update_note()

    def chosen(self) -> list[str]:
        """The ticked organisations, in the order they were ticked."""
        return list(self._order)

    def _ticked(self, item: QListWidgetItem) -> None:
        name = item.text()
        if item.checkState() == Qt.CheckState.Checked and name not in self._order:
            self._order.append(name)
        elif item.checkState() != Qt.CheckState.Checked and name in self._order:
            self._order.remove(name)
        self._update_note()

    def _find(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(text.casefold() not in item.text().casefold())

    def _update_note(self) -> None:
        count = len(self._order)
        fits = self.minimum <= count <= self.maximum
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(fits)
        limits = (f"up to {self.maximum}" if self.minimum <= 1
                  else f"{self.minimum} to {self.maximum}")
        self.note.setText(f"{count} ticked; choose {limits} organisations.")


__all__ = ["OrganisationPicker"]
