"""The detail pane leads out: the document's own file opens with the
desktop's default application (only a real document file, never a program),
and organisation names wrap whole in a narrow pane instead of being cut off."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl

from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store
from timeline_app.ui import source_file
from timeline_app.ui.detail_pane import DetailPane

from conftest import add_hand_document

UCL_TEXT = ("Staff at University College London walked out on 3 March 2019, joined by "
            "King's College London and Goldsmiths, University of London.")
NAMES = ("University College London", "King's College London",
         "Goldsmiths, University of London", "School of Oriental and African Studies")


class _Desktop:
    """Stands in for QDesktopServices: records what would have been opened."""

    opened: list[QUrl] = []

    @classmethod
    def openUrl(cls, url: QUrl) -> bool:  # noqa: N802
        cls.opened.append(url)
        return True


@pytest.fixture
def desktop(monkeypatch):
    _Desktop.opened = []
    monkeypatch.setattr(source_file, "QDesktopServices", _Desktop)
    return _Desktop


def _pane(qtbot, store: Store, width: int = 420) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(width, 800)
    pane.set_store(store)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _imported_file(tmp_path: Path, store: Store, name: str = "walkout.txt") -> Path:
    path = tmp_path / name
    path.write_text("Lecturers walk out\n\n3 March 2019\n\nLecturers walked out of their "
                    "classes on 3 March 2019 over pay.", encoding="utf-8")
    import_paths(store, [path])
    return path


def test_open_file_opens_the_documents_file_with_the_default_application(
        qtbot, tmp_path, fresh_store, desktop):
    path = _imported_file(tmp_path, fresh_store)
    pane = _pane(qtbot, fresh_store)
    pane.show_event(fresh_store.matching_event_ids()[0])
    assert pane.open_file_button.isEnabled()
    qtbot.mouseClick(pane.open_file_button, Qt.MouseButton.LeftButton)
    assert desktop.opened == [QUrl.fromLocalFile(str(path))]


def test_a_file_that_is_gone_or_became_a_program_is_never_opened(
        qtbot, tmp_path, fresh_store, desktop):
    path = _imported_file(tmp_path, fresh_store)
    pane = _pane(qtbot, fresh_store)
    event_id = fresh_store.matching_event_ids()[0]
    path.chmod(0o755)  # now executable: opening it could run it
    pane.show_event(event_id)
    assert not pane.open_file_button.isEnabled()
    path.unlink()
    path.mkdir()  # now a folder
    pane.show_event(event_id)
    assert not pane.open_file_button.isEnabled()
    qtbot.mouseClick(pane.open_file_button, Qt.MouseButton.LeftButton)
    assert desktop.opened == []


def test_a_path_the_document_only_claims_is_not_opened(qtbot, fresh_store, desktop):
    add_hand_document(fresh_store, UCL_TEXT, "UCL walkout", "2019-03-03", [
        ("UCL walkout", "walkout", "2019-03-03", "day", "walked out on 3 March 2019", NAMES)])
    pane = _pane(qtbot, fresh_store)
    pane.show_event(fresh_store.matching_event_ids()[0])  # its path is /archive/…, not here
    assert not pane.open_file_button.isEnabled()
    assert "not on this computer" in pane.open_file_button.toolTip()


@pytest.mark.parametrize("claimed", ["relative/walkout.txt", "/bin/sh", "/etc", "",
                                     "/tmp/\x00.txt"])
def test_only_existing_document_files_are_openable(claimed):
    assert source_file.openable_file(claimed) is None


@pytest.mark.parametrize("width", [220, 260, 320])
def test_organisation_names_wrap_whole_in_a_narrow_pane(qtbot, fresh_store, width):
    add_hand_document(fresh_store, UCL_TEXT, "UCL walkout", "2019-03-03", [
        ("UCL walkout", "walkout", "2019-03-03", "day", "walked out on 3 March 2019", NAMES)])
    pane = _pane(qtbot, fresh_store, width)
    pane.show_event(fresh_store.matching_event_ids()[0])
    links = pane.org_links
    viewport = links.parentWidget().parentWidget()  # the scroll area's viewport
    qtbot.waitUntil(lambda: links.height() >= links.heightForWidth(links.width()))
    right_edge = links.mapTo(viewport, QPoint(links.width(), 0)).x()
    assert right_edge <= viewport.width()  # nothing of the names is beyond the pane's edge
    widest_word = max(links.fontMetrics().horizontalAdvance(word)
                      for name in NAMES for word in name.split())
    assert links.width() >= widest_word  # "London" is never cut from its line
    # The names are still links: a real click on the first one filters by it.
    with qtbot.waitSignal(pane.entityClicked) as clicked:
        qtbot.mouseClick(links, Qt.MouseButton.LeftButton,
                         pos=QPoint(links.fontMetrics().horizontalAdvance("Uni"),
                                    links.fontMetrics().height() // 2))
    first_link = re.search(r'href="organisation:(\d+)"', links.text())
    assert clicked.args == ["organisation", int(first_link.group(1))]


LONG_NAME = "gather9b_12_behindchalkline_students_march_for_better_education_2011"


def test_a_long_file_path_shows_its_file_name_not_cut_off_at_the_pane_edge(qtbot, fresh_store):
    """A path has no spaces to wrap at: in a 300-pixel pane the File line
    was cut at the edge and the file name itself was lost."""
    from PySide6.QtWidgets import QLabel

    add_hand_document(fresh_store, UCL_TEXT, LONG_NAME, "2019-03-04", [
        ("Staff walk out", "walkout", "2019-03-03", "day", "walked out on 3 March 2019", ()),
    ])
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(300, 700)
    pane.set_store(fresh_store)
    pane.show()
    pane.show_event(fresh_store.matching_event_ids()[-1])
    qtbot.waitExposed(pane)
    qtbot.wait(20)
    label = next((w for w in pane.findChildren(QLabel)
                  if w.isVisible() and "File:" in w.text()), None)
    assert label is not None, "no visible label in the pane shows the document's File line"
    shown = next((line for line in label.text().splitlines() if line.startswith("File:")), None)
    assert shown is not None, f"the File line is missing from the label: {label.text()!r}"
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width(), (
        f"the File line {shown!r} is wider than its label: cut off at the pane's edge")
    assert shown.startswith("File: /") and shown.endswith("_2011.txt"), (
        f"the File line {shown!r} lost its start or the file name's end")  # both ends in view
    assert f"/archive/{LONG_NAME}.txt" in label.toolTip()
