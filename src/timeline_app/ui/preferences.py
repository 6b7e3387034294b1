"""Edit ▸ Preferences: theme, date style, default lanes, import workers.

Every change takes effect at once (``preferencesChanged`` carries the new
value; the window applies and saves it), so there is nothing to confirm:
the dialog only has Close.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget,
)

from timeline_app.core.date_formats import DATE_STYLES
from timeline_app.core.workers import default_import_workers
from timeline_app.ui.settings import (
    AUTOMATIC_WORKERS, DEFAULT_LANES, MAX_WORKERS, THEMES, Preferences,
)


def _combo(parent: QWidget, choices: dict[str, str], current: str, name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    for key, label in choices.items():
        box.addItem(label, key)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class PreferencesDialog(QDialog):
    """The preferences form; emits ``preferencesChanged(Preferences)`` on every change."""

    preferencesChanged = Signal(object)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self._preferences = preferences
        self.theme_box = _combo(self, THEMES, preferences.theme, "themeBox")
        self.date_box = _combo(self, DATE_STYLES, preferences.date_style, "dateStyleBox")
        self.lanes_box = _combo(self, DEFAULT_LANES, preferences.default_lanes, "lanesBox")
        self.workers_box = QSpinBox(self)
        self.workers_box.setObjectName("workersBox")
        self.workers_box.setRange(AUTOMATIC_WORKERS, MAX_WORKERS)
        self.workers_box.setSpecialValueText(f"Automatic ({default_import_workers()})")
        self.workers_box.setValue(preferences.import_workers)
        self.workers_box.setToolTip("Processes that read and analyse documents during an import. "
                                    "0 reads them in the window's own process.")

        form = QFormLayout()
        form.addRow("&Theme:", self.theme_box)
        form.addRow("&Dates:", self.date_box)
        form.addRow("&Lanes at start:", self.lanes_box)
        form.addRow("&Import workers:", self.workers_box)
        note = QLabel("Changes apply at once.", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

        for box in (self.theme_box, self.date_box, self.lanes_box):
            box.currentIndexChanged.connect(self._changed)
        self.workers_box.valueChanged.connect(self._changed)

    def preferences(self) -> Preferences:
        return self._preferences

    def _changed(self, *_args: object) -> None:
        chosen = replace(self._preferences, theme=self.theme_box.currentData(),
                         date_style=self.date_box.currentData(),
                         default_lanes=self.lanes_box.currentData(),
                         import_workers=self.workers_box.value())
        if chosen != self._preferences:
            self._preferences = chosen
            self.preferencesChanged.emit(chosen)


__all__ = ["PreferencesDialog"]
