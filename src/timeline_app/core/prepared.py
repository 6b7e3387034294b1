"""A document file read, hashed and extracted, before the store sees it.

Both ways of importing use these: ``importing`` in its own process and
``parallel_import`` in worker processes; ``collection`` hashes texts the same
way. Kept apart from all three so each depends on this module, never on
another (``importing`` -> ``parallel_import`` -> here, ``importing`` ->
``collection`` -> here).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from .extract import extract
from .models import Extraction, FileResult, ReadDocument
from .readers import DEFAULT_MAX_BYTES, ReadError, read_file


def content_hash(text: str) -> str:
    """Hash of the normalised text: the same article saved twice, with other
    line endings or spacing, is the same document."""
    # split() breaks on exactly the characters the regex \s matches (runs of
    # white space become one space, none at the ends), five times faster.
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PreparedFile:
    """A file read and hashed, ready for the duplicate check and the store.

    ``extraction`` is None until extracted; ``extract_failure`` is the
    reason when extraction raised. Worker processes send these back, so
    everything here pickles.
    """

    path: Path
    read: ReadDocument
    digest: str
    resolved: str  # the absolute path stored with the document
    extraction: Extraction | None = None
    extract_failure: str | None = None


def read_and_hash(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> PreparedFile | FileResult:
    """Read one document file; a failed FileResult with the reader's reason if it cannot."""
    try:
        read = read_file(path, max_bytes=max_bytes)
    except ReadError as exc:
        return FileResult(str(path), "failed", reason=str(exc))
    return PreparedFile(path, read, content_hash(read.text), str(path.resolve()))


def with_extraction(prepared: PreparedFile, aliases: dict[str, str]) -> PreparedFile:
    """``prepared`` with its events extracted, or with the reason extraction failed."""
    try:
        extraction = extract(prepared.read, aliases)
    except Exception as exc:  # noqa: BLE001 - one document must never stop the run
        return replace(prepared, extract_failure=f"could not be read for events: {exc}")
    return replace(prepared, extraction=extraction)
