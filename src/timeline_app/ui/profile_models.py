"""Qt models over a profile's partners and documents (plain values from core).

Document titles and names come from imported documents: they are handed to
Qt as display data only (item views draw it as plain text) and as escaped
tooltips.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, \
    QPersistentModelIndex, Qt

from timeline_app.core.profiles import Partner, ProfileDocument
from timeline_app.ui.plain_text import cut, tooltip

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PartnerListModel(QAbstractListModel):
    """Organisations or people sharing events, with how many, most first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._partners: tuple[Partner, ...] = ()

    def set_partners(self, partners: tuple[Partner, ...]) -> None:
        self.beginResetModel()
        self._partners = partners
        self.endResetModel()

    def partner(self, row: int) -> Partner:
        return self._partners[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._partners)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        partner = self._partners[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            shared = f"{partner.shared} shared event{'s' if partner.shared != 1 else ''}"
            return f"{cut(partner.name, 200)}  ({shared})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{partner.name}: open its profile")
        if role == ID_ROLE:
            return partner.id
        return None


class ProfileDocumentsModel(QAbstractTableModel):
    """The profile's documents, newest first: date, title, source."""

    HEADERS = ("Published", "Title", "Source")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: tuple[ProfileDocument, ...] = ()

    def set_documents(self, documents: tuple[ProfileDocument, ...]) -> None:
        self.beginResetModel()
        self._documents = documents
        self.endResetModel()

    def document(self, row: int) -> ProfileDocument:
        return self._documents[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document = self._documents[index.row()]
        values = (document.published or "undated", document.title, document.source)
        if role == Qt.ItemDataRole.DisplayRole:
            return cut(values[index.column()], 300)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(values[index.column()])
        if role == ID_ROLE:
            return document.id
        return None


__all__ = ["ID_ROLE", "PartnerListModel", "ProfileDocumentsModel"]
