"""Writing a profile to a file from the window: Markdown with its strip, or PDF.

The Markdown text is core's (``core.export.profile_export``); here the strip
timeline is drawn and saved beside it as a PNG the Markdown links to. The
PDF is a ``QTextDocument`` built only from plain text runs and the strip
image (never from HTML, so no name can become markup), printed by
``QPdfWriter``. Both files are written atomically.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import (
    QFont, QPageSize, QPdfWriter, QTextCharFormat, QTextCursor, QTextDocument, QTextImageFormat,
)

from timeline_app.core.export.atomic_file import write_atomically
from timeline_app.core.export.profile_export import profile_markdown, profile_sections
from timeline_app.core.profiles import Profile
from timeline_app.ui.profile_strip import strip_image

_STRIP_URL = "timeline-profile-strip.png"


def _png_bytes(profile: Profile) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    strip_image(profile).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_profile_markdown_file(profile: Profile, path: Path) -> Path:
    """``path`` as Markdown and the strip as ``<name>-strip.png`` beside it; the PNG's path."""
    image_path = path.with_name(path.stem + "-strip.png")
    png = _png_bytes(profile)
    write_atomically(image_path, lambda stream: stream.write(png))
    text = profile_markdown(profile, strip_image=image_path.name).encode("utf-8")
    write_atomically(path, lambda stream: stream.write(text))
    return image_path


def profile_document(profile: Profile) -> QTextDocument:
    """The profile as a text document of plain runs and the strip picture."""
    document = QTextDocument()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_STRIP_URL),
                         strip_image(profile))
    cursor = QTextCursor(document)
    heading = QTextCharFormat()
    heading.setFontPointSize(16)
    heading.setFontWeight(QFont.Weight.Bold)
    subheading = QTextCharFormat()
    subheading.setFontPointSize(12)
    subheading.setFontWeight(QFont.Weight.Bold)
    body = QTextCharFormat()
    body.setFontPointSize(10)
    cursor.insertText(profile.name, heading)
    for title, lines in profile_sections(profile):
        cursor.insertBlock()
        if title:
            cursor.insertText(title, subheading)
            cursor.insertBlock()
        if title == "Events per year":
            image = QTextImageFormat()
            image.setName(_STRIP_URL)
            image.setWidth(480)
            cursor.insertImage(image)
            cursor.insertBlock()
        cursor.insertText("\n".join(lines), body)
    return document


def write_profile_pdf(profile: Profile, path: Path) -> None:
    """The profile as an A4 PDF."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"{profile.name} — profile")
    writer.setCreator("Timeline")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    profile_document(profile).print_(writer)
    del writer
    buffer.close()
    pdf = bytes(data.data())
    write_atomically(path, lambda stream: stream.write(pdf))


def write_profile_file(profile: Profile, path: Path, fmt: str) -> None:
    """Markdown (``md``, with its strip PNG) or PDF (``pdf``)."""
    if fmt == "pdf":
        write_profile_pdf(profile, path)
    else:
        write_profile_markdown_file(profile, path)


__all__ = ["profile_document", "write_profile_file", "write_profile_markdown_file",
           "write_profile_pdf"]
