"""Markup in an imported document is only ever shown as characters.

Qt reads a tooltip, label or dialog text that looks like HTML as rich text
and fetches the images it names: a title like ``<img src="/dev/zero">``
would make the window open a local file when a row is hovered. These tests
fill a database with hostile titles, sources and names, open the window on
it and render every string a view, label or dialog would show exactly the
way Qt decides to, through a document that records each resource it is
asked to load. Nothing may be requested.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QSettings, Qt  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402  (mightBeRichText lives in QtGui)
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from timeline_app.core.collection import import_collection_file  # noqa: E402
from timeline_app.core.importing import import_paths  # noqa: E402
from timeline_app.core.models import FileResult  # noqa: E402
from timeline_app.core.store import Store  # noqa: E402

PROBE = "/nonexistent/timeline-probe.png"  # what a leak would try to open
HOSTILE_TITLE = f'<img src="file://{PROBE}">Rent strike update'
HOSTILE_ORG = f'<a href="file:///etc/passwd"><img src="{PROBE}">Union</a>'
HOSTILE_PERSON = f'&lt;img src="{PROBE}"&gt; <b>Organiser</b>'
HOSTILE_SOURCE = f'<b>Press</b><img src="{PROBE}">'


# ----------------------------------------------------------------- helpers
class _ResourceRecorder(QTextDocument):
    """A text document that records the resources it is asked for, loading none."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, url):  # noqa: N802 - Qt override
        self.requested.append(url.toString())
        return None


def requested_resources(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText
                        ) -> list[str]:
    """The resources Qt would fetch to show ``text`` in a widget with this format."""
    rich = (text_format == Qt.TextFormat.RichText
            or (text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)))
    document = _ResourceRecorder()
    if rich:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    document.size()  # laying the text out is when images are fetched
    return document.requested


def shown_as(text: str) -> str:
    """The characters a widget that guesses the format shows for ``text``."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def _hostile_collection(path: Path) -> Path:
    """A valid collection whose every shown string carries markup."""
    text = "Tenants began a rent strike on 3 March 2021 across the city."
    data = {
        "format": "timeline-app", "version": 1,
        "documents": [{
            "id": 1, "title": HOSTILE_TITLE, "source": HOSTILE_SOURCE,
            "path": f"/archive/<img src='{PROBE}'>.txt", "published": "2021-03-03",
            "published_precision": "day", "text": text,
            "organisations": [HOSTILE_ORG], "people": [HOSTILE_PERSON],
        }],
        "events": [{
            "id": 1, "document_id": 1, "main": True, "title": HOSTILE_TITLE,
            "kind": "strike", "start": "2021-03-03", "end": None, "precision": "day",
            "organisations": [HOSTILE_ORG, "Tenants Union"], "people": [HOSTILE_PERSON],
            "evidence": "began a rent strike on 3 March 2021", "confidence": 0.9,
        }],
        "organisations": [{"name": HOSTILE_ORG, "acronym": "<i>U</i>", "aliases": []}],
        "people": [{"name": HOSTILE_PERSON, "role": f'<img src="{PROBE}">'}],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def hostile_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "hostile.db")
    result = import_collection_file(store, _hostile_collection(tmp_path / "hostile.json"))
    assert result.status == "imported", result.reason
    # The same kind of title reaching the store through a reader.
    txt = tmp_path / "rent.txt"
    txt.write_text(f"{HOSTILE_TITLE}\n\nTenants walked out on 4 March 2021 in protest.\n",
                   encoding="utf-8")
    assert import_paths(store, [txt]).count("imported") == 1
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def window(qtbot, hostile_store: Store, tmp_path: Path):
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.tasks import TaskRunner

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    built = MainWindow(hostile_store, settings=settings, runner=TaskRunner(synchronous=True))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    return built


def _model_strings(view: QAbstractItemView) -> Iterator[tuple[str, int, str]]:
    """(where, role, text) for every cell of the view's model, in both roles."""
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # list models keep columnCount private: one column
        columns = 1
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield f"{view.objectName() or type(view).__name__}[{row},{column}]", role, value


def _leaks_in_views(root: QWidget) -> tuple[list[str], list[str]]:
    """Every display text shown, and every leak found, in the item views under ``root``."""
    shown, leaks = [], []
    for view in root.findChildren(QAbstractItemView):
        for where, role, text in _model_strings(view):
            if role == Qt.ItemDataRole.DisplayRole:
                shown.append(text)
                # Item views paint display text as plain characters.
                fmt = Qt.TextFormat.PlainText
            else:
                fmt = Qt.TextFormat.AutoText  # how QToolTip decides
            if requested_resources(text, fmt):
                leaks.append(f"{where} role {role}: {text!r}")
    return shown, leaks


