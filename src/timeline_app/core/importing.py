"""The import pipeline: files and folders in, whole documents in the store.

Each file is read, checked for a duplicate, extracted and stored whole (a
savepoint in a batch of documents committed together, ``core.import_batch``),
then forgotten, so memory stays flat however many files come in. Every file
gets a result (imported, duplicate or failed with a reason), reported once
its batch is committed; one bad file never stops the others. The GUI runs
this on a worker thread with a progress callback and a cancel flag.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .collection import import_collection_file
from .errors import StoreError, store_write_error
from .import_batch import ImportBatch
from .live_databases import LiveDatabaseFiles, live_database_files
from .models import FileResult
from .parallel_import import prepared_in_order, reader_processes
from .prepared import PreparedFile, read_and_hash, unexpected_failure, with_extraction
from .readers import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES
from .store import Store
from .worker_limits import WorkerLimits

#: In a folder, a ``.json`` file is a Timeline collection when its first
#: bytes carry the marker our export writes at the top; other JSON (labels,
#: settings) is not a document and is passed over like any other file.
_COLLECTION_MARKER = re.compile(rb'"format"\s*:\s*"timeline-app"')
_COLLECTION_SNIFF_BYTES = 4096

ProgressCallback = Callable[[int, int, str], None]
ResultCallback = Callable[[FileResult], None]
CancelCheck = Callable[[], bool]


def iter_candidate_files(paths: Iterable[str | Path]) -> Iterator[Path | FileResult]:
    """Files under ``paths`` in a stable order; a FileResult for what cannot be walked.

    Folders are searched recursively for supported files and Timeline
    collections; each real folder is visited once, so symlink loops end. A
    file named directly is always tried (an unsupported one then gets its
    own clear reason). A database this process has open, or its companion
    files, is never opened as a document, whatever its name: it gets a
    failed result saying what it is (see ``core.live_databases``).
    """
    seen_dirs: set[tuple[int, int]] = set()
    live = live_database_files()
    for raw in paths:
        path = Path(raw)
        try:
            exists = path.exists()
            is_dir = exists and path.is_dir()
        except OSError as exc:  # a name too long for the file system, an I/O error
            yield FileResult(str(path), "failed", reason=f"cannot read: {exc.strerror or exc}")
            continue
        if not exists:
            yield FileResult(str(path), "failed", reason="no such file or folder")
            continue
        if not is_dir:
            yield _unless_live_database(path, live)
            continue
        yield from _walk(path, seen_dirs, live)


def _unless_live_database(path: Path, live: LiveDatabaseFiles) -> Path | FileResult:
    """``path``, or a failed result when it is an open database's file (stat only)."""
    role = live.role_of(path)
    return path if role is None else _not_imported(path, role)


def _not_imported(path: Path, role: str) -> FileResult:
    return FileResult(str(path), "failed", reason=f"this is {role}, so it is not imported")


