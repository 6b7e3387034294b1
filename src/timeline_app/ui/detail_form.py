"""The detail pane's widgets: the event's fields, where it came from, its
document's text and its other events, laid out in a vertical splitter.

A mixin of ``DetailPane``, kept apart so the pane stays one readable class:
the pane provides the signals and the handlers the widgets are wired to
(``detail_edits.DetailEdits``). Untrusted text goes only into plain-text
labels (``wrapping_label``); names shown as links are escaped by the pane.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.models import KINDS, PRECISIONS
from timeline_app.ui.detail_split import DetailSplit
from timeline_app.ui.document_text import DocumentTextView
from timeline_app.ui.elided_label import ElidedLabel
from timeline_app.ui.item_choice import choose_on
from timeline_app.ui.kind_style import kind_icon
from timeline_app.ui.narrow_form import NarrowForm
from timeline_app.ui.plain_text import plain
from timeline_app.ui.role_chooser import RoleChooser
from timeline_app.ui.source_file import open_with_desktop
from timeline_app.ui.source_list import SourceList
from timeline_app.ui.undo_keys import WindowUndoKeys

_PRECISION_LABELS = {
    "day": "day", "month": "month", "year": "year",
    "approximate": "approximate", "unknown": "not before / unknown",
}


def wrapping_label(parent: QWidget) -> QLabel:
    """A label for untrusted text: never rich text, wraps, never widens the pane."""
    label = plain(QLabel(parent))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class _FocusOut(QObject):
    """Calls back when the watched widget loses focus (saving the note)."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class DetailForm:
    """Builds the pane's widgets; the pane provides the signals and handlers."""

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
        self.narrow_form.stack_when_narrow(self._delete_buttons)  # never cut off either
        self.text_view = DocumentTextView(self)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("detailSplitter")
        splitter.addWidget(scroll)
        splitter.addWidget(self.text_view)
        splitter.addWidget(self._build_others())
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.form_scroll = scroll
        # The page gets a fair share at any height (not four lines at 1024x640),
        # the form at least its essential fields.
        self.split = DetailSplit(splitter, scroll, self.others_box, self.others,
                                 essential=self.kind_box)  # title, date and kind in sight
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
        self.end_edit.setPlaceholderText("optional")  # "to" says it is the end; fits a narrow pane
        self.end_edit.setToolTip(
            "End date (optional), written like the start; leave it empty for a single date")
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
        self.date_text = wrapping_label(form_widget)
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
        self.error_label = wrapping_label(form_widget)
        self.error_label.setObjectName("editError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form.addRow(self.error_label)

        self.document_title = wrapping_label(form_widget)
        self.document_title.setObjectName("documentTitle")
        font = self.document_title.font()
        font.setBold(True)
        self.document_title.setFont(font)
        self.document_meta = wrapping_label(form_widget)
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
        self._delete_buttons = buttons

    def _build_others(self) -> QWidget:
        """The other events of the same document, to jump between them."""
        self.others = QListWidget(self)
        self.others.setObjectName("otherEvents")
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.others.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.others.setUniformItemSizes(True)
        self.others.setAccessibleName("Other events from this document")
        choose_on(self.others, lambda index: self._other_chosen(self.others.itemFromIndex(index)))
        others_box = QWidget(self)
        others_layout = QVBoxLayout(others_box)
        others_layout.setContentsMargins(0, 0, 0, 0)
        others_layout.addWidget(QLabel("Events from this document:", others_box))
        others_layout.addWidget(self.others)
        self.others_box = others_box
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


__all__ = ["DetailForm", "wrapping_label"]
