"""Restoring an event's sources and the user's decisions from a collection.

The event a collection lists is its shown row; each of its ``sources`` is a
report. The ``primary`` one is the event row's own; every other report from
a document the collection brings becomes its own row again, hidden behind
the event, with its source row (the date as stated). A report from a
document the database already held joins by its stable key (document hash
and evidence span), so the same event is not shown twice. The event's
``source_count``, ``date_conflict`` and ``field_sources`` are written as
the file says, so an export of the restored database equals the original.
A file older than sources gives each document event one primary source.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from .consolidation import content_words, source_key
from .editing.source_edits import hand_over
from .partial_dates import stored_span
from .store import Store
from .store.event_sources import now_iso

NameIds = Callable[[str], int]


def _own_source(event: dict[str, Any]) -> dict[str, Any]:
    """The one source an event from an older file stands for."""
    return {**{k: event[k] for k in ("document_id", "evidence", "evidence_start",
                                     "evidence_end", "title", "kind", "start", "end",
                                     "precision", "time", "confidence", "main",
                                     "organisations", "people")},
            "added_at": None, "attached": "import", "primary": True}


def _report_row(source: dict[str, Any], document_id: int, lead_id: int) -> dict[str, Any]:
    t_start, t_end, year = stored_span(source["start"], source["end"], source["precision"])
    return {"document_id": document_id, "main": int(source["main"]), "title": source["title"],
            "kind": source["kind"], "start": source["start"], "end": source["end"],
            "precision": source["precision"], "time": source["time"], "t_start": t_start,
            "t_end": t_end, "year": year, "evidence": source["evidence"],
            "evidence_start": source["evidence_start"], "evidence_end": source["evidence_end"],
            "confidence": source["confidence"], "consolidated_into": lead_id,
            "source_count": 1}


# long: one report at a time, each of three ways a source comes back, read together
def write_event_sources(store: Store, event: dict[str, Any], lead_id: int,
                        new_documents: Mapping[int, int], digests: Mapping[int, str],
                        organisation: NameIds, person: NameIds) -> int:
    """Restore the sources of one collection event written as ``lead_id``.

    ``new_documents`` maps the file's document ids to the new rows,
    ``digests`` the file's document ids to content hashes. Returns how many
    report rows were added besides the event's own.
    """
    sources = event["sources"]
    if sources is None:
        sources = [_own_source(event)] if event["document_id"] is not None else []
    added_rows = 0
    source_ids: list[int | None] = []
    for source in sources:
        file_doc = source["document_id"]
        if file_doc is None or file_doc not in digests:
            source_ids.append(None)
            continue
        key = source_key(digests[file_doc], source["evidence_start"], source["evidence_end"])
        org_ids = sorted({organisation(n) for n in source["organisations"]})
        person_ids = sorted({person(n) for n in source["people"]})
        if file_doc not in new_documents:
            held = store.source_id_for_key(key)
            if held is not None:
                hand_over(store, held, lead_id)
            source_ids.append(held)
            continue
        if source["primary"]:
            mention_id = lead_id
        else:
            mention_id = store.insert_event_row(
                _report_row(source, new_documents[file_doc], lead_id))
            store.link_event_entities("organisation", mention_id, org_ids)
            store.link_event_entities("person", mention_id, person_ids)
            added_rows += 1
        source_ids.append(store.add_source_row({
            "event_id": lead_id, "mention_id": mention_id,
            "document_id": new_documents[file_doc], "source_key": key,
            "title": source["title"], "kind": source["kind"], "start": source["start"],
            "end": source["end"], "precision": source["precision"], "time": source["time"],
            "evidence": source["evidence"], "evidence_start": source["evidence_start"],
            "evidence_end": source["evidence_end"], "confidence": source["confidence"],
            "main": int(source["main"]), "organisation_ids": json.dumps(org_ids),
            "person_ids": json.dumps(person_ids),
            "added_at": source["added_at"] or now_iso(), "attached": source["attached"],
            "words": " ".join(sorted(content_words(source["title"], source["evidence"],
                                                   names=tuple(source["organisations"])))),
        }))
    given = event.get("field_sources") or {}
    provenance = {field: source_ids[i] for field, i in given.items()
                  if isinstance(i, int) and 0 <= i < len(source_ids) and source_ids[i]}
    if event["sources"] is None and source_ids and source_ids[0]:
        provenance = {"date": source_ids[0], "kind": source_ids[0], "title": source_ids[0]}
    store.set_event_columns(lead_id, {
        "source_count": len(store.event_sources(lead_id)),
        "date_conflict": int(bool(event.get("date_conflict"))),
        "field_sources": json.dumps(provenance, sort_keys=True),
    })
    return added_rows


def write_decisions(store: Store, decisions: list[dict[str, Any]]) -> None:
    """Add the file's decisions the database does not hold yet."""
    for decision in decisions:
        if not store.has_decision(decision["action"], decision["source_key"],
                                  decision["other_key"]):
            store.add_decision(decision["action"], decision["source_key"],
                               decision["other_key"], decision["made_at"])
