"""What the window does when a person edits: each edit goes through
``core.editing``, lands on the undo stack as a command, and the ``Changes``
it reports refresh each pane once.

Refused edits never raise into Qt: the reason is shown where the person
was working (the detail pane, the status bar, or a non-blocking message).
An edit that finds the database locked by another program is not refused:
it waits in ``PendingEdits`` and lands, in order, once the lock is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from timeline_app.core import editing
from timeline_app.core.editing import Changes, EditError
from timeline_app.core.errors import TimelineError
from timeline_app.core.event_columns import EventColumns
from timeline_app.ui import undo_commands as commands
from timeline_app.ui.add_event_dialog import AddEventDialog
from timeline_app.ui.move_source_dialog import MoveSourceDialog
from timeline_app.ui.pending_edits import PendingEdit, PendingEdits
from timeline_app.ui.plain_text import menu_text, one_line
from timeline_app.ui.source_commands import SourceEditCommand

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def _plural(count: int) -> str:
    return "s" if count != 1 else ""


class EditHandlers:
    """The window's edit operations; every one is undoable, none is lost to a lock.

    Each edit is a write plus what the window does once it has landed; both
    go to ``PendingEdits``, which writes at once or, while another program
    holds the database, keeps it in order and tries again.
    """

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.pending = PendingEdits(window.statusBar(), window)
        self.pending.countChanged.connect(self._pending_count_changed)
        self.pending.discardedAll.connect(lambda _count: window.refresh_all(keep_view=True))

    def _write(self, label: str, attempt: Callable[[], Any], landed: Callable[[Any], None],
               refused: Callable[[TimelineError], None]) -> bool:
        """Write now or keep for later; False only when refused at once."""
        outcome: list[TimelineError] = []

        def refuse(exc: TimelineError) -> None:
            outcome.append(exc)
            refused(exc)

        self.pending.submit(PendingEdit(label, attempt, landed, refuse))
        return not outcome

    def _push(self, command: commands.StoreCommand, changes: Changes, message: str = "") -> None:
        window = self._window
        command.run_step = self._run_step
        window.undo_stack.push(command)
        window.apply_changes(changes)
        if message:
            window.statusBar().showMessage(one_line(message), 5000)

    def _run_step(self, command: commands.StoreCommand, write: Callable[[], Changes],
                  undoing: bool) -> None:
        """An undo or redo: the stack has moved; the write may have to wait."""
        stack = self._window.undo_stack

        def put_back() -> None:  # Cancel: move the stack back without writing
            command.skip_next_step()
            (stack.redo if undoing else stack.undo)()

        label = f"{'Undo' if undoing else 'Redo'} {command.text()}"
        self.pending.submit(PendingEdit(label, write, command.on_change,
                                        self._report_refusal, put_back))

    def _report_refusal(self, exc: TimelineError) -> None:
        self._window.statusBar().showMessage(one_line(str(exc)), 8000)

    def _pending_count_changed(self, count: int) -> None:
        """No undo or redo while edits wait: they would land out of order."""
        window = self._window
        if hasattr(window, "undo_action"):
            window.undo_action.setEnabled(not count and window.undo_stack.canUndo())
            window.redo_action.setEnabled(not count and window.undo_stack.canRedo())

    # ----------------------------------------------------------- events
    def edit_event(self, event_id: int, fields: dict[str, Any]) -> bool:
        """Save field edits of one event; a refused edit is explained in the detail pane."""
        window = self._window
        store = window.store
        fields = dict(fields)

        def landed(result: editing.EventUpdate) -> None:
            self._push(commands.EditEventCommand(store, result, fields, window.apply_changes),
                       result.changes)

        def refused(exc: TimelineError) -> None:
            window.selection.refresh_detail()
            window.detail_pane.show_error(str(exc))

        return self._write(f"Edit {', '.join(fields)}",
                           lambda: editing.update_event(store, event_id, **fields),
                           landed, refused)

    def set_event_names(self, event_id: int, entity: str, names: list[str]) -> bool:
        """Replace an event's organisations (``entity="organisation"``) or people."""
        window = self._window
        store = window.store
        names = list(names)
        setter = (editing.set_event_organisations if entity == "organisation"
                  else editing.set_event_people)

        def landed(result: editing.EventUpdate) -> None:
            self._push(commands.SetNamesCommand(store, result, entity, names,
                                                window.apply_changes), result.changes)

        return self._write(f"Edit {'organisations' if entity == 'organisation' else 'people'}",
                           lambda: setter(store, event_id, names), landed,
                           lambda exc: window.detail_pane.show_error(str(exc)))

    def set_link_role(self, event_id: int, entity: str, entity_id: int, role: str) -> bool:
        """Give one organisation (or person) of an event another role, undoably."""
        window = self._window
        store = window.store

        def landed(edit: editing.RoleEdit) -> None:
            self._push(commands.SetRoleCommand(store, edit, window.apply_changes), edit.changes)

        return self._write("Set role", lambda: editing.set_link_role(
            store, entity, event_id, entity_id, role), landed,
            lambda exc: window.detail_pane.show_error(str(exc)))

    def delete_events(self, ids: Sequence[int]) -> None:
        """Delete events in one write (those before a refusal are deleted, and undoable)."""
        window = self._window
        store = window.store
        window.detail_pane.flush_pending_edits()
        ids = list(ids)

        def attempt() -> tuple[list[editing.EventSnapshot], EditError | None]:
            snapshots: list[editing.EventSnapshot] = []
            # One transaction: a lock met half way can never leave half deleted.
            with store.write_transaction():
                for event_id in ids:
                    try:
                        snapshots.append(editing.delete_event(store, event_id))
                    except EditError as exc:
                        return snapshots, exc
            return snapshots, None

        def landed(outcome: tuple[list[editing.EventSnapshot], EditError | None]) -> None:
            snapshots, refusal = outcome
            if refusal is not None:
                self._report_refusal(refusal)
            if not snapshots:
                return
            count = len(snapshots)
            self._push(commands.DeleteEventsCommand(store, snapshots, window.apply_changes),
                       Changes.union(s.changes for s in snapshots),
                       f"Deleted {count} event{_plural(count)} (Undo brings "
                       f"{'it' if count == 1 else 'them'} back).")

        self._write(f"Delete {len(ids)} event{_plural(len(ids))}", attempt, landed,
                    self._report_refusal)

    def delete_document(self, document_id: int) -> None:
        window = self._window
        store = window.store

        def landed(snapshot: editing.DocumentSnapshot) -> None:
            self._push(commands.DeleteDocumentCommand(store, snapshot, window.apply_changes),
                       snapshot.changes,
                       f"Deleted “{one_line(snapshot.row['title'], 80) or 'document'}” and its "
                       f"{len(snapshot.events)} events (Undo brings them back).")

        self._write("Delete document", lambda: editing.delete_document(store, document_id),
                    landed, self._report_refusal)

    def split_source(self, source_id: int) -> None:
        """Make one source of an event an event of its own (undoable), and select it."""
        window = self._window
        store = window.store

        def split() -> editing.SourceEdit:
            return editing.split_source(store, source_id)

        def landed(edit: editing.SourceEdit) -> None:
            self._push(SourceEditCommand(store, edit, split, "Split off source",
                                         window.apply_changes),
                       edit.changes, "Source split off into its own event (Undo joins it back).")
            window.select_events([edit.event_id])

        self._write("Split off source", split, landed, self._report_refusal)

    def choose_move_target(self, source_id: int) -> None:
        """Open the chooser of events a source can move to; moving is undoable."""
        window = self._window
        source = window.store.source_row(source_id)
        if source is None:
            return
        if window.all_columns is None:
            window.all_columns = EventColumns.load(window.store)
        dialog = MoveSourceDialog(window.all_columns, source["event_id"],
                                  source["title"] or "untitled", window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda event_id: self.move_source(source_id, event_id))
        dialog.open()

    def move_source(self, source_id: int, event_id: int) -> None:
        """Move one source to ``event_id`` (undoable, remembered), and select that event."""
        window = self._window
        store = window.store

        def move() -> editing.SourceEdit:
            return editing.move_source(store, source_id, event_id)

        def landed(edit: editing.SourceEdit) -> None:
            self._push(SourceEditCommand(store, edit, move, "Move source",
                                         window.apply_changes),
                       edit.changes, "Source moved (Undo puts it back).")
            window.select_events([edit.event_id])

        self._write("Move source", move, landed, self._report_refusal)

    def merge_events(self, keep_id: int, other_id: int) -> None:
        """Join ``other_id``'s sources into ``keep_id`` (undoable), and select it."""
        window = self._window
        store = window.store

        def merge() -> editing.SourceEdit:
            return editing.merge_events(store, keep_id, other_id)

        def landed(edit: editing.SourceEdit) -> None:
            self._push(SourceEditCommand(store, edit, merge, "Merge events",
                                         window.apply_changes),
                       edit.changes, "Events merged (Undo separates them again).")
            window.select_events([keep_id])

        self._write("Merge events", merge, landed, self._report_refusal)

    def add_event(self, **values: Any) -> int | None:
        """Add an event by hand (see ``editing.add_event``), select it, return its id
        (None when refused, or while it waits for the database)."""
        window = self._window
        store = window.store
        added_ids: list[int] = []

        def landed(added: editing.AddedEvent) -> None:
            self._push(commands.AddEventCommand(store, added, window.apply_changes),
                       added.changes, "Event added.")
            window.select_events([added.event_id])
            added_ids.append(added.event_id)

        self._write("Add event", lambda: editing.add_event(store, **values), landed,
                    lambda exc: window.report_problem("Cannot add the event", str(exc)))
        return added_ids[0] if added_ids else None

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
        window = self._window
        store = window.store

        def rename() -> editing.EntityEdit:
            return editing.rename_entity(store, entity, record_id, new_name)

        def landed(edit: editing.EntityEdit) -> None:
            self._push_entity_edit(
                edit, rename, f"Rename “{menu_text(edit.keep_row['name'])}”",
                f"Renamed “{edit.keep_row['name']}” to “{new_name}”; the old name is "
                "remembered for future imports.")

        return self._write(f"Rename to “{one_line(new_name, 80)}”", rename, landed,
                           lambda exc: window.report_problem("Cannot rename", str(exc)))

    def merge_entities(self, entity: str, keep_id: int, merge_id: int) -> bool:
        """Merge ``merge_id`` into ``keep_id``; a filter on the merged one follows it."""
        window = self._window
        store = window.store

        def merge() -> editing.EntityEdit:
            return editing.merge_entities(store, entity, keep_id, merge_id)

        def landed(edit: editing.EntityEdit) -> None:
            # A filter on the merged record would now match nothing: follow it to the kept one.
            field = "organisation_ids" if entity == "organisation" else "person_ids"
            chosen = getattr(window.filter_pane.current_filter(), field)
            self._push_entity_edit(
                edit, merge, f"Merge “{menu_text(edit.merged_row['name'])}”",
                f"Merged “{edit.merged_row['name']}” into “{edit.keep_row['name']}”.")
            if merge_id in chosen:
                ids = tuple(dict.fromkeys(keep_id if i == merge_id else i for i in chosen))
                window.filter_pane.set_filter(window.filter_pane.current_filter().with_changes(
                    **{field: ids}))

        return self._write("Merge", merge, landed,
                           lambda exc: window.report_problem("Cannot merge", str(exc)))


__all__ = ["EditHandlers"]