def _leaks_in_widgets(root: QWidget) -> list[str]:
    """Leaks in the tooltips, labels and text editors of every widget under ``root``."""
    leaks = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.toolTip() and requested_resources(widget.toolTip()):
            leaks.append(f"tooltip of {widget.objectName() or type(widget).__name__}: "
                         f"{widget.toolTip()!r}")
    for label in root.findChildren(QLabel):
        if requested_resources(label.text(), label.textFormat()):
            leaks.append(f"label {label.objectName() or '?'}: {label.text()!r}")
    for editor in root.findChildren(QTextEdit):
        if "<img" in editor.toHtml():
            leaks.append(f"text editor {editor.objectName() or '?'}")
    return leaks


def _every_event_id(store: Store) -> list[int]:
    return [row[0] for row in store.db.execute("SELECT id FROM events ORDER BY id")]


# ------------------------------------------------------------------ tests
def test_the_recorder_sees_what_an_unescaped_tooltip_would_load(qapp):
    assert requested_resources(HOSTILE_TITLE) == [f"file://{PROBE}"] * len(
        requested_resources(HOSTILE_TITLE))
    assert requested_resources(HOSTILE_TITLE)
    assert not requested_resources(HOSTILE_TITLE, Qt.TextFormat.PlainText)


def test_no_view_label_or_tooltip_in_the_window_asks_for_a_resource(window, hostile_store):
    window.select_events(_every_event_id(hostile_store)[:1])
    shown, leaks = _leaks_in_views(window)
    leaks += _leaks_in_widgets(window)
    # With a filter on the hostile organisation its name reaches the status tooltip too.
    org_id = hostile_store.db.execute("SELECT id FROM organisations").fetchone()[0]
    window.filter_pane.show_only("organisation", org_id)
    more_shown, more_leaks = _leaks_in_views(window)
    leaks += more_leaks + _leaks_in_widgets(window)
    assert leaks == []
    # The walk did meet the hostile strings, shown as the characters they are.
    everything = "\n".join(shown + more_shown)
    assert HOSTILE_TITLE in everything
    assert HOSTILE_ORG in everything
    assert HOSTILE_PERSON in everything


def test_the_tooltips_show_the_markup_as_written(window, hostile_store):
    from timeline_app.ui.event_table import TITLE

    model = window.table_model
    tips = [model.data(model.index(row, TITLE), Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount())]
    assert shown_as(tips[0]) == HOSTILE_TITLE


def test_canvas_tooltips_of_every_event_ask_for_nothing(window, hostile_store):
    for event_id in _every_event_id(hostile_store):
        assert requested_resources(window.canvas.describe_event(event_id)) == []


def test_the_rename_and_merge_dialogs_quote_a_name_literally(window, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda parent, title, label, *rest: (asked.append(label), ("", False))[1])
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, *rest: (asked.append(label), ("", False))[1])
    for entity_list in (window.filter_pane.people, window.filter_pane.organisations):
        for record_id, name in entity_list.labels().items():
            entity_list._ask_rename(record_id, name)
            entity_list._ask_merge(record_id, name)
    for label in asked:  # QInputDialog's label guesses the format
        assert requested_resources(label) == []
    assert any(HOSTILE_ORG in shown_as(label) for label in asked), "no dialog named it"


def test_a_problem_naming_a_document_is_shown_as_plain_text(window):
    # Recorded as shown: a status tip of whatever lies under the pointer may
    # replace the message as soon as the box opens.
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    window.report_problem("Cannot rename", f"“{HOSTILE_TITLE}” is taken")
    boxes = window.findChildren(QMessageBox)
    assert boxes
    for box in boxes:
        assert requested_resources(box.text(), box.textFormat()) == []
    assert any(HOSTILE_TITLE in message for message in shown)


def test_the_import_dialog_lists_hostile_file_names_and_reasons_literally(qtbot, tmp_path):
    from timeline_app.ui.import_dialog import ImportDialog
    from timeline_app.ui.tasks import TaskRunner

    dialog = ImportDialog(tmp_path / "x.db", TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog._one_result(FileResult(f"/in/{HOSTILE_TITLE}.txt", "failed",
                                  reason=f"cannot read: {HOSTILE_ORG}"))
    shown, leaks = _leaks_in_views(dialog)
    assert leaks + _leaks_in_widgets(dialog) == []
    assert f"/in/{HOSTILE_TITLE}.txt" in shown
