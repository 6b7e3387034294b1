"""Light, dark or the system's look, switched while the app runs.

Light and dark use Qt's Fusion style with a palette of our own, because some
platform styles ignore palettes. Everything we paint reads its colours from
the palette (``palette_colours``, ``kind_style``), so a switch repaints the
canvas, the overview strip and the highlights in the new colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_ROLE = QPalette.ColorRole
_GROUP = QPalette.ColorGroup
_system: tuple[str, QPalette] | None = None  # the look before we changed anything

_DARK = {
    _ROLE.Window: "#313338", _ROLE.WindowText: "#e4e4e4", _ROLE.Base: "#1c1d20",
    _ROLE.AlternateBase: "#25272b", _ROLE.Text: "#e4e4e4", _ROLE.Button: "#3a3d42",
    _ROLE.ButtonText: "#e4e4e4", _ROLE.BrightText: "#ff6b6b", _ROLE.Highlight: "#3d8ee0",
    _ROLE.HighlightedText: "#ffffff", _ROLE.Link: "#7ab8ff", _ROLE.LinkVisited: "#c79bff",
    _ROLE.ToolTipBase: "#35373b", _ROLE.ToolTipText: "#e4e4e4",
    _ROLE.PlaceholderText: "#8d9096", _ROLE.Light: "#4a4d52", _ROLE.Midlight: "#3e4145",
    _ROLE.Mid: "#4f5257", _ROLE.Dark: "#18191b", _ROLE.Shadow: "#0b0b0c",
}
_DARK_DISABLED = {_ROLE.WindowText: "#7d8085", _ROLE.Text: "#7d8085",
                  _ROLE.ButtonText: "#7d8085", _ROLE.HighlightedText: "#b0b0b0"}


def dark_palette() -> QPalette:
    """Light text on dark grey, with a blue highlight that reads on both."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(_GROUP.Disabled, role, QColor(colour))
    return palette


def apply_theme(theme: str) -> None:
    """Switch the whole application to ``"system"``, ``"light"`` or ``"dark"``."""
    global _system
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    if theme in ("light", "dark"):
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
        return
    style_name, palette = _system
    if app.style().name().lower() != style_name.lower():
        app.setStyle(QStyleFactory.create(style_name))
    app.setPalette(palette)


__all__ = ["apply_theme", "dark_palette"]
