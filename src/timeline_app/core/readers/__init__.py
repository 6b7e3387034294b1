"""Turn one file into a :class:`ReadDocument`, or say in one line why not.

``read_file`` is the only entry point the import pipeline needs. It checks
what every format shares (type, size, readability) and hands the bytes to
one module per format. Whatever goes wrong, the caller gets a
:class:`ReadError` whose message a person understands, never a traceback.
"""

from __future__ import annotations

import dataclasses
import pathlib
import stat
from collections.abc import Callable

from timeline_app.core.models import ReadDocument
from timeline_app.core.readers.errors import ReadError, describe_limit, describe_size
from timeline_app.core.readers.fields import SHORT_FIELD_MAX_CHARS, clean_short_field
from timeline_app.core.readers.text import read_text

__all__ = [
    "DEFAULT_MAX_BYTES", "SHORT_FIELD_MAX_CHARS", "SUPPORTED_SUFFIXES", "ReadError",
    "clean_short_field", "read_file",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: A DOCX may inflate to this many times the file-size limit before it is
#: treated as a zip bomb (text-heavy Word XML compresses about tenfold).
DOCX_EXPANSION_FACTOR = 4

# The heavier format libraries (trafilatura, pypdf, python-docx) are imported
# on the first file that needs them: a plain-text import or the window's
# start-up should not pay half a second for parsers it may never use.
def _read_html(data: bytes, suffix: str, limit: int) -> ReadDocument:
    from timeline_app.core.readers.html import read_html

    return read_html(data)


def _read_pdf(data: bytes, suffix: str, limit: int) -> ReadDocument:
    from timeline_app.core.readers.pdf import read_pdf

    return read_pdf(data, max_text_chars=limit)


def _read_docx(data: bytes, suffix: str, limit: int) -> ReadDocument:
    from timeline_app.core.readers.docx import read_docx

    return read_docx(data, limit * DOCX_EXPANSION_FACTOR)


def _read_eml(data: bytes, suffix: str, limit: int) -> ReadDocument:
    from timeline_app.core.readers.eml import read_eml

    return read_eml(data)


_READERS: dict[str, Callable[[bytes, str, int], ReadDocument]] = {
    ".txt": lambda data, suffix, limit: read_text(data, suffix),
    ".md": lambda data, suffix, limit: read_text(data, suffix),
    ".markdown": lambda data, suffix, limit: read_text(data, suffix),
    ".html": _read_html,
    ".htm": _read_html,
    ".pdf": _read_pdf,
    ".docx": _read_docx,
    ".eml": _read_eml,
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)

_FORMAT_LABELS = {
    ".txt": "text", ".md": "Markdown", ".markdown": "Markdown", ".html": "HTML",
    ".htm": "HTML", ".pdf": "PDF", ".docx": "DOCX", ".eml": "e-mail",
}
_REASON_MAX_CHARS = 100


def read_file(path: pathlib.Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadDocument:
    """Read ``path`` by its suffix; raise :class:`ReadError` with a short reason."""
    path = pathlib.Path(path)
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise ReadError(f"unsupported file type {suffix or '(no extension)'}")
    data = _read_bytes(path, max_bytes)
    try:
        document = reader(data, suffix, max_bytes)
    except ReadError:
        raise
    except MemoryError:
        raise  # the caller must know the machine ran out, not blame the file
    except RecursionError:
        label = _FORMAT_LABELS[suffix]
        raise ReadError(f"cannot read {label} file: structure nested too deeply") from None
    except Exception as exc:  # never let a library's surprise escape as a traceback
        raise ReadError(f"cannot read {_FORMAT_LABELS[suffix]} file: {_reason(exc)}") from exc
    if len(document.text) > max_bytes:
        # A compressed format (DOCX) can hold more text than the file's size:
        # what extraction and the store get is held to the same limit.
        raise ReadError(
            f"too much text: {_FORMAT_LABELS[suffix]} file holds over "
            f"{describe_limit(max_bytes)} of text"
        )
    # Every reader already cleans its fields; this keeps the promise for any
    # reader added later.
    return dataclasses.replace(
        document,
        title=clean_short_field(document.title),
        source=clean_short_field(document.source),
    )


def read_checked_bytes(path: pathlib.Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file any import may read: the checks below, for files
    that are not documents (collections); raise :class:`ReadError`."""
    return _read_bytes(pathlib.Path(path), max_bytes)


def _read_bytes(path: pathlib.Path, max_bytes: int) -> bytes:
    """The file's bytes, after checking it is a regular, non-empty, small-enough file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReadError("cannot read file: file not found") from None
    except PermissionError:
        raise ReadError("cannot read file: permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {_os_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError("cannot read file: it is a folder")
    if not stat.S_ISREG(info.st_mode):
        # Opening a FIFO or device could block forever or never end.
        raise ReadError("cannot read file: not a regular file")
    _check_size(info.st_size, max_bytes)
    try:
        with path.open("rb") as stream:
            # One byte past the limit catches a file that grew since stat().
            data = stream.read(max_bytes + 1)
    except PermissionError:
        raise ReadError("cannot read file: permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {_os_reason(exc)}") from None
    _check_size(len(data), max_bytes)
    return data


def _check_size(size: int, max_bytes: int) -> None:
    if size == 0:
        raise ReadError("empty file")
    if size > max_bytes:
        raise ReadError(f"too large: {describe_size(size)}, limit is {describe_limit(max_bytes)}")


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def _reason(exc: BaseException) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    if len(message) > _REASON_MAX_CHARS:
        message = message[: _REASON_MAX_CHARS - 1] + "…"
    return message
