"""PDF files: the text of every page, plus /Title, /Author and /CreationDate."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from timeline_app.core.models import ReadDocument
from timeline_app.core.readers.dates import iso_date_from_pdf
from timeline_app.core.readers.errors import ReadError

# pypdf logs every repair it makes; without a handler Python would print
# those to stderr in the middle of the import report. Apps that configure
# logging still receive them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

ENCRYPTED_MESSAGE = "PDF is encrypted"
_REASON_MAX_CHARS = 80


def read_pdf(data: bytes) -> ReadDocument:
    """Read a PDF's text and info dictionary; a damaged xref is rebuilt if possible."""
    if b"%PDF-" not in data[:1024]:
        raise ReadError("corrupt or unreadable PDF: not a PDF file")
    try:
        # strict=False lets pypdf rebuild a broken cross-reference table.
        reader = PdfReader(io.BytesIO(data), strict=False)
        _unlock(reader)
        pages = list(reader.pages)
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(ENCRYPTED_MESSAGE) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, OSError, RecursionError) as exc:
        raise ReadError(f"corrupt or unreadable PDF: {_reason(exc)}") from None

    texts: list[str] = []
    failures: list[Exception] = []
    for page in pages:
        try:
            texts.append(page.extract_text() or "")
        except FileNotDecryptedError:
            raise ReadError(ENCRYPTED_MESSAGE) from None
        except Exception as exc:  # one damaged page must not cost the others
            if isinstance(exc, MemoryError):
                raise
            failures.append(exc)
    text = "\n\n".join(t.strip("\n") for t in texts if t.strip())
    if not text.strip():
        if failures:
            raise ReadError(f"corrupt or unreadable PDF: {_reason(failures[0])}")
        raise ReadError("no text found")

    title, author, created = _info(reader)
    return ReadDocument(text=text, format="pdf", title=title, published=created, source=author)


def _unlock(reader: PdfReader) -> None:
    """Open an encrypted PDF only if it needs no password (owner-locked files)."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except (DependencyError, NotImplementedError, PyPdfError):
        # Unsupported cipher or missing crypto library: we cannot read it either way.
        raise ReadError(ENCRYPTED_MESSAGE) from None
    if not opened:
        raise ReadError(ENCRYPTED_MESSAGE)


def _info(reader: PdfReader) -> tuple[str | None, str | None, str | None]:
    """Title, author and creation date; a broken info dictionary means none."""
    try:
        info = reader.metadata
        if info is None:
            return None, None, None
        return (
            _clean(info.get("/Title")),
            _clean(info.get("/Author")),
            iso_date_from_pdf(info.get("/CreationDate")),
        )
    except Exception as exc:
        if isinstance(exc, MemoryError):
            raise
        return None, None, None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).replace("\x00", "").split())
    return text or None


def _reason(exc: BaseException) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    if len(message) > _REASON_MAX_CHARS:
        message = message[: _REASON_MAX_CHARS - 1] + "…"
    return message
