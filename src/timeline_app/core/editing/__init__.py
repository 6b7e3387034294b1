"""What a person changes by hand: event fields, links, notes, deletions, merges.

Each operation calls the store (which owns every statement) inside one
write transaction and returns what changed (``Changes``, or a record holding
it and what the matching undo needs). No Qt here; the window wraps these in
QUndoCommands. The modules, one job each:

- ``changes``: the results and ``EditError``
- ``typed_fields``: dates and other fields as people type them, checked
- ``event_edits``: event fields and links, deleting and restoring events
  and documents, adding events by hand
- ``entity_edits``: merging and renaming organisations and people, and undo
- ``role_edits``: the role an organisation or person plays in an event
- ``source_edits``: which reports are one event: split, merge, move, and undo
"""

from __future__ import annotations

from typing import Any

from ..store import Store
from .changes import (
    AddedEvent,
    Changes,
    DocumentSnapshot,
    EditError,
    EntityEdit,
    EventSnapshot,
    EventUpdate,
)
from .entity_edits import merge_entities, rename_entity, undo_entity_edit
from .event_edits import (
    add_event,
    delete_document,
    delete_event,
    restore_document,
    restore_event,
    restore_event_fields,
    set_event_entities,
    set_event_organisations,
    set_event_people,
    update_event,
)
from .role_edits import RoleEdit, redo_role_edit, set_link_role, undo_role_edit
from .source_edits import SourceEdit, merge_events, move_source, split_source, undo_source_edit
from .typed_fields import EDITABLE_FIELDS, parse_user_date


def event_detail(store: Store, event_id: int) -> dict[str, Any] | None:
    """One event with its names and document, or None (see ``Store.event_detail``)."""
    return store.event_detail(event_id)


def document_events(store: Store, document_id: int) -> list[dict[str, Any]]:
    """The events of one document in time order (see ``Store.document_events``)."""
    return store.document_events(document_id)


__all__ = [
    "AddedEvent", "Changes", "DocumentSnapshot", "EDITABLE_FIELDS", "EditError", "EntityEdit",
    "EventSnapshot", "EventUpdate", "add_event", "delete_document", "delete_event",
    "document_events", "event_detail", "merge_entities", "parse_user_date", "rename_entity",
    "restore_document", "restore_event", "restore_event_fields", "set_event_entities",
    "set_event_organisations", "set_event_people", "undo_entity_edit", "update_event",
    "RoleEdit", "redo_role_edit", "set_link_role", "undo_role_edit",
    "SourceEdit", "merge_events", "move_source", "split_source", "undo_source_edit",
]
