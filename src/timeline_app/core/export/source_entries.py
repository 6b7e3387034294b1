"""The ``sources`` of each exported event, and the user's consolidation decisions.

An event joined from several reports lists them all, each with its document,
evidence, the date as that source states it, its own title and kind, and how
it was attached ("import" or "user"). ``primary`` marks the report the
event's own row came from. ``field_sources`` points into this list (which
source gave the date, kind, title), since database ids mean nothing in
another database. Decisions travel keyed by source keys (document hash and
evidence span), as they are stored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..models import EntityKind
from ..store import Store


def _source_entry(source: dict[str, Any], event_id: int,
                  names: dict[EntityKind, dict[int, str]]) -> dict[str, Any]:
    return {
        "document_id": source["document_id"],
        "evidence": source["evidence"],
        "evidence_start": source["evidence_start"],
        "evidence_end": source["evidence_end"],
        "title": source["title"],
        "kind": source["kind"],
        "start": source["start"],
        "end": source["end"],
        "precision": source["precision"],
        "time": source["time"],
        "confidence": min(1.0, max(0.0, float(source["confidence"] or 0.0))),
        "main": bool(source["main"]),
        "organisations": sorted(names[EntityKind.ORGANISATION][i]
                                for i in source["organisation_ids"]
                                if i in names[EntityKind.ORGANISATION]),
        "people": sorted(names[EntityKind.PERSON][i] for i in source["person_ids"]
                         if i in names[EntityKind.PERSON]),
        "added_at": source["added_at"],
        "attached": source["attached"],
        "primary": source["mention_id"] == event_id,
    }


def add_sources(store: Store, events: Sequence[dict[str, Any]]) -> None:
    """Give every event dict (as ``collection_dict`` builds it) its sources,
    ``source_count``, ``date_conflict`` and ``field_sources``."""
    by_event = store.sources_of_events(e["id"] for e in events)
    names = {kind: store.all_entity_names(kind) for kind in EntityKind}
    rows = {r["id"]: r for r in store.events([e["id"] for e in events])}
    for event in events:
        sources = by_event.get(event["id"], [])
        position = {s["id"]: i for i, s in enumerate(sources)}
        row = rows.get(event["id"], {})
        event["sources"] = [_source_entry(s, event["id"], names) for s in sources]
        event["source_count"] = len(sources)
        event["date_conflict"] = bool(row.get("date_conflict"))
        event["field_sources"] = {
            field: position[source_id]
            for field, source_id in json.loads(row.get("field_sources") or "{}").items()
            if source_id in position
        }


def source_document_ids(store: Store, event_ids: Sequence[int]) -> set[int]:
    """The documents every source of these events comes from."""
    return {s["document_id"] for sources in store.sources_of_events(event_ids).values()
            for s in sources if s["document_id"] is not None}


def decision_entries(store: Store) -> list[dict[str, Any]]:
    """Every split, merge and move the user made, oldest first."""
    return [dict(d) for d in store.decisions()]
