"""Import results lead somewhere: a double-click or "Show Events" brings the
file's events into the window, and a failure's reason is shown whole and can
be copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from timeline_app.core.filters import EventFilter
from timeline_app.core.models import FileResult
from timeline_app.ui.import_dialog import ImportDialog
from timeline_app.ui.tasks import TaskRunner

from conftest import write_fees_march_pages

LONG_REASON = ("cannot read: the PDF's cross-reference table is damaged, so its pages cannot "
               "be found; open it in a PDF viewer and save a copy, then import the copy — "
               "the end of this reason must stay readable")


def _walkout_file(tmp_path: Path) -> Path:
    path = tmp_path / "walkout.txt"
    path.write_text("Lecturers walk out\n\n3 March 2019\n\nLecturers walked out of their "
                    "classes on 3 March 2019 over pay.", encoding="utf-8")
    return path


def _row_of(dialog: ImportDialog, name: str) -> int:
    table = dialog.results
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text().endswith(name))


def _click_row(qtbot, dialog: ImportDialog, row: int, double: bool = False) -> None:
    table = dialog.results
    rect = table.visualItemRect(table.item(row, 2))
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    if double:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _imported_into_window(qtbot, tmp_path, hand_store, make_window):
    window = make_window(hand_store)
    dialog = window.import_paths([_walkout_file(tmp_path)])
    qtbot.waitUntil(lambda: not dialog.running)
    document_id = next(d["id"] for d in hand_store.documents()
                       if d["path"].endswith("walkout.txt"))
    return window, dialog, document_id


def test_double_clicking_an_imported_file_selects_its_events_in_the_window(
        qtbot, tmp_path, hand_store, make_window):
    window, dialog, document_id = _imported_into_window(qtbot, tmp_path, hand_store, make_window)
    # A filter that hides the new event: showing it clears the filter.
    nus = hand_store.find_organisation_ids("National Union of Students")[0]
    window.filter_pane.set_filter(EventFilter(organisation_ids=(nus,)))
    expected = list(hand_store.document_event_ids(document_id))
    assert expected and not set(expected) & set(window.columns["ids"])
    _click_row(qtbot, dialog, _row_of(dialog, "walkout.txt"), double=True)
    assert window.selected_ids() == expected
    assert window.detail_pane.title_edit.text() == hand_store.events(ids=expected)[0]["title"]
    assert "filters cleared" in window.statusBar().currentMessage()


def test_the_show_events_button_follows_the_selected_row(qtbot, tmp_path, hand_store,
                                                       make_window):
    window, dialog, document_id = _imported_into_window(qtbot, tmp_path, hand_store, make_window)
    assert not dialog.show_button.isEnabled()  # nothing chosen yet
    _click_row(qtbot, dialog, _row_of(dialog, "walkout.txt"))
    assert dialog.show_button.isEnabled()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert window.selected_ids() == list(hand_store.document_event_ids(document_id))


def test_a_failed_file_has_no_events_to_show(qtbot, tmp_path):
    dialog = ImportDialog(tmp_path / "x.db", TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._one_result(FileResult("/in/broken.pdf", "failed", reason=LONG_REASON))
    _click_row(qtbot, dialog, 0)
    assert not dialog.show_button.isEnabled()


def test_a_long_failure_reason_wraps_whole_and_can_be_copied(qtbot, tmp_path):
    dialog = ImportDialog(tmp_path / "x.db", TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.resize(640, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._one_result(FileResult("/in/good.txt", "imported", document_id=1, events=2))
    dialog._one_result(FileResult("/in/broken.pdf", "failed", reason=LONG_REASON))
    table = dialog.results
    row = _row_of(dialog, "broken.pdf")
    cell = table.item(row, 2)
    assert cell.text() == LONG_REASON
    assert "the end of this reason must stay readable" in cell.toolTip()
    # The row grew to hold the wrapped reason: taller than the one-line row above.
    qtbot.waitUntil(lambda: table.rowHeight(row) >= 2 * table.rowHeight(0))
    width = table.columnWidth(2)
    lines = table.rowHeight(row) // table.fontMetrics().lineSpacing()
    assert lines * width >= table.fontMetrics().horizontalAdvance(LONG_REASON)

    _click_row(qtbot, dialog, row)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == f"Failed\t/in/broken.pdf\t{LONG_REASON}"


def test_show_events_selects_the_event_a_report_was_joined_into(qtbot, tmp_path, hand_store,
                                                                make_window):
    """The article's report of the march joined the release's event: showing
    the article's events selects that event, not the hidden report."""
    release, article = write_fees_march_pages(tmp_path)
    window = make_window(hand_store)
    dialog = window.import_paths([release, article])
    qtbot.waitUntil(lambda: not dialog.running)
    article_id = next(d["id"] for d in hand_store.documents() if d["path"].endswith("article.txt"))
    report = hand_store.document_event_ids(article_id)[0]
    joined_into = hand_store.event_row(report)["consolidated_into"]
    assert joined_into is not None  # the article is a second source of the march
    _click_row(qtbot, dialog, _row_of(dialog, "article.txt"))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert window.selected_ids() == [joined_into]
    assert window.detail_pane.sources.summary.text() == "2 sources"
