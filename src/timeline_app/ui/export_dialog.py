"""File ▸ Export…: what the current filters show, in a chosen format.

Data formats come from ``core.export.FORMATS`` (writer(store, filter,
binary stream)); pictures of the canvas from ``ui.image_export.IMAGE_FORMATS``
(writer(canvas, path, caption)) when that module is present. Both write
through ``core.export.atomic_file.write_atomically``, so a failed export
never leaves a half-written file where a good one was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.export import FORMATS
from timeline_app.core.export.atomic_file import LiveDatabaseTargetError, write_atomically
from timeline_app.core.filters import EventFilter
from timeline_app.core.store import Store
from timeline_app.ui.plain_text import message_box

_DESCRIPTIONS = {
    "json": "JSON collection (re-importable, shareable)",
    "csv": "CSV spreadsheet",
    "ics": "iCalendar (calendar apps)",
    "graphml": "GraphML network of organisations and people",
    "gexf": "GEXF network for Gephi",
    "md": "Markdown chronology",
    "markdown": "Markdown chronology",
    "html": "HTML page",
    "png": "PNG picture of the timeline",
    "svg": "SVG picture of the timeline",
    "pdf": "PDF of the timeline",
}


def image_formats() -> dict[str, Any]:
    """The canvas picture writers, or none if that module is not there."""
    try:
        from timeline_app.ui.image_export import IMAGE_FORMATS
    except ImportError:
        return {}
    return dict(IMAGE_FORMATS)


def export(store: Store, event_filter: EventFilter, canvas: QWidget | None, fmt: str,
           path: Path) -> None:
    """Write ``fmt`` to ``path``; raises OSError (or the writer's error)."""
    images = image_formats()
    if fmt in FORMATS:
        write_atomically(path, lambda handle: FORMATS[fmt](store, event_filter, handle))
    elif fmt in images and canvas is not None:
        caption = None
        try:
            from timeline_app.ui.image_export import default_caption

            caption = default_caption(canvas, event_filter.describe())
        except (ImportError, TypeError):
            pass
        images[fmt](canvas, path, caption)  # writes atomically itself
    else:
        raise ValueError(f"Unknown export format {fmt!r}.")


class ExportDialog(QDialog):
    """Choose a format and a file; the window's filter decides what is written."""

    def __init__(self, store: Store, event_filter: EventFilter, canvas: QWidget | None,
                 shown: int, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.store, self.event_filter, self.canvas = store, event_filter, canvas
        self.folder = folder or str(Path.home())
        #: The message box refusing an export over the open database, when shown.
        self.refusal: QMessageBox | None = None
        self.format_box = QComboBox(self)
        names = list(FORMATS) + [n for n in image_formats() if n not in FORMATS]
        for name in names:
            self.format_box.addItem(f"{_DESCRIPTIONS.get(name, name.upper())} (.{name})", name)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.path_edit = QLineEdit(self)
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        what = QLabel(f"{shown} event{'s' if shown != 1 else ''} — "
                      f"{event_filter.describe()}", self)
        what.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow("What:", what)
        form.addRow("&Format:", self.format_box)
        form.addRow("F&ile:", path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._format_changed()
        self.resize(560, self.sizeHint().height())

    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def _format_changed(self) -> None:
        current = self.path_edit.text().strip()
        base = Path(current) if current else Path(self.folder) / "timeline"
        self.path_edit.setText(str(base.with_suffix(f".{self.fmt}")))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export To", self.path_edit.text(),
                                              f"{self.fmt.upper()} (*.{self.fmt})")
        if path:
            self.path_edit.setText(path)

    def _export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._show_error("Choose a file to export to.")
            return
        path = Path(text).expanduser()
        try:
            export(self.store, self.event_filter, self.canvas, self.fmt, path)
        except LiveDatabaseTargetError as exc:
            self.refusal = message_box(QMessageBox.Icon.Warning, "Not exported",
                                       f"Cannot export to {path}: {exc}.", parent=self)
            self.refusal.open()
            return
        except OSError as exc:
            self._show_error(f"Cannot write {path}: {exc.strerror or exc}.")
            return
        except Exception as exc:  # noqa: BLE001 - writers raise their own sentences
            self._show_error(str(exc))
            return
        self.written = path
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
