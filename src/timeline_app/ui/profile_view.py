"""The profile window of one organisation or person.

Names (rename and merge go to the window's edit handlers, so they are
undoable like everywhere else), counts per year, kind and role with the
strip timeline, partners as links to their own profiles, and documents
newest first (double-click shows one in the window). One window is reused
for every profile; it reads the profile from ``core.profiles`` and emits
signals for everything the main window does. All text is plain.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QListView, QMenu, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from timeline_app.core.export.profile_export import profile_sections
from timeline_app.core.profiles import NO_ROLE, Profile, load_profile
from timeline_app.core.store import Store
from timeline_app.ui.item_choice import choose_on
from timeline_app.ui.plain_text import cut, message_box, one_line, plain, rich_safe
from timeline_app.ui.profile_models import PartnerListModel, ProfileDocumentsModel
from timeline_app.ui.profile_strip import ProfileStrip
from timeline_app.ui.window_fit import fit_dialog


def describe_counts(profile: Profile) -> str:
    """Plain lines: the years covered, then events per kind and per role."""
    years = profile.by_year()
    lines = []
    if years:
        span = f"{min(years)}–{max(years)}" if len(years) > 1 else str(min(years))
        lines.append(f"Dated events from {span}, {len(years)} years with events")
    kinds = " · ".join(f"{kind} {count}" for kind, count in profile.by_kind().items())
    if kinds:
        lines.append("By kind: " + kinds)
    roles = profile.by_role()
    if set(roles) - {NO_ROLE}:
        lines.append("By role: " + " · ".join(f"{role} {count}" for role, count in roles.items()))
    return "\n".join(lines)


class ProfileView(QDialog):
    """One organisation's or person's profile; reused for each one opened."""

    profileRequested = Signal(str, int)  # entity kind, id: a partner was clicked
    documentRequested = Signal(int)  # document id
    showEventsRequested = Signal(str, int)  # filter the timeline to this entity
    renameRequested = Signal(str, int, str)  # kind, id, new name
    mergeRequested = Signal(str, int, int)  # kind, kept id, merged id

    def __init__(self, parent: QWidget | None = None, available: QRect | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileView")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.store: Store | None = None
        self.profile: Profile | None = None
        self.name_label = self._label(bold=True)
        self.names_label = self._label()
        self.counts_label = self._label()
        self.strip = ProfileStrip(self)
        self.organisations = PartnerListModel(self)
        self.people = PartnerListModel(self)
        self.documents = ProfileDocumentsModel(self)
        self.organisation_list = self._partner_view(self.organisations, "organisationPartners")
        self.people_list = self._partner_view(self.people, "peoplePartners")
        self.document_table = self._document_view()
        self.documents_label = self._label()
        self._lay_out()
        fit_dialog(self, 900, 680, available)  # smaller on a small screen

    # ---------------------------------------------------------------- build
    def _label(self, bold: bool = False) -> QLabel:
        label = plain(QLabel(self))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            label.setFont(font)
        return label

    def _partner_view(self, model: PartnerListModel, name: str) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps "(n shared events)"
        view.setCursor(Qt.CursorShape.PointingHandCursor)
        choose_on(view, lambda index, m=model: self._partner_chosen(m, index))
        return view

    def _document_view(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("profileDocuments")
        table.setModel(self.documents)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 12 * table.fontMetrics().horizontalAdvance("x"))
        choose_on(table, self._document_chosen, double_click=True)
        table.setToolTip("Double-click a document to show it in the window")
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.show_events_button = QPushButton("Show its events", self)
        self.show_events_button.setToolTip("Show only its events on the timeline")
        self.show_events_button.clicked.connect(self._show_events)
        self.rename_button = QPushButton("Rename…", self)
        self.rename_button.clicked.connect(self._ask_rename)
        self.merge_button = QPushButton("Merge into…", self)
        self.merge_button.clicked.connect(self._ask_merge)
        self.export_button = QPushButton("Export", self)
        menu = QMenu(self.export_button)
        menu.addAction("Markdown…", lambda: self._ask_export("md"))
        menu.addAction("PDF…", lambda: self._ask_export("pdf"))
        self.export_button.setMenu(menu)
        for button in (self.show_events_button, self.rename_button, self.merge_button,
                       self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title, box))
        layout.addWidget(widget)
        return box

    def _lay_out(self) -> None:
        partners = QSplitter(Qt.Orientation.Vertical, self)
        partners.addWidget(self._titled("Organisations it shares events with:",
                                        self.organisation_list))
        partners.addWidget(self._titled("People it shares events with:", self.people_list))
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(partners)
        documents = QWidget(self)
        doc_layout = QVBoxLayout(documents)
        doc_layout.setContentsMargins(0, 0, 0, 0)
        doc_layout.addWidget(self.documents_label)
        doc_layout.addWidget(self.document_table)
        lower.addWidget(documents)
        lower.setSizes([320, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.names_label)
        layout.addLayout(self._buttons())
        layout.addWidget(self.counts_label)
        layout.addWidget(self.strip)
        layout.addWidget(lower, 1)

    # -------------------------------------------------------------- showing
    def set_store(self, store: Store | None) -> None:
        self.store = store
        if store is None:
            self.hide()

    def show_entity(self, kind: str, entity_id: int) -> bool:
        """Load and show the profile of one organisation or person; False if gone."""
        profile = load_profile(self.store, kind, entity_id) if self.store is not None else None
        if profile is None:
            return False
        self.show_profile(profile)
        return True

    def reload(self) -> None:
        """Read the shown profile again (after an edit); close it if the entity is gone."""
        if self.profile is not None and self.isVisible():
            if not self.show_entity(self.profile.kind, self.profile.id):
                self.hide()

    def show_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.setWindowTitle(f"{one_line(profile.name, 120)} — Profile")
        self.name_label.setText(cut(profile.name, 300))
        self.names_label.setText(cut("\n".join(profile_sections(profile)[0][1])))
        self.counts_label.setText(describe_counts(profile))
        self.strip.set_profile(profile)
        self.organisations.set_partners(profile.organisations)
        self.people.set_partners(profile.people)
        self.documents.set_documents(profile.documents)
        shown = len(profile.documents)
        more = f" (the newest {shown} shown)" if profile.document_count > shown else ""
        self.documents_label.setText(
            f"Documents, newest first: {profile.document_count}{more}")
        self.show()
        self.raise_()

    # -------------------------------------------------------------- actions
    def _partner_chosen(self, model: PartnerListModel, index: QModelIndex) -> None:
        if index.isValid():
            partner = model.partner(index.row())
            self.profileRequested.emit(partner.kind, partner.id)

    def _document_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.documentRequested.emit(self.documents.document(index.row()).id)

    def _show_events(self) -> None:
        if self.profile is not None:
            self.showEventsRequested.emit(self.profile.kind, self.profile.id)

    def _ask_rename(self) -> None:
        profile = self.profile
        if profile is None:
            return
        new, ok = QInputDialog.getText(
            self, f"Rename {profile.noun}",
            rich_safe(f"New name (“{profile.name}” will be remembered as an alias):"),
            QLineEdit.EchoMode.Normal, profile.name)
        if ok and new.strip() and new.strip() != profile.name:
            self.renameRequested.emit(profile.kind, profile.id, new.strip())

    def _ask_merge(self) -> None:
        profile = self.profile
        if profile is None or self.store is None:
            return
        rows = (self.store.organisations() if profile.kind == "organisation"
                else self.store.people())
        others = sorted(((r["name"], r["id"]) for r in rows if r["id"] != profile.id),
                        key=lambda pair: pair[0].casefold())
        if not others:
            return
        choice, ok = QInputDialog.getItem(
            self, f"Merge {profile.noun}",
            rich_safe(f"Merge “{profile.name}” into (its events move there, "
                      "and the name becomes an alias):"), [n for n, _ in others], 0, False)
        if ok:
            self.mergeRequested.emit(profile.kind, dict(others)[choice], profile.id)

    def _ask_export(self, fmt: str) -> None:
        if self.profile is None:
            return
        wanted = "Markdown (*.md)" if fmt == "md" else "PDF (*.pdf)"
        path, _chosen = QFileDialog.getSaveFileName(
            self, "Export profile", f"{one_line(self.profile.name, 80)}.{fmt}", wanted)
        if not path:
            return
        try:
            self.export(Path(path), fmt)
        except OSError as exc:  # the open database, a folder, a full disk…
            box = message_box(QMessageBox.Icon.Warning, "Profile not exported",
                              f"Cannot write {path}: {exc.strerror or exc}.", parent=self)
            box.open()

    def export(self, path: Path, fmt: str) -> None:
        """Write the shown profile as Markdown (``md``) or PDF (``pdf``) to ``path``."""
        from timeline_app.ui.profile_export_files import write_profile_file

        if self.profile is not None:
            write_profile_file(self.profile, path, fmt)


__all__ = ["ProfileView", "describe_counts"]
