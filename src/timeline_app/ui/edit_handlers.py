"""What the window does when a person edits: each edit goes through
``core.editing``, lands on the undo stack as a command, and the ``Changes``
it reports refresh each pane once.

Refused edits never raise into Qt: the reason is shown where the person
was working (the detail pane, the status bar, or a non-blocking message).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog

from timeline_app.core import editing
from timeline_app.core.editing import Changes, EditError
from timeline_app.ui import undo_commands as commands
from timeline_app.ui.add_event_dialog import AddEventDialog
from timeline_app.ui.plain_text import menu_text, one_line

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def _plural(count: int) -> str:
    return "s" if count != 1 else ""


class EditHandlers:
    """The window's edit operations; every one is undoable."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def _push(self, command: QUndoCommand, changes: Changes, message: str = "") -> None:
        window = self._window
        window.undo_stack.push(command)
        window.apply_changes(changes)
        if message:
            window.statusBar().showMessage(one_line(message), 5000)

    # ----------------------------------------------------------- events
    def edit_event(self, event_id: int, fields: dict[str, Any]) -> bool:
        """Save field edits of one event; a refused edit is explained in the detail pane."""
        window = self._window
        try:
            result = editing.update_event(window.store, event_id, **fields)
        except EditError as exc:
            window.selection.refresh_detail()
            window.detail_pane.show_error(str(exc))
            return False
        self._push(commands.EditEventCommand(window.store, result, fields, window.apply_changes),
                   result.changes)
        return True

    def set_event_names(self, event_id: int, entity: str, names: list[str]) -> bool:
        """Replace an event's organisations (``entity="organisation"``) or people."""
        window = self._window
        setter = (editing.set_event_organisations if entity == "organisation"
                  else editing.set_event_people)
        try:
            result = setter(window.store, event_id, names)
        except EditError as exc:
            window.detail_pane.show_error(str(exc))
            return False
        self._push(commands.SetNamesCommand(window.store, result, entity, names,
                                            window.apply_changes), result.changes)
        return True

    def delete_events(self, ids: Sequence[int]) -> None:
        """Delete events (those deleted before a refusal stay deleted, and undoable)."""
        window = self._window
        window.detail_pane.flush_pending_edits()
        snapshots = []
        try:
            for event_id in ids:
                snapshots.append(editing.delete_event(window.store, event_id))
        except EditError as exc:
            window.statusBar().showMessage(one_line(str(exc)), 8000)
        if not snapshots:
            return
        command = commands.DeleteEventsCommand(window.store, snapshots, window.apply_changes)
        count = len(snapshots)
        self._push(command, Changes.union(s.changes for s in snapshots),
                   f"Deleted {count} event{_plural(count)} (Undo brings "
                   f"{'it' if count == 1 else 'them'} back).")

    def delete_document(self, document_id: int) -> None:
        window = self._window
        try:
            snapshot = editing.delete_document(window.store, document_id)
        except EditError as exc:
            window.statusBar().showMessage(one_line(str(exc)), 8000)
            return
        self._push(commands.DeleteDocumentCommand(window.store, snapshot, window.apply_changes),
                   snapshot.changes,
                   f"Deleted “{one_line(snapshot.row['title'], 80) or 'document'}” and its "
                   f"{len(snapshot.events)} events (Undo brings them back).")

    def add_event(self, **values: Any) -> int | None:
        """Add an event by hand (see ``editing.add_event``), select it, return its id."""
        window = self._window
        try:
            added = editing.add_event(window.store, **values)
        except EditError as exc:
            window.report_problem("Cannot add the event", str(exc))
            return None
        self._push(commands.AddEventCommand(window.store, added, window.apply_changes),
                   added.changes, "Event added.")
        window.select_events([added.event_id])
        return added.event_id

    def show_add_event_dialog(self) -> None:
        dialog = AddEventDialog(self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_event(**dialog.values())

    # --------------------------------------------------------- entities
    def _push_entity_edit(self, edit: Any, redo: Callable[[], Any], label: str,
                          message: str) -> None:
        """Put a done rename/merge on the undo stack; ``redo`` does it again."""
        window = self._window
        self._push(commands.EntityCommand(window.store, edit, redo, label, window.apply_changes),
                   edit.changes, message)

    def rename_entity(self, entity: str, record_id: int, new_name: str) -> bool:
        """Rename an organisation or person; the old name becomes an alias."""
        store = self._window.store
        try:
            edit = editing.rename_entity(store, entity, record_id, new_name)
        except EditError as exc:
            self._window.report_problem("Cannot rename", str(exc))
            return False
        self._push_entity_edit(
            edit, lambda: editing.rename_entity(store, entity, record_id, new_name),
            f"Rename “{menu_text(edit.keep_row['name'])}”",
            f"Renamed “{edit.keep_row['name']}” to “{new_name}”; the old name is "
            "remembered for future imports.")
        return True

    def merge_entities(self, entity: str, keep_id: int, merge_id: int) -> bool:
        """Merge ``merge_id`` into ``keep_id``; a filter on the merged one follows it."""
        window = self._window
        store = window.store
        try:
            edit = editing.merge_entities(store, entity, keep_id, merge_id)
        except EditError as exc:
            window.report_problem("Cannot merge", str(exc))
            return False
        # A filter on the merged record would now match nothing: follow it to the kept one.
        field = "organisation_ids" if entity == "organisation" else "person_ids"
        chosen = getattr(window.filter_pane.current_filter(), field)
        self._push_entity_edit(
            edit, lambda: editing.merge_entities(store, entity, keep_id, merge_id),
            f"Merge “{menu_text(edit.merged_row['name'])}”",
            f"Merged “{edit.merged_row['name']}” into “{edit.keep_row['name']}”.")
        if merge_id in chosen:
            ids = tuple(dict.fromkeys(keep_id if i == merge_id else i for i in chosen))
            window.filter_pane.set_filter(window.filter_pane.current_filter().with_changes(
                **{field: ids}))
        return True


__all__ = ["EditHandlers"]
