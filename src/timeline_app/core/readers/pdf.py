"""PDF files: the text of every page, plus /Title, /Author and /CreationDate.

The work one file may cost is bounded by ``pdf_budget``: a small file whose
pages expand to gigabytes fails with a reason instead of stopping the run.
"""

from __future__ import annotations

import io
import logging

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from timeline_app.core.models import ReadDocument
from timeline_app.core.readers.dates import iso_date_from_pdf
from timeline_app.core.readers.errors import ReadError
from timeline_app.core.readers.fields import clean_short_field
from timeline_app.core.readers.pdf_budget import DECODED_CONTENT_BUDGET, PdfBudget

# pypdf logs every repair it makes; without a handler Python would print
# those to stderr in the middle of the import report. Apps that configure
# logging still receive them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

ENCRYPTED_MESSAGE = "PDF is encrypted"
_REASON_MAX_CHARS = 80


def read_pdf(data: bytes, max_text_chars: int = 50 * 1024 * 1024) -> ReadDocument:
    """Read a PDF's text and info dictionary; a damaged xref is rebuilt if possible.

    The pages share one :class:`PdfBudget` (decoded content, ``max_text_chars``
    of text, wall-clock time): a document that exceeds it fails with a reason.
    """
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
    except MemoryError:
        raise ReadError("PDF not imported: not enough memory to open it") from None

    budget = PdfBudget(
        len(pages), max_decoded_bytes=DECODED_CONTENT_BUDGET, max_text_chars=max_text_chars
    )
    texts, first_failure = _page_texts(pages, budget)
    text = "\n\n".join(t.strip("\n") for t in texts if t.strip())
    if not text.strip():
        if first_failure:
            raise ReadError(f"corrupt or unreadable PDF: {first_failure}")
        raise ReadError("no text found")

    title, author, created = _info(reader)
    return ReadDocument(text=text, format="pdf", title=title, published=created, source=author)


def _page_texts(pages: list[PageObject], budget: PdfBudget) -> tuple[list[str], str | None]:
    """Each page's text, and the reason the first failed page gave (a string:
    an exception would keep its traceback, and with it the page's parse state)."""
    texts: list[str] = []
    first_failure: str | None = None
    for index, page in enumerate(pages):
        skipped = budget.admit_page(page, index)
        if skipped is not None:
            first_failure = first_failure or skipped
            continue
        out_of_memory = False
        try:
            text = page.extract_text() or ""
        except FileNotDecryptedError:
            raise ReadError(ENCRYPTED_MESSAGE) from None
        except MemoryError:
            out_of_memory = True  # raised below, so the error keeps no traceback
        except Exception as exc:  # noqa: BLE001 - one damaged page must not cost the others
            first_failure = first_failure or _reason(exc)
            continue
        if out_of_memory:
            budget.stop_for_memory(index)
        budget.charge_text(text, index)
        texts.append(text)
    return texts, first_failure


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
            clean_short_field(info.get("/Title")),
            clean_short_field(info.get("/Author")),
            iso_date_from_pdf(info.get("/CreationDate")),
        )
    except Exception as exc:
        if isinstance(exc, MemoryError):
            raise
        return None, None, None



def _reason(exc: BaseException) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    if len(message) > _REASON_MAX_CHARS:
        message = message[: _REASON_MAX_CHARS - 1] + "…"
    return message
