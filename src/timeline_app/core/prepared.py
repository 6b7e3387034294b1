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

from .consolidation import mention_words_text
from .extract import extract
from .models import Extraction, FileResult, ReadDocument
from .readers import DEFAULT_MAX_BYTES, ReadError, read_file
from .worker_limits import describe_memory


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
    #: Each extracted event's content words (``mention_words_text``), found
    #: with the extraction so a reader process does it, not the store.
    mention_words: tuple[str, ...] | None = None


def unexpected_failure(exc: BaseException, doing: str, memory_limit: int | None = None) -> str:
    """A one-line reason for an exception no reader promised, naming its type.

    Only the message survives: the exception and its traceback are dropped,
    so nothing of the document's parse is kept alive in the result.
    """
    if isinstance(exc, MemoryError):
        limit = f" (limit {describe_memory(memory_limit)})" if memory_limit else ""
        return f"ran out of memory while {doing}{limit}"
    if isinstance(exc, RecursionError):
        return f"nested too deeply while {doing} (RecursionError)"
    return f"failed unexpectedly while {doing} ({type(exc).__name__})"


def read_and_hash(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, memory_limit: int | None = None
) -> PreparedFile | FileResult:
    """Read one document file; a failed FileResult with the reason if it cannot.

    Any exception from a reader fails this file only, never the run;
    ``memory_limit`` (a reader process's cap) is named when memory runs out.
    """
    try:
        read = read_file(path, max_bytes=max_bytes)
        digest = content_hash(read.text)
    except ReadError as exc:
        return FileResult(str(path), "failed", reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - MemoryError, RecursionError or a reader's bug
        return FileResult(str(path), "failed",
                          reason=unexpected_failure(exc, "reading", memory_limit))
    return PreparedFile(path, read, digest, str(path.resolve()))


def with_extraction(
    prepared: PreparedFile, aliases: dict[str, str], *, memory_limit: int | None = None,
    nlp: str | None = None,
) -> PreparedFile:
    """``prepared`` with its events extracted, or with the reason extraction failed.

    ``nlp`` names the optional statistical engine (None: the rules alone).
    """
    try:
        # the engine is passed only when chosen, so the rules-only call stays as it was
        extraction = extract(prepared.read, aliases) if nlp is None else extract(prepared.read, aliases, nlp=nlp)
    except Exception as exc:  # noqa: BLE001 - one document must never stop the run
        return replace(prepared, extract_failure=unexpected_failure(
            exc, "finding its events", memory_limit))
    words = tuple(mention_words_text(event.title, event.evidence, event.organisations)
                  for event in extraction.events)
    return replace(prepared, extraction=extraction, mention_words=words)
