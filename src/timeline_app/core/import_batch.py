"""Many imported documents per commit, with each file's result held until its commit.

A commit costs more than storing a plain-text document, so the import loop
stores documents in batches: one transaction, a savepoint per document
(``Store.add_document`` inside ``Store.begin_import_batch``), committed
every ``MAX_DOCUMENTS`` documents or ``MAX_SECONDS`` seconds, whichever
comes first. The first batch holds one document and each next one twice as
many, so a short import is seen (and can be cancelled) file by file and a
long one soon reaches full batches. A crash loses only the documents of the open batch, each
whole, and importing the same files again stores them.

Results are reported in the walk's order and only once the documents they
name are committed, so "imported" always means stored: the window, which
reads through its own connection, sees a file's events once it is listed.
The delay is at most ``MAX_SECONDS`` plus the time to prepare one file.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from .errors import StoreError, store_write_error
from .models import FileResult
from .store import Store

#: Documents per commit at most; at ~1,000 documents a second the time limit comes first.
MAX_DOCUMENTS = 500
#: Seconds a batch stays open at most (checked after each document), so new
#: files show in the window soon and other writers wait briefly for the lock.
MAX_SECONDS = 0.25


class ImportBatch:
    """The open batch of one import run: its transaction and its files' results."""

    def __init__(
        self,
        store: Store,
        report: Callable[[FileResult], None],
        *,
        max_documents: int | None = None,
        max_seconds: float | None = None,
        first_documents: int = 1,
    ) -> None:
        self.store = store
        self._report = report
        self.max_documents = MAX_DOCUMENTS if max_documents is None else max_documents
        self.max_seconds = MAX_SECONDS if max_seconds is None else max_seconds
        #: documents in the open batch before it is due; doubles up to max_documents
        self._limit = max(1, min(first_documents, self.max_documents))
        self._pending: list[FileResult] = []
        self._documents = 0
        self._opened_at = 0.0
        self._open = False

    def open(self) -> None:
        """Open a batch before storing a document, if none is open.

        Raises StoreError when the database cannot be written.
        """
        if self._open:
            return
        try:
            self.store.begin_import_batch()
        except sqlite3.OperationalError as exc:
            raise store_write_error(exc, "document") from exc
        self._open = True
        self._documents = 0
        self._opened_at = time.monotonic()

    def add(self, result: FileResult) -> None:
        """A file's result: reported now, or after the commit of the open batch."""
        if not self._open:
            self._report(result)
            return
        self._pending.append(result)
        if result.status == "imported":
            self._documents += 1

    def commit_if_due(self) -> None:
        """Commit when the batch is full or old enough. Raises StoreError."""
        if self._open and (
            self._documents >= self._limit
            or time.monotonic() - self._opened_at >= self.max_seconds
        ):
            self.commit()

    def commit(self, *, lost_reason: str | None = None) -> None:
        """Commit the open batch and report its results.

        If the batch cannot be committed (or SQLite already rolled it back
        after a failed write), its documents are reported as failed, with
        ``lost_reason`` or the commit's error, and StoreError is raised
        (not when ``lost_reason`` is given: the caller is stopping already).
        """
        if not self._open:
            return
        self._open = False
        self._limit = min(self._limit * 2, self.max_documents)
        error: StoreError | None = None
        try:
            kept = self.store.commit_import_batch()
        except sqlite3.OperationalError as exc:
            kept, error = False, store_write_error(exc, "document")
        if not kept:
            reason = lost_reason or str(error or "the batch was rolled back")
            self._pending = [_not_stored(result, reason) for result in self._pending]
        pending, self._pending = self._pending, []
        for result in pending:
            self._report(result)
        if error is not None and lost_reason is None:
            raise error


def _not_stored(result: FileResult, reason: str) -> FileResult:
    if result.status != "imported":
        return result
    return FileResult(result.path, "failed", reason=f"not stored: {reason}")
