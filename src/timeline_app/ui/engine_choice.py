"""The import dialog's choice of names engine: the rules alone, or a spaCy
model the user installed (the ``[nlp]`` extra), typed by name or folder.

A small editable combo; the dialog asks ``engine()`` when an import starts
and refuses, with the reason, an engine that cannot run here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

RULES_ONLY = "Rules only (fastest)"
#: The model the docs suggest installing; offered so it need not be typed.
SUGGESTED_MODEL = "en_core_web_sm"


class EngineChoice(QComboBox):
    """Rules only, or the name (or folder) of a spaCy model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engineChoice")
        self.setEditable(True)
        self.addItems([RULES_ONLY, SUGGESTED_MODEL])
        self.setToolTip("Names engine: the rules alone, or a spaCy model (several times "
                        "slower; needs pip install 'timeline-app[nlp]' and the model)")

    def engine(self) -> str | None:
        """The chosen model's name or folder; None for the rules alone."""
        text = self.currentText().strip()
        return None if not text or text == RULES_ONLY else text
