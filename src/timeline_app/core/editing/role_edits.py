"""The user sets the role of one organisation or person in one event.

A chosen role is marked (``role_by_user``) so that nothing extraction does
later overrides it; undo puts back the role and the mark as they were.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import ROLES, EntityKind
from ..store import Store
from .changes import Changes, EditError


@dataclass(frozen=True)
class RoleEdit:
    """A role change, with what undo needs to put the link back as it was."""

    changes: Changes
    kind: EntityKind
    event_id: int
    entity_id: int
    role: str
    previous_role: str
    previous_by_user: bool


def set_link_role(store: Store, kind: str, event_id: int, entity_id: int, role: str) -> RoleEdit:
    """Give the organisation (or person) ``entity_id`` this ``role`` in the event."""
    kind = EntityKind(kind)
    if role not in ROLES:
        raise EditError(f"“{role}” is not a role; choose one of {', '.join(ROLES)}.")
    with store.write_transaction():
        found = store.link_role(kind, event_id, entity_id)
        if found is None:
            what = "organisation" if kind is EntityKind.ORGANISATION else "person"
            raise EditError(f"That {what} is no longer linked to the event.")
        store.set_link_role(kind, event_id, entity_id, role, True)
    return RoleEdit(Changes(events=frozenset({event_id})), kind, event_id, entity_id, role,
                    found[0], found[1])


def undo_role_edit(store: Store, edit: RoleEdit) -> Changes:
    """Put the link's role and its mark back as they were before ``edit``."""
    with store.write_transaction():
        if store.link_role(edit.kind, edit.event_id, edit.entity_id) is not None:
            store.set_link_role(edit.kind, edit.event_id, edit.entity_id, edit.previous_role,
                                edit.previous_by_user)
    return Changes(events=frozenset({edit.event_id}))


def redo_role_edit(store: Store, edit: RoleEdit) -> Changes:
    """Make ``edit`` again after its undo."""
    with store.write_transaction():
        if store.link_role(edit.kind, edit.event_id, edit.entity_id) is not None:
            store.set_link_role(edit.kind, edit.event_id, edit.entity_id, edit.role, True)
    return Changes(events=frozenset({edit.event_id}))
