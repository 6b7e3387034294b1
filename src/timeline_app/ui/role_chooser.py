"""The roles of the selected event's organisations and people, each with a chooser.

Shown inside the detail pane: one row per linked name with the part it
plays (organiser, supporter, target, mentioned). Choosing another role
emits ``roleChosen``; the window makes the undoable edit. Names come from
documents, so they are shown as plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from timeline_app.core.models import ROLES
from timeline_app.ui.plain_text import plain_label, tooltip

ROLE_LABELS = {"organiser": "Organiser", "supporter": "Supporter", "target": "Target",
               "mentioned": "Mentioned"}
_ROLE_HELP = {
    "organiser": "ran the event (organised, called, led it)",
    "supporter": "joined, backed or signed it",
    "target": "the event was aimed at it (a protest against or outside it, demands of it)",
    "mentioned": "only named in the text",
}


class RoleChooser(QWidget):
    """One row per link of an event: the name and a role chooser."""

    roleChosen = Signal(str, int, str)  # "organisation"/"person", id, role

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleChooser")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._boxes: dict[tuple[str, int], QComboBox] = {}
        self._empty = QLabel("<i>no organisations or people</i>", self)
        self._empty.setTextFormat(Qt.TextFormat.RichText)

    def show_links(self, links: list[dict]) -> None:
        """Show ``links`` ({kind, id, name, role, by_user}) of the current event."""
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None and widget is not self._empty:
                widget.deleteLater()
        self._boxes.clear()
        if not links:
            self._grid.addWidget(self._empty, 0, 0)
            self._empty.show()
            return
        self._empty.hide()
        for row, link in enumerate(links):
            suffix = "" if link["kind"] == "organisation" else " (person)"
            name = plain_label(link["name"] + suffix, self)
            name.setWordWrap(True)
            name.setToolTip(tooltip(link["name"]))
            box = QComboBox(self)
            box.setAccessibleName(f"Role of {link['name']}")
            for role in ROLES:
                box.addItem(ROLE_LABELS[role], role)
                box.setItemData(box.count() - 1, _ROLE_HELP[role], Qt.ItemDataRole.ToolTipRole)
            box.setCurrentIndex(max(0, box.findData(link["role"])))
            box.setToolTip("Set by you" if link["by_user"] else "Read from the text")
            box.activated.connect(
                lambda _index, k=link["kind"], i=link["id"], b=box, r=link["role"]:
                self._chosen(k, i, b, r))
            self._boxes[(link["kind"], link["id"])] = box
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(box, row, 1)

    def box_for(self, kind: str, entity_id: int) -> QComboBox | None:
        """The chooser of one link (tests and accessibility)."""
        return self._boxes.get((kind, entity_id))

    def _chosen(self, kind: str, entity_id: int, box: QComboBox, shown: str) -> None:
        role = box.currentData()
        if role != shown:
            self.roleChosen.emit(kind, entity_id, role)
