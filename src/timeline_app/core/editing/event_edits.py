"""Edits of events and documents: fields, links, deletions, additions by hand.

Every operation runs in one write transaction, marks the events it touches
as user edits (``user_edited = 1`` plus the field names in
``edited_fields``) so that re-import and re-extraction leave them alone, and
returns what changed with what its undo needs. The statements are the
store's; the decisions are made here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..models import EntityKind
from ..store import Store, normalise_name
from .changes import (
    AddedEvent,
    Changes,
    DocumentSnapshot,
    EventSnapshot,
    EventUpdate,
    existing,
)
from .source_edits import release_document, release_event, restore_groups
from .typed_fields import EDITABLE_FIELDS, check_fields

#: The undo record's key for each kind's previous links.
_PREVIOUS_IDS = {EntityKind.ORGANISATION: "organisation_ids", EntityKind.PERSON: "person_ids"}


def _marks_after(row: dict[str, Any], names: Iterable[str]) -> str:
    edited = list(json.loads(row.get("edited_fields") or "[]"))
    for name in names:
        if name not in edited:
            edited.append(name)
    return json.dumps(edited)


def update_event(store: Store, event_id: int, **fields: Any) -> EventUpdate:
    """Change some of an event's fields (see ``EDITABLE_FIELDS``).

    ``tags`` is a list of strings; dates are ISO partial dates cut to the
    precision. Returns the previous stored values (marks included).
    """
    with store.write_transaction():
        row = existing(store.event_row(event_id), "event", event_id)
        clean = check_fields(row, fields)
        edited_names = [f for f in EDITABLE_FIELDS if f in fields]
        previous = {c: row[c] for c in clean}
        previous["user_edited"] = row["user_edited"]
        previous["edited_fields"] = row["edited_fields"]
        clean["user_edited"] = 1
        clean["edited_fields"] = _marks_after(row, edited_names)
        store.set_event_columns(event_id, clean)
    return EventUpdate(Changes(events=frozenset({event_id})), event_id, previous)


def restore_event_fields(store: Store, event_id: int, previous: dict[str, Any]) -> Changes:
    """Undo an ``EventUpdate``: write the previous values back, marks included."""
    with store.write_transaction():
        existing(store.event_row(event_id), "event", event_id)
        columns = {k: v for k, v in previous.items()
                   if k not in ("organisation_ids", "person_ids", "created_ids")}
        store.set_event_columns(event_id, columns)
        changes = Changes(events=frozenset({event_id}))
        for kind, key in _PREVIOUS_IDS.items():
            if key in previous:
                store.replace_event_entities(kind, event_id, previous[key])
                store.drop_unused_entities(kind, previous.get("created_ids", ()))
                changes = changes | Changes.of_entities(kind)
    return changes


def _find_or_create(store: Store, kind: EntityKind, name: str) -> tuple[int, bool]:
    """The record a typed name means (name, alias or acronym), else a new one."""
    key = normalise_name(name)
    canonical = store.aliases().get(key)
    for candidate in (key, normalise_name(canonical) if canonical else None):
        if candidate:
            found = store.entity_id_for_key(kind, candidate)
            if found is not None:
                return found, False
    if kind is EntityKind.ORGANISATION:
        matches = store.find_organisation_ids(name)
        if matches:
            return matches[0], False
    return store.add_entity(kind, name), True


def set_event_entities(store: Store, kind: str, event_id: int,
                       names: Sequence[str]) -> EventUpdate:
    """Link the event to exactly these organisations (by name, alias or
    acronym) or people (by name), creating records for new names."""
    kind = EntityKind(kind)
    field_name = "organisations" if kind is EntityKind.ORGANISATION else "people"
    cleaned: list[str] = []
    for name in names:
        name = " ".join(str(name).split())
        if name and normalise_name(name) not in {normalise_name(n) for n in cleaned}:
            cleaned.append(name)
    with store.write_transaction():
        row = existing(store.event_row(event_id), "event", event_id)
        old_ids = store.event_entity_ids(kind, event_id)
        new_ids: list[int] = []
        created: list[int] = []
        for name in cleaned:
            record_id, was_created = _find_or_create(store, kind, name)
            if record_id not in new_ids:
                new_ids.append(record_id)
            if was_created:
                created.append(record_id)
        store.replace_event_entities(kind, event_id, new_ids)
        previous = {
            "user_edited": row["user_edited"],
            "edited_fields": row["edited_fields"],
            _PREVIOUS_IDS[kind]: old_ids,
        }
        # Undo of this edit removes what it created; redo creates them anew.
        previous["created_ids"] = tuple(created)
        store.set_event_columns(event_id, {"user_edited": 1,
                                           "edited_fields": _marks_after(row, [field_name])})
    return EventUpdate(Changes(events=frozenset({event_id})) | Changes.of_entities(kind),
                       event_id, previous)


def set_event_organisations(store: Store, event_id: int, names: Sequence[str]) -> EventUpdate:
    """Link the event to exactly these organisations (by name, alias or acronym)."""
    return set_event_entities(store, EntityKind.ORGANISATION, event_id, names)


def set_event_people(store: Store, event_id: int, names: Sequence[str]) -> EventUpdate:
    """Link the event to exactly these people (by name), creating new ones."""
    return set_event_entities(store, EntityKind.PERSON, event_id, names)


# -------------------------------------------------------- delete / restore
def _snapshot_event(store: Store, event_id: int, changes: Changes) -> EventSnapshot:
    return EventSnapshot(
        changes,
        existing(store.event_row(event_id), "event", event_id),
        store.event_entity_ids(EntityKind.ORGANISATION, event_id),
        store.event_entity_ids(EntityKind.PERSON, event_id),
        store.event_role_rows(event_id),
    )


def delete_event(store: Store, event_id: int) -> EventSnapshot:
    """Delete one event; the snapshot puts it back (same id) via ``restore_event``."""
    changes = Changes(removed=frozenset({event_id}), organisations=True, people=True)
    with store.write_transaction():
        snapshot = _snapshot_event(store, event_id, changes)
        snapshot = replace(snapshot, group=release_event(store, event_id))
        store.delete_event_row(event_id)
    return snapshot


def _put_event_back(store: Store, snapshot: EventSnapshot) -> None:
    # The event it was joined into may come back later: restore_groups links it.
    store.insert_event_row({**snapshot.row, "consolidated_into": None})
    event_id = snapshot.row["id"]
    store.replace_event_entities(EntityKind.ORGANISATION, event_id, snapshot.organisation_ids)
    store.replace_event_entities(EntityKind.PERSON, event_id, snapshot.person_ids)
    store.put_event_role_rows(event_id, snapshot.roles)
    if snapshot.group is not None:
        restore_groups(store, snapshot.group)


def restore_event(store: Store, snapshot: EventSnapshot) -> Changes:
    """Undo ``delete_event``."""
    with store.write_transaction():
        _put_event_back(store, snapshot)
    return Changes(added=frozenset({snapshot.row["id"]}), organisations=True, people=True)


def delete_document(store: Store, document_id: int) -> DocumentSnapshot:
    """Delete a document with all its events (its text leaves the search index)."""
    with store.write_transaction():
        row = existing(store.document_row(document_id), "document", document_id)
        event_ids = store.document_event_ids(document_id)
        events = tuple(_snapshot_event(store, i, Changes()) for i in event_ids)
        org_ids = store.document_entity_ids(EntityKind.ORGANISATION, document_id)
        person_ids = store.document_entity_ids(EntityKind.PERSON, document_id)
        groups = release_document(store, document_id)
        store.delete_document_row(document_id)
    changes = Changes(removed=frozenset(event_ids), documents=frozenset({document_id}),
                      organisations=True, people=True)
    if groups is not None:
        changes = changes | Changes(events=groups.shown - frozenset(event_ids))
    return DocumentSnapshot(changes, row, events, org_ids, person_ids, groups)


def restore_document(store: Store, snapshot: DocumentSnapshot) -> Changes:
    """Undo ``delete_document``: the document, its text, events and links, same ids."""
    document_id = snapshot.row["id"]
    with store.write_transaction():
        store.insert_document_row(snapshot.row)
        for event in snapshot.events:
            _put_event_back(store, event)
        store.link_document_entities(EntityKind.ORGANISATION, document_id,
                                     snapshot.organisation_ids)
        store.link_document_entities(EntityKind.PERSON, document_id, snapshot.person_ids)
        if snapshot.groups is not None:
            restore_groups(store, snapshot.groups)
    return Changes(added=frozenset(e.row["id"] for e in snapshot.events),
                   documents=frozenset({document_id}), organisations=True, people=True)


def add_event(
    store: Store,
    *,
    title: str,
    kind: str = "other",
    start: str | None = None,
    end: str | None = None,
    precision: str | None = None,
    time: str | None = None,
    organisations: Sequence[str] = (),
    people: Sequence[str] = (),
    note: str = "",
    tags: Sequence[str] = (),
) -> AddedEvent:
    """Add an event by hand (no source document). ``precision`` defaults to
    what the start date shows (``2017-02`` -> month)."""
    if precision is None:
        precision = "unknown"
        if start:
            parts = len(start.strip().split("-"))
            precision = {3: "day", 2: "month", 1: "year"}.get(parts, "day")
    blank = {"title": "", "kind": "other", "start": None, "end": None, "precision": "unknown",
             "time": None, "note": "", "tags": "[]"}
    clean = check_fields(blank, {"title": title, "kind": kind, "start": start, "end": end,
                                 "precision": precision, "time": time, "note": note,
                                 "tags": list(tags)})
    edited = [f for f in EDITABLE_FIELDS if clean.get(f) not in (None, "", "[]")]
    with store.write_transaction():
        columns = {**clean, "document_id": None, "main": 0, "confidence": 1.0,
                   "user_edited": 1, "edited_fields": json.dumps(edited)}
        event_id = store.insert_event_row(columns)
        if organisations:
            set_event_entities(store, EntityKind.ORGANISATION, event_id, organisations)
        if people:
            set_event_entities(store, EntityKind.PERSON, event_id, people)
    return AddedEvent(Changes(added=frozenset({event_id}), organisations=bool(organisations),
                              people=bool(people)), event_id)
