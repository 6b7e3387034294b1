"""The packaged SVG icon drawn as PNG files for the hicolor icon theme.

Desktops that cannot scale SVG icons look for fixed sizes (16×16 …
256×256). Rendering needs only QtSvg and a QImage, no window or display, so
``timeline-app install-desktop`` works from a plain terminal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def png_renderer(svg_path: Path):
    """A function from a size in pixels to that icon's PNG bytes."""
    renderer = QSvgRenderer(QByteArray(svg_path.read_bytes()))
    if not renderer.isValid():
        raise ValueError(f"{svg_path} is not an SVG image Qt can draw")

    def render(size: int) -> bytes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)  # transparent around the rounded square
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    return render


__all__ = ["png_renderer"]
