"""Errors that carry a message meant for a person, not a traceback, and
the one question the window asks of a failed write: wait, or give up?"""

import sqlite3


class TimelineError(Exception):
    """Base class: ``str(err)`` is a complete sentence to show the user."""


class StoreError(TimelineError):
    """The database cannot be opened or written (wrong file, newer schema, read-only…)."""


class ExportError(TimelineError):
    """An export cannot be written (unknown format, unwritable path…)."""


class ImportFormatError(TimelineError):
    """A collection file (JSON) is not one of ours or is malformed."""


def store_write_error(exc: Exception, what: str) -> StoreError:
    """Translate SQLite's terse write failure into a sentence for the user.

    Used by every writer (document import, collection import) so a full
    disk or a read-only file reads the same wherever it happens.
    """
    message = str(exc)
    if "full" in message:
        return StoreError("The disk or database is full; the import stopped.")
    if "readonly" in message or "read-only" in message:
        return StoreError("The database is read-only; nothing can be imported.")
    if "locked" in message or "busy" in message:
        return StoreError("The database is busy in another program; try again.")
    return StoreError(f"The database refused the {what}: {message}.")


#: SQLite's primary result codes for "another connection holds the lock".
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_LOCK_MESSAGES = ("database is locked", "database table is locked", "database is busy")


def is_lock_error(exc: BaseException) -> bool:
    """True when a write failed only because another connection holds the lock.

    Such a write can simply be tried again later; any other failure (full
    disk, read-only file, a refused edit) cannot. The translated
    ``StoreError`` of ``store_write_error`` is followed to its SQLite cause.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int) and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
                return True
            message = str(current).lower()
            if any(text in message for text in _LOCK_MESSAGES):
                return True
        current = current.__cause__
    return False
