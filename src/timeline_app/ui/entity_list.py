"""A searchable, checkable list of organisations or people with event counts.

The filter pane shows two of these. Checks live in the source model, so
searching the list never loses them; renaming and merging start from the
list's context menu and leave as signals (the window does the edit).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.name_similarity import most_similar
from timeline_app.ui.count_elide import CountKeepingDelegate
from timeline_app.ui.plain_text import menu_text, message_box, rich_safe, tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
#: The merge list's first entry when no name is similar: choosing it merges nothing.
_CHOOSE = "(choose a name)"


class EntityList(QWidget):
    """A searchable, checkable list of organisations or people with counts.

    Checked entries combine with OR ("any of"). Checks live in the source
    model, so searching the list never loses them.
    """

    changed = Signal()
    renameRequested = Signal(int, str)  # id, new name
    mergeRequested = Signal(int, int)  # keep id, merged id
    profileRequested = Signal(int)  # id: double-click or the context menu's "Profile"

    def __init__(self, noun: str, plural: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun, self.plural = noun, plural
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(NAME_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(f"Find {noun}…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.sort_box = QComboBox(self)
        self.sort_box.addItems(["by count", "by name"])
        self.sort_box.setToolTip(f"Sort {plural} by number of events or by name")
        self.sort_box.currentIndexChanged.connect(self._resort)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda index: self.profileRequested.emit(
            index.data(ID_ROLE)))
        self.view.setAccessibleName(plural.capitalize())
        self.view.setMinimumHeight(90)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegate(CountKeepingDelegate(NAME_ROLE, COUNT_ROLE, self.view))
        self._filling = False  # checks being set by code, not clicked
        self.extra_menu: Callable[[QMenu, str], None] | None = None
        self.model.itemChanged.connect(self._item_changed)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.sort_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._resort()

    # ------------------------------------------------------------ content
    def set_entities(self, rows: list[dict]) -> None:
        """Replace the list, keeping what was checked (entries without events are left out)."""
        checked = set(self.checked_ids())
        # Not blockSignals: the proxy must see the rows arrive.
        self._filling = True
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            if not row["events"]:
                continue
            item = QStandardItem(f"{row['name']}  ({row['events']})")
            item.setData(int(row["id"]), ID_ROLE)
            item.setData(int(row["events"]), COUNT_ROLE)
            item.setData(row["name"], NAME_ROLE)
            tip = row["name"]
            if row.get("role"):
                tip += f" — {row['role']}"
            if row.get("acronym") and row["acronym"] != row["name"]:
                tip += f" ({row['acronym']})"
            item.setToolTip(tooltip(tip))
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if row["id"] in checked
                               else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self._filling = False
        self._resort()

    def _items(self):
        return (self.model.item(r) for r in range(self.model.rowCount()))

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(item.data(ID_ROLE) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def labels(self) -> dict[int, str]:
        return {item.data(ID_ROLE): item.data(NAME_ROLE) for item in self._items()}

    def set_checked(self, ids: tuple[int, ...] | list[int]) -> None:
        wanted = set(ids)
        self._filling = True
        try:
            for item in self._items():
                state = (Qt.CheckState.Checked if item.data(ID_ROLE) in wanted
                         else Qt.CheckState.Unchecked)
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._filling = False

    def _item_changed(self, _item: QStandardItem) -> None:
        if not self._filling:
            self.changed.emit()

    def _resort(self) -> None:
        if self.sort_box.currentIndex() == 0:
            self.proxy.setSortRole(COUNT_ROLE)
            self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        else:
            self.proxy.setSortRole(NAME_ROLE)
            self.proxy.sort(0, Qt.SortOrder.AscendingOrder)

    # ------------------------------------------------------- context menu
    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        record_id = index.data(ID_ROLE)
        name = index.data(NAME_ROLE)
        menu = QMenu(self)
        menu.addAction("Profile…", lambda: self.profileRequested.emit(record_id))
        menu.addAction(f"Show only “{menu_text(name)}”", lambda: self._only(record_id))
        menu.addSeparator()
        menu.addAction(f"Rename {self.noun}…", lambda: self._ask_rename(record_id, name))
        menu.addAction(f"Merge into another {self.noun}…", lambda: self._ask_merge(record_id, name))
        if self.extra_menu is not None:  # entries the window adds (colour, compare)
            self.extra_menu(menu, name)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _only(self, record_id: int) -> None:
        self.set_checked([record_id])
        self.changed.emit()

    def _ask_rename(self, record_id: int, name: str) -> None:
        new, ok = QInputDialog.getText(
            self, f"Rename {self.noun}",
            rich_safe(f"New name (“{name}” will be remembered as an alias for future imports):"),
            QLineEdit.EchoMode.Normal, name)
        if ok and new.strip() and new.strip() != name:
            self.renameRequested.emit(record_id, new.strip())

    def _ask_merge(self, record_id: int, name: str) -> None:
        """Ask which name to merge into (starting on the most similar one, or
        on no name at all), then ask once more before merging."""
        others = sorted(((n, i) for i, n in self.labels().items() if i != record_id),
                        key=lambda pair: pair[0].casefold())
        if not others:
            return
        names = [n for n, _ in others]
        similar = most_similar(name, names)
        if similar is None:
            names.insert(0, _CHOOSE)
        choice, ok = QInputDialog.getItem(
            self, f"Merge {self.noun}",
            rich_safe(f"Merge “{name}” into (its events move there, "
                      "and the name becomes an alias):"),
            names, similar or 0, False)
        if ok and choice != _CHOOSE and self._confirm_merge(name, choice):
            self.mergeRequested.emit(dict(others)[choice], record_id)

    def _confirm_merge(self, name: str, into: str) -> bool:
        box = message_box(
            QMessageBox.Icon.Question, f"Merge {self.noun}",
            f"Merge “{name}” into “{into}”?\n\nEvery event of “{name}” moves to “{into}”, and "
            f"“{name}” is remembered as an alias for later imports. Edit ▸ Undo takes it back.",
            QMessageBox.StandardButton.Cancel, self)
        merge = box.addButton("&Merge", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter does not merge
        box.exec()
        return box.clickedButton() is merge

__all__ = ["EntityList", "ID_ROLE", "COUNT_ROLE", "NAME_ROLE"]
