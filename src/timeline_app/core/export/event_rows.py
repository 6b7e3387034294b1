"""What every per-event export starts from: the events the filter passes
and the title of each one's source document."""

from __future__ import annotations

from ..filters import EventFilter
from ..store import Store


def events_and_document_titles(
    store: Store, event_filter: EventFilter | None
) -> tuple[list[dict], dict[int, str | None]]:
    """The filtered events and ``{document id: title}`` for their documents."""
    events = store.events(event_filter=event_filter)
    document_ids = {e["document_id"] for e in events if e["document_id"] is not None}
    titles = {d["id"]: d["title"] for d in store.documents(sorted(document_ids))}
    return events, titles
