"""Undo entries for the user's consolidation decisions: split, merge, move.

Like the other commands in ``undo_commands``, the window makes the edit
first and pushes the result; later undo and redo go through
``core.editing.source_edits`` (redo makes the same decision again).
"""

from __future__ import annotations

from collections.abc import Callable

from timeline_app.core import editing
from timeline_app.core.editing import Changes, SourceEdit
from timeline_app.core.store import Store
from timeline_app.ui.undo_commands import OnChange, StoreCommand


class SourceEditCommand(StoreCommand):
    """One split, merge or move of sources; ``again`` makes it once more."""

    def __init__(self, store: Store, edit: SourceEdit, again: Callable[[], SourceEdit],
                 label: str, on_change: OnChange) -> None:
        super().__init__(label, store, on_change)
        self.edit = edit
        self.again = again

    def _redo(self) -> Changes:
        self.edit = self.again()
        return self.edit.changes

    def _undo(self) -> Changes:
        return editing.undo_source_edit(self.store, self.edit)
