"""The sentence an event came from is in view when the event is chosen,
even on a small screen where the event pane first opens with that choice."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from timeline_app.core.store import Store

from conftest import add_hand_document

FILLER = "".join(f"Paragraph {i} of the background that the page gives first.\n\n"
                 for i in range(60))
EVIDENCE = "students occupied the library on 3 March 2019"
#: Near the end, as on many pages (comment boxes and footers follow).
TEXT = (f"Library occupation.\n\n{FILLER}On the day, {EVIDENCE}.\n\n"
        "No comments:\n\nPost a Comment\n\nShare this page\n\nNewer Post Older Post Home\n")


@pytest.fixture
def long_store(tmp_path):
    store = Store.open(tmp_path / "long.db")
    add_hand_document(store, TEXT, "Occupation", "2019-03-04", [
        ("Students occupy the library", "occupation", "2019-03-03", "day", EVIDENCE, ()),
    ])
    yield store
    store.close()


def _evidence_visible(view) -> bool:
    selections = view.extraSelections()
    cursor = QTextCursor(selections[-1].cursor)
    cursor.setPosition(cursor.selectionStart())
    top = view.cursorRect(cursor).top()
    return 0 <= top and top + view.fontMetrics().height() <= view.viewport().height()


@pytest.mark.parametrize("size", [(1024, 640), (1366, 768)])
def test_the_evidence_is_in_view_when_the_pane_opens_with_the_first_choice(
        long_store, make_window, qtbot, size):
    window = make_window(long_store)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    event_id = window.canvas.data().ids[0]
    window.select_events([int(event_id)])
    view = window.detail_pane.text_view
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().height() > 0)
    qtbot.wait(50)
    assert view.evidence_selection_text() == EVIDENCE
    assert _evidence_visible(view)


def test_after_the_reader_scrolls_a_resize_leaves_their_place(long_store, make_window, qtbot):
    window = make_window(long_store)
    window.select_events([int(window.canvas.data().ids[0])])
    view = window.detail_pane.text_view
    qtbot.waitUntil(lambda: view.isVisible())
    bar = view.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderToMinimum)
    window.resize(window.width() - 40, window.height() - 40)
    qtbot.wait(50)
    assert bar.value() == 0
