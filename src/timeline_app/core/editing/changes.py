"""What an edit returns (what changed, and what its undo needs) or raises.

Every operation in ``core.editing`` returns ``Changes`` or a record holding
one, as Anki's operations return ``OpChanges``: the window broadcasts it
once and each pane decides whether to refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import TimelineError
from ..models import EntityKind


class EditError(TimelineError):
    """An edit that cannot be made; ``str(err)`` says why in one sentence."""


@dataclass(frozen=True)
class Changes:
    """What an edit changed, so the window refreshes each pane once."""

    events: frozenset[int] = frozenset()  # events whose shown fields changed
    added: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    documents: frozenset[int] = frozenset()  # documents added back or removed
    organisations: bool = False  # names, counts or the list itself
    people: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.events | other.events,
            self.added | other.added,
            self.removed | other.removed,
            self.documents | other.documents,
            self.organisations or other.organisations,
            self.people or other.people,
        )

    @classmethod
    def union(cls, many: Iterable[Changes]) -> Changes:
        """Everything any of ``many`` changed (nothing for none)."""
        total = cls()
        for change in many:
            total = total | change
        return total

    @classmethod
    def of_entities(cls, kind: str) -> Changes:
        """The list of organisations (or people) changed."""
        if EntityKind(kind) is EntityKind.ORGANISATION:
            return cls(organisations=True)
        return cls(people=True)

    @property
    def timeline(self) -> bool:
        """True when what the canvas and event list show may differ now."""
        return bool(self.events or self.added or self.removed or self.documents
                    or self.organisations or self.people)

    @property
    def entities(self) -> bool:
        """True when the organisation/people lists or their counts changed."""
        return self.organisations or self.people or bool(self.added or self.removed
                                                         or self.documents)


@dataclass(frozen=True)
class EventUpdate:
    """Result of an event edit; ``previous`` restores it via ``restore_event_fields``."""

    changes: Changes
    event_id: int
    previous: dict[str, Any]


@dataclass(frozen=True)
class EventSnapshot:
    """A deleted event, complete enough to put back with the same id."""

    changes: Changes
    row: dict[str, Any]
    organisation_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    #: (kind, record id, role, set by the user) of links with a role
    roles: tuple[tuple[str, int, str, bool], ...] = ()
    #: the event's reports and sources when it had several (a GroupSnapshot)
    group: Any = None


@dataclass(frozen=True)
class DocumentSnapshot:
    """A deleted document with its text, events and links."""

    changes: Changes
    row: dict[str, Any]
    events: tuple[EventSnapshot, ...]
    organisation_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    #: events other documents also attest, as they were (a GroupSnapshot)
    groups: Any = None


@dataclass(frozen=True)
class AddedEvent:
    """An event added by hand: its id, and what changed."""

    changes: Changes
    event_id: int


@dataclass(frozen=True)
class EntityEdit:
    """A merge or rename of an organisation or person, with what undo needs."""

    changes: Changes
    entity: EntityKind
    keep_row: dict[str, Any]  # the surviving (or renamed) record as it was
    merged_row: dict[str, Any] | None = None
    merged_event_ids: tuple[int, ...] = ()
    merged_document_ids: tuple[int, ...] = ()
    events_added_to_keep: tuple[int, ...] = ()
    documents_added_to_keep: tuple[int, ...] = ()
    aliases_before: tuple[tuple[str, str, str], ...] = ()
    #: (event id, role, set by the user) of the merged record's links with a role
    merged_roles: tuple[tuple[int, str, bool], ...] = ()


def existing(row: dict[str, Any] | None, what: str, row_id: int) -> dict[str, Any]:
    """``row``, or an EditError saying the ``what`` is gone (deleted elsewhere)."""
    if row is None:
        raise EditError(f"That {what} no longer exists (id {row_id}).")
    return row
