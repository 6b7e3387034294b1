"""Dated sentences that make no timeline entry of their own.

Every dated sentence besides the main event becomes a secondary event. Some
are not events at all and only cluttered the timeline as "other": a line
that is nothing but a date (a page's render date, an e-mail's sent line),
and a quotation's forecast or memory ("“I think fees could come in as early
as September 2009”"). The main event is never removed.
"""

from __future__ import annotations

from ..models import ExtractedEvent
from .page_furniture import is_bare_date

__all__ = ["without_non_events"]

_QUOTES = ('"', "“", "‘", "'", "„")


def without_non_events(events: tuple[ExtractedEvent, ...]) -> tuple[ExtractedEvent, ...]:
    """``events`` without secondary events that report nothing."""
    kept = tuple(event for event in events if event.main or not _reports_nothing(event))
    return kept if len(kept) != len(events) else events


def _reports_nothing(event: ExtractedEvent) -> bool:
    evidence = event.evidence.strip()
    if is_bare_date(evidence):
        return True
    return event.kind == "other" and evidence.startswith(_QUOTES)