def _walk(folder: Path, seen: set[tuple[int, int]],
          live: LiveDatabaseFiles) -> Iterator[Path | FileResult]:
    try:
        info = folder.stat()
    except OSError as exc:
        yield FileResult(str(folder), "failed", reason=f"cannot open folder: {exc.strerror}")
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return  # a symlink back into a folder already walked
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        yield FileResult(str(folder), "failed", reason="cannot open folder: permission denied")
        return
    except OSError as exc:
        yield FileResult(str(folder), "failed", reason=f"cannot open folder: {exc.strerror}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen, live)
            continue
        if entry.name.startswith("."):
            continue
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES and suffix != ".json":
            continue
        role = live.role_in_folder(key, entry)  # before the database is read or sniffed
        if role is not None:
            yield _not_imported(path, role)
        elif suffix in SUPPORTED_SUFFIXES or _may_be_collection(path):
            yield path


def _may_be_collection(path: Path) -> bool:
    """Whether a ``.json`` file in a folder is worth importing as a collection.

    A FIFO or device says yes, so the import refuses it by name ("not a
    regular file") instead of passing over it; opening never blocks.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return True  # unreadable: the import says why
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return True
        head = os.read(fd, _COLLECTION_SNIFF_BYTES)
    except OSError:
        return True
    finally:
        os.close(fd)
    return _COLLECTION_MARKER.search(head) is not None


@dataclass
class ImportSummary:
    """All results of one import run, in the order the files were tried."""

    results: list[FileResult] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: {"imported": 0, "duplicate": 0, "failed": 0}
    )
    cancelled: bool = False
    stopped_reason: str | None = None

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)

    @property
    def ok(self) -> bool:
        return self.stopped_reason is None and self.counts["failed"] == 0

    def line(self) -> str:
        """``3 imported, 1 duplicate, 1 failed`` for status bars and the CLI."""
        text = (
            f"{self.count('imported')} imported, {self.count('duplicate')} duplicate, "
            f"{self.count('failed')} failed"
        )
        if self.cancelled:
            text += " (cancelled)"
        if self.stopped_reason:
            text += f" (stopped: {self.stopped_reason})"
        return text


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file a path leads to, or None if it cannot be read."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _count_and_find_repeats(paths: Sequence[str | Path]) -> tuple[int, set[tuple[int, int]]]:
    """How many distinct files the walk will yield, and those it yields more than once.

    A first, cheap walk, so the import itself can stream its files instead
    of holding a list of all of them: at 100,000 files such a list (Path
    objects) costs tens of megabytes for the whole run. The set of every
    file seen here is dropped before the import starts.
    """
    seen: set[tuple[int, int]] = set()
    repeats: set[tuple[int, int]] = set()
    count = 0
    for item in iter_candidate_files(paths):
        if isinstance(item, FileResult):
            continue
        identity = _file_identity(item)
        if identity is not None and identity in seen:
            repeats.add(identity)
            continue
        if identity is not None:
            seen.add(identity)
        count += 1
    return count, repeats


def _unique_candidates(
    paths: Sequence[str | Path], repeats: set[tuple[int, int]]
) -> Iterator[Path | FileResult]:
    """The walk, with a file reached twice (named twice, or through a link) kept once."""
    tried_repeats: set[tuple[int, int]] = set()
    for item in iter_candidate_files(paths):
        if repeats and not isinstance(item, FileResult):
            identity = _file_identity(item)
            if identity in repeats:
                if identity in tried_repeats:
                    continue
                tried_repeats.add(identity)
        yield item


# long: the import loop: walk, prepare, store, report, cancel, in the order each file meets them
def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    progress: ProgressCallback | None = None,
    on_result: ResultCallback | None = None,
    cancel: CancelCheck | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_results: bool = True,
    workers: int = 0,
    isolate: bool = False,
    limits: WorkerLimits | None = None,
    nlp: str | None = None,
) -> ImportSummary:
    """Import every supported file under ``paths`` into ``store``.

    With ``keep_results=False`` (the CLI, which prints as it goes) only the
    failures are kept, so a run over 100,000 files holds counts, not rows.
    A file named twice (directly and inside a folder given too, or through
    a link) is tried once, where it first appears.

    With ``workers > 0`` and at least ``PARALLEL_MIN_FILES`` files, that
    many worker processes read, hash and extract ahead while this process
    checks duplicates and stores, in the same order and with the same
    results as ``workers=0`` (everything in this process). With ``isolate``
    (untrusted files: the window, the command line) even a small run is
    read in a reader process, bounded by ``limits``, so a hostile file
    costs that file only (see ``parallel_import.reader_processes``).
    ``nlp`` names the optional statistical engine (``extract.statistical``).

    Documents are committed in batches (``core.import_batch``); each file's
    result reaches ``on_result`` once its document is committed, at most
    about a quarter of a second after it was stored. Cancelling commits
    what is already stored.
    Past 60 lines because the loop's early exits (cancel, a full disk) and
    the ``finally`` that stops the workers and commits the batch belong
    together.
    """
    summary = ImportSummary()

    def record(result: FileResult) -> None:
        summary.counts[result.status] = summary.counts.get(result.status, 0) + 1
        if keep_results or result.status == "failed":
            summary.results.append(result)
        if on_result:
            on_result(result)

    paths = list(paths)
    total, repeats = _count_and_find_repeats(paths)
    aliases = store.aliases()
    candidates = _unique_candidates(paths, repeats)
    readers = reader_processes(total, workers=workers, isolate=isolate)
    if readers:
        items = prepared_in_order(candidates, workers=readers, aliases=aliases,
                                  max_bytes=max_bytes, limits=limits, nlp=nlp)
    else:
        items = ((item, None) for item in candidates)
    batch = ImportBatch(store, record)
    index = 0
    try:
        for item, prepared in items:
            if isinstance(item, FileResult):
                batch.add(item)
                continue
            if cancel is not None and cancel():
                summary.cancelled = True
                break
            total = max(total, index + 1)  # files added since the count
            if progress:
                progress(index, total, str(item))
            index += 1
            try:
                if isinstance(prepared, FileResult):
                    result = prepared  # a worker could not read it
                elif prepared is None and item.suffix.lower() == ".json":
                    batch.commit()  # a collection is written in its own transaction
                    result = import_one(store, item, aliases=aliases, max_bytes=max_bytes)
                else:
                    batch.open()
                    result = (import_one(store, item, aliases=aliases, max_bytes=max_bytes, nlp=nlp)
                              if prepared is None else
                              store_prepared(store, prepared, aliases=aliases, nlp=nlp))
            except StoreError as exc:
                summary.stopped_reason = str(exc)
                batch.commit(lost_reason=str(exc))
                record(FileResult(str(item), "failed", reason=str(exc)))
                break
            batch.add(result)
            if not _committed(batch, summary, due_only=True):
                break
        else:
            if _committed(batch, summary) and progress:
                progress(index, max(total, index), "")
    finally:
        items.close()  # stops the workers at once when the run ends early
        # Cancelled, stopped, or an error on the way out: what is stored is whole.
        batch.commit(lost_reason=summary.stopped_reason or "the import stopped")
    return summary


def _committed(batch: ImportBatch, summary: ImportSummary, *, due_only: bool = False) -> bool:
    """Commit the batch (when due); False, with the reason noted, if the store refused.

    The batch's results are reported either way: as failed if not stored.
    """
    try:
        if due_only:
            batch.commit_if_due()
        else:
            batch.commit()
    except StoreError as exc:
        summary.stopped_reason = str(exc)
        return False
    return True


def store_prepared(
    store: Store, prepared: PreparedFile, *, aliases: dict[str, str] | None = None,
    nlp: str | None = None,
) -> FileResult:
    """Check for a duplicate, extract if not done yet, and store in one transaction.

    Raises StoreError only when the database itself cannot take more.
    """
    name = str(prepared.path)
    existing = store.document_id_for_hash(prepared.digest)
    if existing is not None:
        return FileResult(name, "duplicate", document_id=existing, reason="already imported")
    if prepared.extraction is None and prepared.extract_failure is None:
        prepared = with_extraction(prepared, aliases if aliases is not None else store.aliases(), nlp=nlp)
    if prepared.extract_failure is not None or prepared.extraction is None:
        return FileResult(name, "failed", reason=prepared.extract_failure)
    try:
        document_id, events = store.add_document(
            prepared.read, prepared.extraction, path=prepared.resolved,
            content_hash=prepared.digest, mention_words=prepared.mention_words,
        )
    except sqlite3.OperationalError as exc:
        raise store_write_error(exc, "document") from exc
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - one document that cannot be stored must not stop the run
        # add_document rolled it back whole; a copy stored meanwhile is a duplicate, anything else
        # (a bug joining its events, a value the database refuses) fails this file alone
        existing = _stored_copy(store, prepared.digest, exc)
        if existing is not None and isinstance(exc, sqlite3.IntegrityError):
            return FileResult(name, "duplicate", document_id=existing, reason="already imported")
        return FileResult(name, "failed", reason=unexpected_failure(exc, "storing its events"))
    return FileResult(name, "imported", document_id=document_id, events=events)


def _stored_copy(store: Store, digest: str, failure: Exception) -> int | None:
    """The stored document with this content hash, if any; ``failure`` again
    if the database cannot even be asked (it is gone, not this document)."""
    try:
        return store.document_id_for_hash(digest)
    except sqlite3.Error:
        raise failure from None


def import_one(
    store: Store,
    path: Path,
    *,
    aliases: dict[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    nlp: str | None = None,
) -> FileResult:
    """Import one file. Raises StoreError only when the database itself
    cannot take more (full disk, read-only), since every later file would
    fail the same way."""
    if path.suffix.lower() == ".json":  # a shared collection, not a document
        return import_collection_file(store, path, max_bytes=max_bytes)
    prepared = read_and_hash(path, max_bytes=max_bytes)
    if isinstance(prepared, FileResult):
        return prepared
    return store_prepared(store, prepared, aliases=aliases, nlp=nlp)


def seeds_dir() -> Path:
    """The bundled seed documents: inside the installed package, or the
    source tree's ``seeds/`` when running from a checkout."""
    packaged = Path(__file__).resolve().parent.parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "seeds"


def import_seeds_if_empty(store: Store) -> ImportSummary | None:
    """Fill an empty database from the bundled seeds (the first start)."""
    if not store.is_empty():
        return None
    return import_paths(store, [seeds_dir()])
