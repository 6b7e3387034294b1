"""The one error every reader raises: a short reason a person can act on."""

from __future__ import annotations

from timeline_app.core.errors import TimelineError


class ReadError(TimelineError):
    """A file could not be turned into text; ``str(err)`` is a one-line reason."""


def describe_size(num_bytes: int) -> str:
    """Human size with one decimal: ``61.2 MB``, ``3.0 KB``, ``12 bytes``."""
    if num_bytes >= 1024 * 1024:
        return f"{num_bytes / (1024 * 1024):.1f} MB"
    if num_bytes >= 1024:
        return f"{num_bytes / 1024:.1f} KB"
    return f"{num_bytes} bytes"


def describe_limit(num_bytes: int) -> str:
    """Like :func:`describe_size` but drops a trailing ``.0`` (``limit is 50 MB``)."""
    text = describe_size(num_bytes)
    return text.replace(".0 ", " ")
