"""Errors that carry a message meant for a person, not a traceback."""


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
