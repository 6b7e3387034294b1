"""Opening a Timeline database safely: checks, pragmas, migrations, transactions.

Everything that can go wrong before the first read (not SQLite, not ours,
from a newer Timeline, read-only) is refused here with a sentence for the
person, before any of the store's reads and writes run.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from ..errors import StoreError
from ..live_databases import database_closed, database_opened
from ..migrations import SCHEMA_VERSION, migrate, user_version
from .health import (
    DamagedDatabaseError, damaged_message, lenient_text, quick_check_problem,
    repair_hint_for_unknown_file,
)
from .search_indexes import restore_search_indexes

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 30_000
_CHECKPOINT_PAGES = 10_000

_Opened = TypeVar("_Opened", bound="StoreConnection")


def _check_readable(path: Path) -> None:
    """Refuse a file this process may not read, without opening it ourselves.

    The database file itself is only ever opened through SQLite: see
    ``_refusal_for_unreadable_file`` for why no plain file descriptor may be
    opened (and closed) on it while any connection to it is live.
    """
    if not os.access(path, os.R_OK):
        raise StoreError(f"Cannot read {path}: permission denied.")


def _starts_like_sqlite(path: Path) -> bool:
    """Whether the file begins with SQLite's magic string (an empty file does)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError:
        return True  # unreadable after all: let the damage message speak
    return not header or header == _SQLITE_MAGIC


def _refusal_for_unreadable_file(path: Path, message: str) -> StoreError:
    """The error for a file SQLite called "not a database" or "malformed".

    Only now, with SQLite's word that the file is no usable database, is
    its header read with a plain file: SQLite's locks are POSIX advisory
    locks owned by the whole process, so closing *any* descriptor on a
    database drops the locks of every connection this process has open on
    it. Another process then thinks the file unused and removes the WAL
    index under the live connection ("disk I/O error" for every new one).
    """
    if "not a database" in message and not _starts_like_sqlite(path):
        return StoreError(f"{path} is not a Timeline database (it is not an SQLite file)."
                          + repair_hint_for_unknown_file(path))
    return DamagedDatabaseError(path, message)


