"""Undoable edits: each QUndoCommand wraps one ``core.editing`` operation.

The window performs the first edit itself (so a refused edit shows its
message and never reaches the stack) and pushes a command built from the
result; that first ``redo`` then does nothing. Every later undo/redo goes
to the database at once and reports its ``Changes`` through ``on_change``,
so the panes refresh exactly as after the original edit.

In the window every undo and redo goes through ``run_step`` (set by
``EditHandlers``), which may keep the write for later when another program
holds the database. Cancelling such a kept step moves the stack back with
``skip_next_step`` so that the stack never claims what the database lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from timeline_app.core import editing
from timeline_app.core.editing import Changes
from timeline_app.core.store import Store

OnChange = Callable[[Changes], None]
#: Runs one undo/redo write: (command, the write, whether it is an undo).
StepRunner = Callable[["StoreCommand", Callable[[], Changes], bool], None]


class StoreCommand(QUndoCommand):
    """One edit on the stack; subclasses write in ``_redo`` and ``_undo``."""

    def __init__(self, text: str, store: Store, on_change: OnChange) -> None:
        super().__init__(text)
        self.store = store
        self.on_change = on_change
        self.run_step: StepRunner | None = None  # None: write at once
        self._first = True
        self._skip_next = False

    def redo(self) -> None:
        if self._first:  # already applied by the window before the push
            self._first = False
            return
        self._step(self._redo, undoing=False)

    def undo(self) -> None:
        self._step(self._undo, undoing=True)

    def skip_next_step(self) -> None:
        """The stack's next undo or redo of this command only moves the stack."""
        self._skip_next = True

    def _step(self, write: Callable[[], Changes], undoing: bool) -> None:
        if self._skip_next:
            self._skip_next = False
        elif self.run_step is None:
            self.on_change(write())
        else:
            self.run_step(self, write, undoing)

    def _redo(self) -> Changes:
        raise NotImplementedError

    def _undo(self) -> Changes:
        raise NotImplementedError


class EditEventCommand(StoreCommand):
    """Field edits (title, dates, kind, note, tags) of one event."""

    def __init__(self, store: Store, result: editing.EventUpdate, fields: dict[str, Any],
                 on_change: OnChange) -> None:
        names = ", ".join(fields)
        super().__init__(f"Edit {names}", store, on_change)
        self.result = result
        self.fields = dict(fields)

    def _redo(self) -> Changes:
        self.result = editing.update_event(self.store, self.result.event_id, **self.fields)
        return self.result.changes

    def _undo(self) -> Changes:
        return editing.restore_event_fields(self.store, self.result.event_id, self.result.previous)


class SetNamesCommand(StoreCommand):
    """The organisations or people of one event."""

    def __init__(self, store: Store, result: editing.EventUpdate, entity: str,
                 names: list[str], on_change: OnChange) -> None:
        super().__init__(f"Edit {'organisations' if entity == 'organisation' else 'people'}",
                         store, on_change)
        self.result, self.entity, self.names = result, entity, list(names)

    def _redo(self) -> Changes:
        setter = (editing.set_event_organisations if self.entity == "organisation"
                  else editing.set_event_people)
        self.result = setter(self.store, self.result.event_id, self.names)
        return self.result.changes

    def _undo(self) -> Changes:
        return editing.restore_event_fields(self.store, self.result.event_id, self.result.previous)


class SetRoleCommand(StoreCommand):
    """The role of one organisation or person in one event."""

    def __init__(self, store: Store, edit: editing.RoleEdit, on_change: OnChange) -> None:
        super().__init__(f"Set role to {edit.role}", store, on_change)
        self.edit = edit

    def _redo(self) -> Changes:
        return editing.redo_role_edit(self.store, self.edit)

    def _undo(self) -> Changes:
        return editing.undo_role_edit(self.store, self.edit)


class DeleteEventsCommand(StoreCommand):
    """Delete one or more events (restored with their ids and links)."""

    def __init__(self, store: Store, snapshots: list[editing.EventSnapshot],
                 on_change: OnChange) -> None:
        count = len(snapshots)
        super().__init__(f"Delete {count} event{'s' if count != 1 else ''}", store, on_change)
        self.snapshots = snapshots

    def _redo(self) -> Changes:
        ids = [s.row["id"] for s in self.snapshots]
        self.snapshots = [editing.delete_event(self.store, i) for i in ids]
        return Changes.union(s.changes for s in self.snapshots)

    def _undo(self) -> Changes:
        return Changes.union(editing.restore_event(self.store, s) for s in reversed(self.snapshots))


class DeleteDocumentCommand(StoreCommand):
    def __init__(self, store: Store, snapshot: editing.DocumentSnapshot,
                 on_change: OnChange) -> None:
        super().__init__("Delete document", store, on_change)
        self.snapshot = snapshot

    def _redo(self) -> Changes:
        self.snapshot = editing.delete_document(self.store, self.snapshot.row["id"])
        return self.snapshot.changes

    def _undo(self) -> Changes:
        return editing.restore_document(self.store, self.snapshot)


class AddEventCommand(StoreCommand):
    """An event added by hand; undo deletes it, redo puts the same event back."""

    def __init__(self, store: Store, added: editing.AddedEvent, on_change: OnChange) -> None:
        super().__init__("Add event", store, on_change)
        self.added = added
        self.snapshot: editing.EventSnapshot | None = None

    def _redo(self) -> Changes:
        assert self.snapshot is not None
        return editing.restore_event(self.store, self.snapshot)

    def _undo(self) -> Changes:
        self.snapshot = editing.delete_event(self.store, self.added.event_id)
        return self.snapshot.changes


class EntityCommand(StoreCommand):
    """A merge or rename of an organisation or person."""

    def __init__(self, store: Store, edit: editing.EntityEdit,
                 redo: Callable[[], editing.EntityEdit], text: str,
                 on_change: OnChange) -> None:
        super().__init__(text, store, on_change)
        self.edit = edit
        self._again = redo

    def _redo(self) -> Changes:
        self.edit = self._again()
        return self.edit.changes

    def _undo(self) -> Changes:
        return editing.undo_entity_edit(self.store, self.edit)
