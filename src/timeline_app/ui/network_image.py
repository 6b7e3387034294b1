"""Pictures of the network view: PNG (at 2x) and SVG, with a caption.

The same framing as the timeline's pictures (``ui.image_export``): a caption
above saying what is shown, the view as it is on screen below it. The
network is drawn in full (every edge, as vectors in SVG), not the cached
picture the view pans with.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette

from timeline_app.core.export.atomic_file import write_atomically
from timeline_app.ui.image_export import (
    CAPTION_HEIGHT, Caption, paint_caption, png_bytes, svg_bytes,
)
from timeline_app.ui.network_canvas import NetworkCanvas



def network_caption(canvas: NetworkCanvas, filters: str = "") -> Caption:
    """"Network" and what it holds: organisations, connections, the filters."""
    network = canvas.network
    bits = [f"{network.node_count:,} organisations and people",
            f"{network.edge_count:,} connections (shared events)"]
    if filters and filters != "no filters":
        bits.append(filters)
    return Caption("Network", " · ".join(bits))


def _size(canvas: NetworkCanvas) -> QSize:
    return QSize(canvas.width(), canvas.height() + CAPTION_HEIGHT)


def _paint(painter: QPainter, canvas: NetworkCanvas, caption: Caption) -> None:
    size = _size(canvas)
    palette = canvas.palette()
    painter.setFont(canvas.font())
    painter.fillRect(QRectF(0, 0, size.width(), size.height()),
                     palette.color(QPalette.ColorRole.Base))
    paint_caption(painter, size.width(), caption, palette)
    canvas.paint_network(painter, QRectF(QPointF(0, CAPTION_HEIGHT),
                                         QPointF(canvas.width(), size.height())))


def render_network_png(canvas: NetworkCanvas, caption: Caption | None = None) -> bytes:
    """The view as PNG bytes, at ``PNG_SCALE`` times its size."""
    caption = caption or network_caption(canvas)
    return png_bytes(_size(canvas), lambda painter: _paint(painter, canvas, caption))


def render_network_svg(canvas: NetworkCanvas, caption: Caption | None = None) -> bytes:
    """The view as SVG bytes (lines, circles and text as vectors)."""
    caption = caption or network_caption(canvas)
    return svg_bytes(_size(canvas), caption, lambda painter: _paint(painter, canvas, caption))


_RENDERERS: dict[str, Callable[[NetworkCanvas, Caption | None], bytes]] = {
    "png": render_network_png, "svg": render_network_svg,
}


def save_network_image(canvas: NetworkCanvas, path: str | Path,
                       caption: Caption | None = None) -> None:
    """Write the view to ``path`` as PNG or SVG (by its suffix, PNG when unknown)."""
    fmt = "svg" if Path(path).suffix.lower() == ".svg" else "png"
    picture = _RENDERERS[fmt](canvas, caption)
    write_atomically(path, lambda stream: stream.write(picture))
