"""The JSON export: the documented, stable exchange format of Timeline.

The keys named in the foundation issue (documents: id, title, source, path,
published, published_precision; events: id, document_id, main, title, kind,
start, end, precision, organisations, people, evidence, confidence) are a
public interface that scripts rely on: extend, never rename.

Beyond those keys the file carries everything needed to rebuild the same
collection in another database (``core.collection`` reads it back): each
document's full ``text`` and the organisations and people it names, every
event's edits (``user_edited``, ``edited_fields``, ``note``, ``tags``) and
``field_confidence``, organisations with acronym and aliases, people with
roles, and the user's alias list. Each event's ``roles`` lists its
organisations and people as ``{name, kind, role, edited}``: who organised,
supported or was targeted, and whether the user chose that role.
Each event also lists its ``sources`` (see
``source_entries``) and the file carries the user's consolidation
``decisions``. An export that narrows nothing carries every document,
those that report no event too; a filter narrows documents to those of the
events it passes.
"""

from __future__ import annotations

import json
import math
from typing import BinaryIO

from ..collection_format import FORMAT_NAME, FORMAT_VERSION
from ..filters import EventFilter
from ..store import Store
from .source_entries import add_sources, decision_entries, source_document_ids

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "collection_dict", "write_json"]


def _fraction(value: float | None) -> float | None:
    """A stored confidence as JSON can hold it, within 0 to 1.

    A database filled before collections were checked may hold infinity or
    NaN, which JSON cannot spell; they become the nearest bound (NaN: 0).
    """
    if value is None:
        return None
    if math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, float(value)))


# long: the file format spelled out key by key, in one place
def collection_dict(store: Store, event_filter: EventFilter | None = None) -> dict:
    """Everything the filter passes, as plain data ready for ``json.dumps``.

    Long because it spells out the file format key by key: this literal is
    the format's definition, kept in one place.
    """
    events = store.events(event_filter=event_filter)
    roles = store.event_roles([e["id"] for e in events])
    if event_filter is None or event_filter.active_count == 0:
        # Nothing narrowed: the whole collection, pages that report no event
        # (an "about" page) included, so a round trip loses no document. Hiding
        # background facts (the window's default) or "organisers only" with no
        # organisation chosen narrows no document: every one is carried, and
        # only the hidden context events stay out.
        documents = store.documents()
        document_ids = [d["id"] for d in documents]
    else:
        document_ids = sorted({e["document_id"] for e in events if e["document_id"] is not None}
                              | source_document_ids(store, [e["id"] for e in events]))
        documents = store.documents(document_ids)
    # ``Store.documents()`` leaves the text out (the UI never needs it in
    # bulk); the export carries it, so a shared collection can be searched
    # and its evidence offsets still point into the right sentences.
    extras = store.document_texts_and_names(document_ids)
    used_orgs = {name for e in events for name in e["organisations"]}
    used_orgs.update(name for x in extras.values() for name in x["organisations"])
    used_people = {name for e in events for name in e["people"]}
    used_people.update(name for x in extras.values() for name in x["people"])
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "documents": [
            {
                "id": d["id"],
                "title": d["title"],
                "source": d["source"],
                "path": d["path"],
                "published": d["published"],
                "published_precision": d["published_precision"],
                "format": d["format"],
                "imported_at": d["imported_at"],
                "organisations": extras[d["id"]]["organisations"],
                "people": extras[d["id"]]["people"],
                "text": extras[d["id"]]["text"],
            }
            for d in documents
        ],
        "events": [
            {
                "id": e["id"],
                "document_id": e["document_id"],
                "main": bool(e["main"]),
                "title": e["title"],
                "kind": e["kind"],
                "start": e["start"],
                "end": e["end"],
                "precision": e["precision"],
                "time": e["time"],
                "organisations": e["organisations"],
                "people": e["people"],
                "roles": roles.get(e["id"], []),
                "evidence": e["evidence"],
                "evidence_start": e["evidence_start"],
                "evidence_end": e["evidence_end"],
                "confidence": _fraction(e["confidence"]),
                "field_confidence": {k: _fraction(v) for k, v in e["field_confidence"].items()},
                "user_edited": bool(e["user_edited"]),
                "edited_fields": e["edited_fields"],
                "note": e["note"],
                "tags": e["tags"],
            }
            for e in events
        ],
        "organisations": [
            {"name": o["name"], "acronym": o["acronym"], "aliases": json.loads(o["aliases"])}
            for o in store.organisations()
            if o["name"] in used_orgs
        ],
        "people": [
            {"name": p["name"], "role": p["role"]}
            for p in store.people()
            if p["name"] in used_people
        ],
        # The user's own merges ("Edinburgh Uni" means "University of
        # Edinburgh"): part of the curation a shared collection passes on.
        "aliases": [
            {"alias": alias, "entity": entity, "canonical": canonical}
            for alias, entity, canonical in store.all_alias_rows()
        ],
        # Which reports the user split apart, merged or moved: replayed on import.
        "decisions": decision_entries(store),
    }
    add_sources(store, data["events"])
    return data


def write_json(store: Store, event_filter: EventFilter, out: BinaryIO) -> None:
    """Write the collection as UTF-8 JSON (indented, so diffs read well)."""
    data = collection_dict(store, event_filter)
    # allow_nan=False: never write NaN or Infinity, which no JSON reader accepts.
    out.write(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8"))
    out.write(b"\n")
