"""Colours we choose ourselves, derived from the current palette.

A fixed colour that reads on white can vanish on dark grey; these helpers
pick the variant for the palette in use, so the search marks, the evidence
highlight and warning text follow the theme like everything else.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from timeline_app.ui.kind_style import is_dark


def search_mark(palette: QPalette) -> QColor:
    """Background of a search word in document text: amber on light, deep amber on dark."""
    return QColor(150, 110, 0, 190) if is_dark(palette) else QColor(255, 214, 0, 150)


def evidence_mark(palette: QPalette) -> QColor:
    """Background of the evidence sentence: the palette's highlight, see-through."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(110 if is_dark(palette) else 90)
    return colour


def warning_text(palette: QPalette) -> QColor:
    """Text colour for a refused edit or other warning."""
    return QColor("#ff7b72") if is_dark(palette) else QColor("#b00020")


__all__ = ["evidence_mark", "search_mark", "warning_text"]
