"""The detail pane on the right: the selected event, where it came from,
and the fields a person can correct.

Document text is untrusted: it is shown with ``setPlainText`` in a read-only
QPlainTextEdit, so markup in an imported file is only ever characters on the
screen (no images, no links, no scripts, no layout). Names that appear as
links are HTML-escaped. Edits leave as signals; the window turns them into
undoable commands and calls ``show_event`` again when they are saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from timeline_app.core import editing
from timeline_app.core.store import Store
from timeline_app.ui.date_display import display_date
from timeline_app.ui.detail_edits import DetailEdits
from timeline_app.ui.detail_form import DetailForm
from timeline_app.ui.document_text import evidence_span
from timeline_app.ui.hidden_events import HIDDEN_TIP
from timeline_app.ui.plain_text import escaped, tooltip
from timeline_app.ui.source_file import update_open_file_button


def _source_lines(document: dict | None) -> tuple[str, str, str]:
    """The Source rows for ``document``: its title, publisher and date, file."""
    if document is None:
        return "Added by hand (no source document)", "", ""
    published = (display_date(document["published"], document["published_precision"])
                 if document["published"] else "date unknown")
    return (document["title"] or "(untitled document)",
            f"Publisher: {document['source'] or 'unknown'}\nPublished: {published}",
            f"File: {document['path'] or 'unknown'}")


class DetailPane(DetailForm, DetailEdits, QWidget):
    """Shows one event; emits what the person wants changed."""

    entityClicked = Signal(str, int)  # "organisation"/"person", id
    eventRequested = Signal(int)  # another event of the same document
    editRequested = Signal(int, dict)  # event id, {field: value} for editing.update_event
    namesEdited = Signal(int, str, list)  # event id, "organisation"/"person", names
    deleteEventRequested = Signal(int)
    deleteDocumentRequested = Signal(int)
    roleChosen = Signal(int, str, int, str)  # event id, "organisation"/"person", id, role
    splitSourceRequested = Signal(int)  # source id: make it an event of its own
    moveSourceRequested = Signal(int)  # source id: choose another event for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._store: Store | None = None
        self._row: dict[str, Any] | None = None
        self._search_text = ""
        #: Whether the filters show an event (set by the window): the page's
        #: events they hide are marked in the list of the page's events.
        self.is_shown: Callable[[int], bool] = lambda _event_id: True

        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(
            "Select an event on the timeline or in the list to see it here, "
            "with the document it came from.", self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(16)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # -------------------------------------------------------------- showing
    def set_store(self, store: Store | None) -> None:
        self._store = store
        self.show_event(None)

    @property
    def event_id(self) -> int | None:
        return self._row["id"] if self._row else None

    def show_event(self, event_id: int | None, selected: int = 1) -> None:
        """Show ``event_id`` (None: the placeholder). ``selected`` is how many
        events are selected, for the "showing the first" note."""
        self._row = None
        if event_id is not None and self._store is not None:
            self._row = editing.event_detail(self._store, event_id)
        if self._row is None:
            self.stack.setCurrentIndex(0)
            return
        row = self._row
        self.stack.setCurrentIndex(1)
        self.error_label.hide()
        self.selection_note.setVisible(selected > 1)
        self.selection_note.setText(f"{selected} events selected; showing the first.")
        self.title_edit.setText(row["title"])
        self.title_edit.setCursorPosition(0)
        self.title_edit.setToolTip(tooltip(row["title"]))  # the whole of a cut title
        self.start_edit.setText(row["start"] or "")
        self.end_edit.setText(row["end"] or "")
        self.precision_box.setCurrentIndex(max(0, self.precision_box.findData(row["precision"])))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(row["kind"])))
        when = display_date(row["start"], row["precision"], row["time"])
        if row["end"]:
            when += " – " + display_date(row["end"], row["precision"])
        edited = row["edited_fields"]
        if edited:
            when += "   ·   edited by you: " + ", ".join(edited)
        self.date_text.setText(when)
        self.org_links.setText(self._links("organisation", row["organisations"]))
        self.people_links.setText(self._links("person", row["people"]))
        self.roles.show_links(self._store.event_link_roles(row["id"]) if self._store else [])
        self.tags_edit.setText(", ".join(row["tags"]))
        self.note_edit.setPlainText(row["note"] or "")
        assert self._store is not None
        self.sources.show_sources(self._store.event_sources(row["id"]),
                                  bool(row.get("date_conflict")))
        document = row["document"]
        self.delete_document_button.setEnabled(document is not None)
        update_open_file_button(self.open_file_button, document)
        title, meta, path = _source_lines(document)
        self.document_title.setText(title)
        self.document_meta.setText(meta)
        self.document_file.set_full_text(path)
        if document is None:
            self.text_view.clear_document()
            self.others.clear()
            self._others_shown(False)
            return
        text = document["text"] or ""
        evidence = evidence_span(text, row.get("evidence_start"), row.get("evidence_end"),
                                 row.get("evidence") or "")
        self.text_view.show_document(text, evidence, self._search_text)
        self._fill_others(document["id"], row["id"])

    def _open_source(self, source_id: int) -> None:
        """Show one source's document with its evidence highlighted."""
        source = self._store.source_row(source_id) if self._store else None
        document = (self._store.document_row(source["document_id"])
                    if self._store and source and source["document_id"] else None)
        if source is None or document is None:
            return
        text = document["text"] or ""
        self.text_view.show_document(text, evidence_span(
            text, source["evidence_start"], source["evidence_end"], source["evidence"] or ""),
            self._search_text)

    def _links(self, entity: str, pairs: list[tuple[int, str]]) -> str:
        if not pairs:
            return "<i>none</i>"
        return ", ".join(f'<a href="{entity}:{record_id}">{escaped(name)}</a>'
                         for record_id, name in pairs)

    def _fill_others(self, document_id: int, current: int) -> None:
        self.others.clear()
        assert self._store is not None
        for other in editing.document_events(self._store, document_id):
            when = display_date(other["start"], other["precision"], other["time"])
            text = f"{when} — {other['title']}"
            item = QListWidgetItem(text, self.others)
            item.setData(Qt.ItemDataRole.UserRole, other["id"])
            if other["id"] == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.others.setCurrentItem(item)
        self.mark_hidden_others()
        self._others_shown(self.others.count() > 1)

    def mark_hidden_others(self) -> None:
        """Grey the page's events the filters hide (again after a filter change)."""
        hidden_ink = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row in range(self.others.count()):
            item = self.others.item(row)
            shown = self.is_shown(int(item.data(Qt.ItemDataRole.UserRole)))
            item.setData(Qt.ItemDataRole.ForegroundRole, None if shown else hidden_ink)
            # The whole line (the list cuts long titles), and why it is grey.
            item.setToolTip(tooltip(item.text() if shown else f"{item.text()}\n{HIDDEN_TIP}"))

    def _others_shown(self, shown: bool) -> None:
        """The list of the document's events only takes room when it holds
        others than the one shown; the splitter shares the height again."""
        self.others_box.setHidden(not shown)
        self.split.apply()
        self.split.schedule()  # again once the form has laid out the new names

    def set_search_text(self, text: str) -> None:
        """Words of the full-text search, highlighted in the document text."""
        if text != self._search_text:
            self._search_text = text
            if self._row is not None and self._row["document"] is not None:
                self.text_view.mark_search(text)

    def evidence_selection_text(self) -> str:
        """The text currently highlighted as evidence (for tests and accessibility)."""
        return self.text_view.evidence_selection_text()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
