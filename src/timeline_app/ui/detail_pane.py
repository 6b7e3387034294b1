"""The detail pane on the right: the selected event, where it came from,
and the fields a person can correct.

Document text is untrusted: it is shown with ``setPlainText`` in a read-only
QPlainTextEdit, so markup in an imported file is only ever characters on the
screen (no images, no links, no scripts, no layout). Names that appear as
links are HTML-escaped. Edits leave as signals; the window turns them into
undoable commands and calls ``show_event`` again when they are saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core import editing
from timeline_app.core.editing import EditError, parse_user_date
from timeline_app.core.models import KINDS, PRECISIONS
from timeline_app.ui.date_display import display_date
from timeline_app.core.store import Store
from timeline_app.ui.document_text import DocumentTextView, evidence_span
from timeline_app.ui.elided_label import ElidedLabel
from timeline_app.ui.source_list import SourceList
from timeline_app.ui.kind_style import kind_icon
from timeline_app.ui.narrow_form import NarrowForm
from timeline_app.ui.plain_text import escaped, plain, tooltip
from timeline_app.ui.role_chooser import RoleChooser
from timeline_app.ui.source_file import open_with_desktop, update_open_file_button
from timeline_app.ui.undo_keys import WindowUndoKeys

_PRECISION_LABELS = {
    "day": "day", "month": "month", "year": "year",
    "approximate": "approximate", "unknown": "not before / unknown",
}


def _plain_label(parent: QWidget) -> QLabel:
    """A label for untrusted text: never rich text, wraps, never widens the pane."""
    label = plain(QLabel(parent))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _source_lines(document: dict | None) -> tuple[str, str, str]:
    """The Source rows for ``document``: its title, publisher and date, file."""
    if document is None:
        return "Added by hand (no source document)", "", ""
    published = (display_date(document["published"], document["published_precision"])
                 if document["published"] else "date unknown")
    return (document["title"] or "(untitled document)",
            f"Publisher: {document['source'] or 'unknown'}\nPublished: {published}",
            f"File: {document['path'] or 'unknown'}")


class _FocusOut(QObject):
    """Calls back when the watched widget loses focus (saving the note)."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class DetailPane(QWidget):
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

    # --------------------------------------------------------------- build
    def _build_content(self) -> QWidget:
        """The form (scrolling), the document text and the document's other events."""
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.selection_note = plain(QLabel(form_widget))
        self.selection_note.hide()
        form.addRow(self.selection_note)
        self._add_event_fields(form, form_widget)
        WindowUndoKeys(self).watch(self.title_edit, self.start_edit, self.end_edit,  # Ctrl+Z
                                   self.tags_edit, self.note_edit)  # after a save undoes it
        self._add_source_rows(form, form_widget)

        scroll = QScrollArea(self)
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.narrow_form = NarrowForm(form, scroll)  # names wrap, never cut off
        self.text_view = DocumentTextView(self)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("detailSplitter")
        splitter.addWidget(scroll)
        splitter.addWidget(self.text_view)
        splitter.addWidget(self._build_others())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        splitter.setSizes([30 * line, 24 * line, 7 * line])
        self.splitter = splitter
        return splitter

    def _add_event_fields(self, form: QFormLayout, form_widget: QWidget) -> None:
        """The event's own fields: title, dates, precision, kind, names, tags, note."""
        self.title_edit = QLineEdit(form_widget)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.editingFinished.connect(self._title_finished)
        form.addRow("&Title:", self.title_edit)

        self.start_edit = QLineEdit(form_widget)
        self.start_edit.setPlaceholderText("e.g. 2017-02-20, February 2017")
        self.start_edit.setToolTip("Start date: 2017-02-20, 2017-02, 2017 or 20 February 2017")
        self.start_edit.editingFinished.connect(self._start_finished)
        self.end_edit = QLineEdit(form_widget)
        self.end_edit.setPlaceholderText("end (optional)")
        self.end_edit.editingFinished.connect(self._end_finished)
        self.precision_box = QComboBox(form_widget)
        for precision in PRECISIONS:
            self.precision_box.addItem(_PRECISION_LABELS[precision], precision)
        self.precision_box.setToolTip("How much of the date is known")
        self.precision_box.setSizeAdjustPolicy(  # may shrink with a narrow pane
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.precision_box.activated.connect(self._precision_chosen)
        date_row = QHBoxLayout()
        date_row.addWidget(self.start_edit, 1)
        date_row.addWidget(QLabel("to", form_widget))
        date_row.addWidget(self.end_edit, 1)
        date_label = QLabel("&Date:", form_widget)
        date_label.setBuddy(self.start_edit)
        form.addRow(date_label, date_row)
        form.addRow("&Precision:", self.precision_box)
        self.date_text = _plain_label(form_widget)
        self.date_text.setObjectName("dateText")
        form.addRow("", self.date_text)

        self.kind_box = QComboBox(form_widget)
        for kind in KINDS:
            self.kind_box.addItem(kind_icon(kind), kind.capitalize(), kind)
        self.kind_box.activated.connect(self._kind_chosen)
        form.addRow("&Kind:", self.kind_box)

        self.org_links, org_row = self._links_row(form_widget, "organisation")
        form.addRow("Organisations:", org_row)
        self.people_links, people_row = self._links_row(form_widget, "person")
        form.addRow("People:", people_row)
        self.roles = RoleChooser(form_widget)
        self.roles.roleChosen.connect(
            lambda kind, i, role: self._row and self.roleChosen.emit(self._row["id"], kind, i, role))
        form.addRow("Roles:", self.roles)

        self.tags_edit = QLineEdit(form_widget)
        self.tags_edit.setPlaceholderText("tags, separated, by commas")
        self.tags_edit.editingFinished.connect(self._tags_finished)
        form.addRow("Ta&gs:", self.tags_edit)
        self.note_edit = QPlainTextEdit(form_widget)
        self.note_edit.setPlaceholderText("Your note (saved when you leave the box)")
        self.note_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.installEventFilter(_FocusOut(self._note_finished, self))
        form.addRow("&Note:", self.note_edit)

    def _add_source_rows(self, form: QFormLayout, form_widget: QWidget) -> None:
        """The edit error, where the event came from, and the delete buttons."""
        self.error_label = _plain_label(form_widget)
        self.error_label.setObjectName("editError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form.addRow(self.error_label)

        self.document_title = _plain_label(form_widget)
        self.document_title.setObjectName("documentTitle")
        font = self.document_title.font()
        font.setBold(True)
        self.document_title.setFont(font)
        self.document_meta = _plain_label(form_widget)
        self.document_meta.setObjectName("documentMeta")
        form.addRow("Source:", self.document_title)
        form.addRow("", self.document_meta)
        self.document_file = ElidedLabel(form_widget, "documentFile")  # a path cannot wrap
        form.addRow("", self.document_file)
        self.open_file_button = QPushButton("&Open File", form_widget)
        self.open_file_button.clicked.connect(
            lambda: self._row and self._row["document"]
            and open_with_desktop(self._row["document"]["path"]))
        form.addRow("", self.open_file_button)
        self.sources = SourceList(form_widget)
        self.sources.openRequested.connect(self._open_source)
        self.sources.splitRequested.connect(self.splitSourceRequested)
        self.sources.moveRequested.connect(self.moveSourceRequested)
        form.addRow("Sources:", self.sources)

        buttons = QHBoxLayout()
        self.delete_event_button = QPushButton("Delete Event", form_widget)
        self.delete_event_button.clicked.connect(
            lambda: self._row and self.deleteEventRequested.emit(self._row["id"]))
        self.delete_document_button = QPushButton("Delete Document", form_widget)
        self.delete_document_button.setToolTip("Delete the source document and all its events")
        self.delete_document_button.clicked.connect(
            lambda: self._row and self._row["document_id"] is not None
            and self.deleteDocumentRequested.emit(self._row["document_id"]))
        buttons.addWidget(self.delete_event_button)
        buttons.addWidget(self.delete_document_button)
        buttons.addStretch(1)
        form.addRow(buttons)

    def _build_others(self) -> QWidget:
        """The other events of the same document, to jump between them."""
        self.others = QListWidget(self)
        self.others.setObjectName("otherEvents")
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.others.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.others.setUniformItemSizes(True)
        self.others.setAccessibleName("Other events from this document")
        self.others.itemActivated.connect(self._other_chosen)
        self.others.itemClicked.connect(self._other_chosen)
        others_box = QWidget(self)
        others_layout = QVBoxLayout(others_box)
        others_layout.setContentsMargins(0, 0, 0, 0)
        others_layout.addWidget(QLabel("Events from this document:", others_box))
        others_layout.addWidget(self.others)
        return others_box

    def _links_row(self, parent: QWidget, entity: str) -> tuple[QLabel, QHBoxLayout]:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.linkActivated.connect(self._link_activated)
        label.setToolTip("Click a name to show only its events and open its profile")
        button = QToolButton(parent)
        button.setText("Edit…")
        button.setToolTip(f"Change the {'organisations' if entity == 'organisation' else 'people'}"
                          " of this event")
        button.clicked.connect(lambda: self._ask_names(entity))
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return label, row

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

    # -------------------------------------------------------------- editing
    def _emit_edit(self, **fields: Any) -> None:
        if self._row is not None:
            self.error_label.hide()
            self.editRequested.emit(self._row["id"], fields)

    def _title_finished(self) -> None:
        if self._row is not None and self.title_edit.text().strip() != self._row["title"]:
            self._emit_edit(title=self.title_edit.text())

    def _start_finished(self) -> None:
        if self._row is None or self.start_edit.text().strip() == (self._row["start"] or ""):
            return
        try:
            iso, precision = parse_user_date(self.start_edit.text())
        except EditError as exc:
            self.show_error(str(exc))
            return
        current = self._row["precision"]
        if precision == "year" and current in ("approximate", "unknown"):
            precision = current  # "about 2025" stays about, with a new year
        self._emit_edit(start=iso, precision=precision or "unknown")

    def _end_finished(self) -> None:
        if self._row is None or self.end_edit.text().strip() == (self._row["end"] or ""):
            return
        try:
            iso, _precision = parse_user_date(self.end_edit.text())
        except EditError as exc:
            self.show_error(str(exc))
            return
        self._emit_edit(end=iso)

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
