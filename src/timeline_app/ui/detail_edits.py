"""What the person does in the detail pane, turned into the pane's signals.

A mixin of ``DetailPane``: the pane provides ``_row`` (the event shown), the
field widgets (``detail_form.DetailForm``) and the signals. Nothing here
writes to the store; the window turns the signals into undoable commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidgetItem

from timeline_app.core.editing import EditError, parse_user_date


class DetailEdits:
    """The pane's edit handlers: each emits an edit when a field really changed."""

    def _emit_edit(self, **fields: Any) -> None:
        if self._row is not None:
            self.error_label.hide()
            self.editRequested.emit(self._row["id"], fields)

    def _title_finished(self) -> None:
        if self._row is not None and self.title_edit.text().strip() != self._row["title"]:
            self._emit_edit(title=self.title_edit.text())

    def _typed_date(self, edit: QLineEdit, field: str) -> tuple[str | None, str | None] | None:
        """The date typed in ``edit`` when it differs from the event's
        ``field`` and reads as a date (else None, with the reason shown)."""
        if self._row is None or edit.text().strip() == (self._row[field] or ""):
            return None
        try:
            return parse_user_date(edit.text())
        except EditError as exc:
            self.show_error(str(exc))
            return None

    def _start_finished(self) -> None:
        typed = self._typed_date(self.start_edit, "start")
        if typed is None:
            return
        iso, precision = typed
        current = self._row["precision"]
        if precision == "year" and current in ("approximate", "unknown"):
            precision = current  # "about 2025" stays about, with a new year
        self._emit_edit(start=iso, precision=precision or "unknown")

    def _end_finished(self) -> None:
        typed = self._typed_date(self.end_edit, "end")
        if typed is not None:
            self._emit_edit(end=typed[0])

    def _precision_chosen(self, _index: int) -> None:
        precision = self.precision_box.currentData()
        if self._row is not None and precision != self._row["precision"]:
            self._emit_edit(precision=precision)

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind_box.currentData()
        if self._row is not None and kind != self._row["kind"]:
            self._emit_edit(kind=kind)

    def _tags_finished(self) -> None:
        if self._row is None:
            return
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        if tags != self._row["tags"]:
            self._emit_edit(tags=tags)

    def _note_finished(self) -> None:
        if self._row is not None and self.note_edit.toPlainText() != (self._row["note"] or ""):
            self._emit_edit(note=self.note_edit.toPlainText())

    def flush_pending_edits(self) -> None:
        """Save a note still being typed (before the selection moves on)."""
        self._note_finished()

    def _ask_names(self, entity: str) -> None:
        if self._row is None:
            return
        key = "organisations" if entity == "organisation" else "people"
        current = "; ".join(name for _id, name in self._row[key])
        text, ok = QInputDialog.getText(
            self, f"Edit {key}", f"{key.capitalize()} of this event, separated by semicolons:",
            QLineEdit.EchoMode.Normal, current)
        if ok:
            self.edit_names(entity, [n.strip() for n in text.split(";") if n.strip()])

    def edit_names(self, entity: str, names: list[str]) -> None:
        if self._row is not None:
            self.namesEdited.emit(self._row["id"], entity, names)

    def _link_activated(self, link: str) -> None:
        entity, _, raw_id = link.partition(":")
        if entity in ("organisation", "person") and raw_id.isdigit():
            self.entityClicked.emit(entity, int(raw_id))

    def _other_chosen(self, item: QListWidgetItem) -> None:
        event_id = item.data(Qt.ItemDataRole.UserRole)
        if self._row is not None and event_id != self._row["id"]:
            self.eventRequested.emit(int(event_id))
        if self._row is not None:  # not shown (hidden by the filters): the list
            for row in range(self.others.count()):  # points at the shown event again
                if self.others.item(row).data(Qt.ItemDataRole.UserRole) == self._row["id"]:
                    self.others.setCurrentRow(row)


__all__ = ["DetailEdits"]
