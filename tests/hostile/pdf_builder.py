"""A tiny hand-written PDF writer for hostile test files (no fixture on disk).

``shared_stream_pdf`` builds the "PDF bomb" of issue 12: many pages whose
``/Contents`` all point at one small, highly compressed stream that expands
to tens of megabytes, so every page costs the reader the whole stream again.
"""

from __future__ import annotations

import zlib


def _pdf(objects: list[bytes]) -> bytes:
    """Objects numbered from 1, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _stream(content: bytes, compress: bool = True) -> bytes:
    data = zlib.compress(content, 9) if compress else content
    flate = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), flate) + data + b"\nendstream"


def text_pdf(pages: list[str], title: str | None = None) -> bytes:
    """An ordinary PDF with one line of text per page (and an optional /Title)."""
    font, first_page = 3, 4
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for index, line in enumerate(pages):
        page_number = first_page + 2 * index
        kids.append(b"%d 0 R" % page_number)
        escaped = line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
        escaped = escaped.replace(b")", b"\\)")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (page_number + 1, font))
        objects.append(_stream(b"BT /F1 12 Tf 72 712 Td (" + escaped + b") Tj ET\n"))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages))
    if title is not None:
        objects.append(b"<< /Title (" + title.encode("latin-1") + b") >>")
        document = _pdf(objects)
        info = len(objects)
        return document.replace(b"/Root 1 0 R", b"/Root 1 0 R /Info %d 0 R" % info)
    return _pdf(objects)


def shared_stream_pdf(pages: int = 5000, expanded_mb: int = 70) -> bytes:
    """``pages`` pages sharing one content stream of about ``expanded_mb`` MB."""
    line = b"BT /F1 12 Tf 72 712 Td (Rent strike update from the tenants union) Tj ET\n"
    content = line * (expanded_mb * 1024 * 1024 // len(line))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)), pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(content),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"
    ] * pages
    return _pdf(objects)