def _check_writable(path: Path) -> None:
    """Refuse up front a database Timeline could open but never write.

    SQLite would open such a file quietly and fail only at the first
    import, after the person has chosen files and waited. In WAL mode it
    also needs to create ``-wal`` and ``-shm`` files beside the database.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(
            f"{path} is read-only: Timeline cannot write to it. Change its permissions, "
            "or work on a copy."
        )
    folder = path.parent
    companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    for companion in companions:
        if companion.exists() and not os.access(companion, os.W_OK):
            raise StoreError(
                f"{companion} is read-only: Timeline cannot write to {path.name} beside it."
            )
    if not os.access(folder, os.W_OK | os.X_OK) and not all(c.exists() for c in companions):
        raise StoreError(
            f"The folder {folder} is read-only: Timeline cannot write its database "
            f"{path.name} there. Choose a folder you can write to."
        )


def _check_target(target: Path, readonly: bool) -> None:
    """Refuse a path that can never be a Timeline database; create its folder."""
    if target.is_dir():
        raise StoreError(f"{target} is a folder, not a database file.")
    if target.exists():
        _check_readable(target)
    elif readonly:
        raise StoreError(f"{target} does not exist.")
    else:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the folder for {target}: {exc.strerror or exc}."
            ) from exc
    if not readonly:
        _check_writable(target)


def _connect(target: Path, memory: bool, readonly: bool) -> sqlite3.Connection:
    try:
        if readonly and not memory:
            return sqlite3.connect(
                f"{target.resolve().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                timeout=_BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
        return sqlite3.connect(
            ":memory:" if memory else str(target),
            isolation_level=None,
            timeout=_BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open {target}: {exc}.") from exc


class StoreConnection:
    """One SQLite connection (sqlite-utils on top), opened and checked."""

    def __init__(self, db: sqlite_utils.Database, path: str, readonly: bool = False) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.busy_timeout_ms = _BUSY_TIMEOUT_MS
        #: What ``quick_check`` found wrong with a file opened read-only, or None.
        self.damage: str | None = None
        #: What opening did to the search indexes (recreated, rebuilt), if anything.
        self.search_repairs: list[str] = []
        #: This file's key in ``live_databases`` while the connection is open.
        self._live_key: str | None = None

    @classmethod
    def open(cls: type[_Opened], path: str | Path, *, readonly: bool = False,
             busy_timeout_ms: int | None = None) -> _Opened:
        """Open (creating and migrating if needed) the database at ``path``.

        Raises StoreError with a sentence for the user when the file is not
        SQLite, not ours, from a newer Timeline, or cannot be written.
        ``busy_timeout_ms`` (see ``set_busy_timeout``) applies once the file
        is open and migrated; opening itself always waits the long default.
        """
        memory = str(path) == ":memory:"
        target = Path(path)
        if not memory:
            _check_target(target, readonly)
        conn = _connect(target, memory, readonly)
        conn.text_factory = lenient_text
        store = cls(sqlite_utils.Database(conn), ":memory:" if memory else str(target), readonly)
        try:
            store._prepare()
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            message = str(exc)
            if "not a database" in message or "malformed" in message:
                raise _refusal_for_unreadable_file(target, message) from exc
            if "readonly" in message or "read-only" in message:
                raise StoreError(f"{target} is read-only: Timeline cannot write to it.") from exc
            raise StoreError(f"Cannot open {target}: {message}.") from exc
        if busy_timeout_ms is not None:
            store.set_busy_timeout(busy_timeout_ms)
        if not memory:
            store._live_key = database_opened(target)
        return store

    def set_busy_timeout(self, milliseconds: int) -> int:
        """How long a write waits for another connection's lock; returns the old value.

        The CLI and imports wait long (30 s) so they never fail on a busy
        file. The window waits briefly and keeps the edit for later instead,
        so that its thread is never frozen by another program's write.
        """
        previous = self.busy_timeout_ms
        self.busy_timeout_ms = max(0, int(milliseconds))
        self.db.conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        return previous

    def _prepare(self) -> None:
        conn = self.db.conn
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        version = user_version(self.db)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer version of Timeline (database version "
                f"{version}; this version reads up to {SCHEMA_VERSION}). Update Timeline to open it."
            )
        if version == 0 and self.db.table_names():
            raise StoreError(
                f"{self.path} is an SQLite database but not a Timeline database; "
                "it was left unchanged."
            )
        self._check_not_damaged()
        if self.readonly:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} needs upgrading to this version of Timeline but is read-only."
                )
            return
        if self.path != ":memory:":
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.path} is read-only: Timeline cannot write to it.")
            # With WAL, NORMAL never fsyncs at commit, only at checkpoints: a
            # crash of Timeline (even SIGKILL) loses nothing committed; a power
            # cut may lose the last few documents, never corrupt the file.
            conn.execute("PRAGMA synchronous = NORMAL")
            # Checkpoint every ~40 MB of WAL rather than SQLite's 4 MB: an
            # import commits a batch every quarter second or so, and each
            # checkpoint costs two fsyncs; pages rewritten by many documents
            # are copied once.
            conn.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
        migrate(self.db)
        self._restore_search_indexes()

    def _check_not_damaged(self) -> None:
        """Refuse a damaged file for writing, before anything writes to it (even
        the journal mode); read-only, remember the damage and go on."""
        if self.path == ":memory:":
            return
        problem = quick_check_problem(self.db.conn)
        if problem is None:
            return
        if not self.readonly:
            raise DamagedDatabaseError(self.path, problem)
        self.damage = problem

    def _restore_search_indexes(self) -> None:
        """Search tables or triggers dropped or damaged are rebuilt from their tables."""
        self.search_repairs = restore_search_indexes(self.db.conn)

    @property
    def damage_message(self) -> str | None:
        """The sentence for a damaged file opened read-only, or None."""
        return damaged_message(self.path, self.damage) if self.damage else None

    def close(self) -> None:
        self.db.conn.close()
        if self._live_key is not None:
            database_closed(self._live_key)
            self._live_key = None

    def __enter__(self: _Opened) -> _Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write_transaction(self) -> Iterator[None]:
        """One write transaction, taken IMMEDIATE so that an import writing on
        another connection makes us wait (busy timeout) instead of failing at
        the first write of a read-then-write transaction. Inside a caller's
        transaction it nests as a savepoint."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
