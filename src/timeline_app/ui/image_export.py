"""Pictures of the timeline: PNG (at 2x, for print), SVG and PDF.

Each picture is the canvas's current view (axis, lanes, markers, undated
shelf) with a caption above it (what is shown: how many events, the dates in
view, the filters) and a legend of the kinds present below it, so a printed
or published image still explains itself.

``IMAGE_FORMATS`` serve the File ▸ Export… dialog (the view as the user sees
it); ``export_image`` serves the command line, which has no window: it builds
an offscreen canvas from the store and fits everything in it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QPointF, QRect, \
    QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, \
    QPalette, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from timeline_app.core.export.atomic_file import write_atomically
from timeline_app.core.filters import EventFilter
from timeline_app.core.store import Store
from timeline_app.core.timeline_data import TimelineData, describe_span
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.ui.kind_style import is_dark, paint_marker

#: PNGs are rendered at twice the requested size, enough for print at the
#: size the view has on screen.
PNG_SCALE = 2.0
CAPTION_HEIGHT = 44
LEGEND_HEIGHT = 30
#: Logical pixels per inch of SVG and PDF output (CSS pixels), so a 1600 px
#: wide export is 1600 "px" in a browser and 16.7 inches on paper.
_VECTOR_DPI = 96


@dataclass(frozen=True)
class Caption:
    """The two lines above the picture."""

    title: str = "Timeline"
    subtitle: str = ""


def default_caption(canvas: TimelineCanvas, filters: str = "") -> Caption:
    """A caption from what the canvas shows: count, dates in view, filters."""
    data = canvas.data()
    count = len(data)
    bits = [f"{count} event" + ("" if count == 1 else "s")]
    if data.dated_count:
        start, end = canvas.visible_range()
        bits.append(describe_span(start, end, "day"))
    if data.undated_count:
        bits.append(f"{data.undated_count} undated")
    if filters and filters != "no filters":
        bits.append(filters)
    return Caption("Timeline", " · ".join(bits))


def _picture_size(canvas: TimelineCanvas) -> QSize:
    return QSize(canvas.width(), canvas.height() + CAPTION_HEIGHT + LEGEND_HEIGHT)


def paint_caption(painter: QPainter, width: float, caption: Caption, palette: QPalette) -> None:
    painter.save()
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    title_font = QFont(painter.font())
    title_font.setBold(True)
    title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.25)
    painter.setFont(title_font)
    height = QFontMetricsF(title_font).height()
    painter.drawText(QRectF(10, 4, width - 20, height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption.title)
    painter.setFont(QFont(painter.font().family()))
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(QRectF(10, 4 + height, width - 20, CAPTION_HEIGHT - 4 - height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption.subtitle)
    painter.restore()


def _paint_legend(painter: QPainter, top: float, width: float, kinds: list[str],
                  palette: QPalette) -> None:
    """Each kind's marker and name, in the canvas's colours and shapes."""
    painter.save()
    dark = is_dark(palette)
    metrics = QFontMetricsF(painter.font())
    radius = max(4.0, metrics.height() / 3.2)
    centre_y = top + LEGEND_HEIGHT / 2
    x = 10.0
    for kind in kinds:
        paint_marker(painter, kind, QPointF(x + radius, centre_y), radius, dark)
        label = kind.capitalize()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text_x = x + 2 * radius + 5
        label_width = metrics.horizontalAdvance(label) + 2
        painter.drawText(QRectF(text_x, top, label_width, LEGEND_HEIGHT),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        x = text_x + label_width + 16
    painter.restore()


def _paint_picture(painter: QPainter, canvas: TimelineCanvas, caption: Caption,
                   body: QImage | None) -> None:
    """Caption, the canvas (a pre-rendered ``body`` image, or painted through
    QWidget.render so vector devices keep lines and text as vectors), legend."""
    size = _picture_size(canvas)
    palette = canvas.palette()
    painter.setFont(canvas.font())
    painter.fillRect(QRectF(0, 0, size.width(), size.height()),
                     palette.color(QPalette.ColorRole.Base))
    paint_caption(painter, size.width(), caption, palette)
    if body is not None:
        painter.drawImage(QPointF(0, CAPTION_HEIGHT), body)
    else:
        canvas.render(painter, QPoint(0, CAPTION_HEIGHT))
    _paint_legend(painter, CAPTION_HEIGHT + canvas.height(), size.width(),
                  canvas.data().present_kinds(), palette)


def render_png(canvas: TimelineCanvas, caption: Caption | None = None) -> bytes:
    """The picture as PNG bytes, at ``PNG_SCALE`` times the canvas's size."""
    caption = caption or default_caption(canvas)
    # The canvas draws its own 2x image (crisp marker sprites at that scale).
    body = canvas.render_to_image(canvas.width(), canvas.height(), PNG_SCALE)
    return png_bytes(_picture_size(canvas),
                     lambda painter: _paint_picture(painter, canvas, caption, body))


