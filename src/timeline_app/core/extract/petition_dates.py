"""The day a petition's own page dates it.

A petition site's page (its signature count, "Signatures: 53", its "Will you
sign?") is the petition itself, and the date at its top is the day it was
started, as a letter's date line is the letter's. When no sentence dates the
petition, the main event falls back to the page's date as ``approximate``
(the report of some act); on the petition's own page that date is the act's
day.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import ExtractedEvent
from .petition_form import is_signing_page
from .published import Published
from .sentences import Span

__all__ = ["dated_as_signed_petition"]


def dated_as_signed_petition(events: tuple[ExtractedEvent, ...], published: Published, text: str,
                             text_lines: list[Span]) -> tuple[ExtractedEvent, ...]:
    """The events, the main one (a petition dated ``approximate`` by the
    page's own day) dated to that day when the page is the petition's own."""
    if not events or published.precision != "day" or published.span is None:
        return events
    main = events[0]
    if main.kind != "petition" or (main.start, main.precision) != (published.iso, "approximate") or \
            not is_signing_page(text, text_lines):
        return events
    return (replace(main, precision="day"), *events[1:])
