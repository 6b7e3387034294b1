"""Errors that carry a message meant for a person, not a traceback."""


class TimelineError(Exception):
    """Base class: ``str(err)`` is a complete sentence to show the user."""


class StoreError(TimelineError):
    """The database cannot be opened or written (wrong file, newer schema, read-only…)."""


class ExportError(TimelineError):
    """An export cannot be written (unknown format, unwritable path…)."""


class ImportFormatError(TimelineError):
    """A collection file (JSON) is not one of ours or is malformed."""