def _written_bytes(write: Callable[[QBuffer], None]) -> bytes:
    """What ``write`` puts into an in-memory device, as bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    write(buffer)
    buffer.close()
    return bytes(data.data())


def _save_image(image: QImage) -> bytes:
    def write(buffer: QBuffer) -> None:
        if not image.save(buffer, "PNG"):
            raise OSError("Qt could not encode the PNG image")

    return _written_bytes(write)


def svg_bytes(size: QSize, caption: Caption, paint: Callable[[QPainter], None]) -> bytes:
    """What ``paint`` draws on a ``size`` SVG page titled by ``caption``, as bytes.
    Shared by the timeline's and the network's pictures."""

    def write(buffer: QBuffer) -> None:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setResolution(_VECTOR_DPI)
        generator.setTitle(caption.title)
        generator.setDescription(caption.subtitle)
        painter = QPainter(generator)
        paint(painter)
        painter.end()

    return _written_bytes(write)


def png_bytes(size: QSize, paint: Callable[[QPainter], None]) -> bytes:
    """What ``paint`` draws on a ``size`` picture at ``PNG_SCALE``, as PNG bytes."""
    image = QImage(round(size.width() * PNG_SCALE), round(size.height() * PNG_SCALE),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PNG_SCALE)
    painter = QPainter(image)
    paint(painter)
    painter.end()
    return _save_image(image)


def render_svg(canvas: TimelineCanvas, caption: Caption | None = None) -> bytes:
    """The picture as SVG bytes (vector lines and text)."""
    caption = caption or default_caption(canvas)
    return svg_bytes(_picture_size(canvas), caption,
                     lambda painter: _paint_picture(painter, canvas, caption, None))


def render_pdf(canvas: TimelineCanvas, caption: Caption | None = None) -> bytes:
    """The picture as a one-page PDF whose page has the picture's proportions."""
    caption = caption or default_caption(canvas)
    size = _picture_size(canvas)

    def write(buffer: QBuffer) -> None:
        writer = QPdfWriter(buffer)
        title = f"{caption.title} — {caption.subtitle}" if caption.subtitle else caption.title
        writer.setTitle(title)
        writer.setCreator("Timeline")
        writer.setResolution(_VECTOR_DPI)
        points = QSizeF(size.width() * 72 / _VECTOR_DPI, size.height() * 72 / _VECTOR_DPI)
        writer.setPageLayout(QPageLayout(
            QPageSize(points, QPageSize.Unit.Point, "Timeline", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
        ))
        painter = QPainter(writer)
        # The page may round to whole points: scale so the picture fills it exactly.
        page = writer.pageLayout().paintRectPixels(_VECTOR_DPI)
        painter.scale(page.width() / size.width(), page.height() / size.height())
        _paint_picture(painter, canvas, caption, None)
        painter.end()

    return _written_bytes(write)


_RENDERERS: dict[str, Callable[[TimelineCanvas, Caption | None], bytes]] = {
    "png": render_png,
    "svg": render_svg,
    "pdf": render_pdf,
}


def _file_writer(render: Callable[[TimelineCanvas, Caption | None], bytes]):
    def write(canvas: TimelineCanvas, path: str | Path, caption: Caption | None = None) -> None:
        picture = render(canvas, caption)
        write_atomically(path, lambda stream: stream.write(picture))

    write.__doc__ = f"Write the canvas's current view to ``path`` ({render.__name__[7:]})."
    return write


#: Format name -> writer(canvas, path, caption=None): the canvas's current view
#: at its current size. Raises OSError when the path cannot be written.
IMAGE_FORMATS: dict[str, Callable[..., None]] = {
    name: _file_writer(render) for name, render in _RENDERERS.items()
}

_app: QApplication | None = None


def _ensure_application() -> None:
    """A QApplication for painting widgets, offscreen when there is no display."""
    global _app
    if QApplication.instance() is not None:
        return
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(["timeline-app"])


def _filter_labels(store: Store, event_filter: EventFilter) -> EventFilter:
    """The filter with names for its ids, so the caption says "NUS", not "#3"."""
    labels = dict(event_filter.labels)
    if event_filter.organisation_ids:
        names = {o["id"]: o["name"] for o in store.organisations()}
        labels.update({f"org:{i}": names.get(i, f"#{i}") for i in event_filter.organisation_ids})
    if event_filter.person_ids:
        names = {p["id"]: p["name"] for p in store.people()}
        labels.update({f"person:{i}": names.get(i, f"#{i}") for i in event_filter.person_ids})
    return event_filter.with_changes(labels=labels)


def render_store(store: Store, event_filter: EventFilter, fmt: str,
                 width: int = 1600, height: int = 900) -> bytes:
    """The picture of everything the filter passes, fitted, as ``fmt`` bytes.

    ``width`` x ``height`` is the picture's size in logical pixels (caption
    and legend included); PNG comes out at twice that.
    """
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown image format {fmt!r}; choose one of: {', '.join(_RENDERERS)}")
    _ensure_application()
    columns = store.timeline_columns(event_filter)
    canvas = TimelineCanvas()
    try:
        canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        canvas.resize(width, max(1, height - CAPTION_HEIGHT - LEGEND_HEIGHT))
        canvas.set_data(TimelineData.from_columns(**columns))
        canvas.fit_all(everything=True)
        caption = default_caption(canvas, _filter_labels(store, event_filter).describe())
        return _RENDERERS[fmt](canvas, caption)
    finally:
        canvas.deleteLater()


def export_image_to_stream(store: Store, event_filter: EventFilter, fmt: str, out: BinaryIO,
                           width: int = 1600, height: int = 900) -> None:
    """Like ``export_image`` but to an open binary stream (the CLI's)."""
    out.write(render_store(store, event_filter, fmt, width, height))


def export_image(store: Store, event_filter: EventFilter, fmt: str, out_path: str | Path,
                 width: int = 1600, height: int = 900) -> None:
    """Render what the filter passes as ``fmt`` (png, svg, pdf) into ``out_path``."""
    picture = render_store(store, event_filter, fmt, width, height)
    write_atomically(out_path, lambda stream: stream.write(picture))
