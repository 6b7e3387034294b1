"""The event pane on a small screen: the page an event came from gets a fair
share of the pane's height (at 1024x640 it was squeezed to four lines under
a long form), the form never needs sideways scrolling, and the list of the
document's other events only takes room when there are other events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from timeline_app.core.store import Store
from timeline_app.ui.window_fit import fit_window

from conftest import add_hand_document

PAGE = "".join(f"Paragraph {i} of the background the page gives first.\n\n" for i in range(30))
EVIDENCE = "students occupied the library on 3 March 2019"
SECOND = "they marched to the vice-chancellor's office on 5 March 2019"


@pytest.fixture
def page_store(tmp_path):
    """One page with two events and one page with a single event."""
    store = Store.open(tmp_path / "pages.db")
    add_hand_document(store, f"Library occupation.\n\n{PAGE}On the day, {EVIDENCE}; "
                      f"then {SECOND}.", "Occupation", "2019-03-06", [
                          ("Students occupy the library", "occupation", "2019-03-03", "day",
                           EVIDENCE, ("University College London Students' Union",)),
                          ("March to the office", "protest", "2019-03-05", "day", SECOND, ()),
                      ])
    add_hand_document(store, f"A vote.\n\n{PAGE}Members voted to strike on 9 May 2019.",
                      "Vote", "2019-05-10", [
                          ("Members vote to strike", "vote", "2019-05-09", "day",
                           "Members voted to strike on 9 May 2019", ()),
                      ])
    yield store
    store.close()


def _show(window, qtbot, title: str):
    data = window.canvas.data()
    event_id = next(int(i) for n, i in enumerate(data.ids) if data.title_of(n) == title)
    window.select_events([event_id])
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.text_view.isVisible() and pane.event_id == event_id)
    qtbot.wait(50)
    return pane


@pytest.mark.parametrize("size", [(1024, 640), (1366, 768)])
def test_on_a_small_screen_the_page_gets_a_fair_share_of_the_event_pane(
        page_store, make_window, qtbot, size):
    window = make_window(page_store)
    fit_window(window, QRect(0, 0, *size))
    pane = _show(window, qtbot, "Students occupy the library")
    text_height = pane.text_view.viewport().height()
    line = pane.text_view.fontMetrics().lineSpacing()
    assert text_height >= pane.height() * 0.35, (
        f"the page has {text_height}px of the {pane.height()}px pane: "
        f"{text_height // line} lines of text beside a form of {pane.splitter.widget(0).height()}px")
    assert text_height >= 8 * line
    # The form is readable without scrolling sideways: the buttons are inside it.
    assert not pane.splitter.widget(0).horizontalScrollBar().isVisible(), "the form scrolls sideways"
    viewport = pane.splitter.widget(0).viewport()
    for button in (pane.delete_event_button, pane.delete_document_button):
        right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right <= viewport.width(), f"{button.text()!r} is cut off at the pane's edge"
    # Two events on this page: the other one is listed, and the list shows both.
    assert pane.splitter.widget(2).isVisible()
    assert pane.others.count() == 2
    rows = pane.others.visualItemRect(pane.others.item(1))
    assert rows.bottom() <= pane.others.viewport().height(), "the second event is out of sight"


def test_a_page_with_one_event_gives_the_list_of_others_room_to_the_text(
        page_store, make_window, qtbot):
    window = make_window(page_store)
    fit_window(window, QRect(0, 0, 1024, 640))
    pane = _show(window, qtbot, "Students occupy the library")
    with_list = pane.text_view.height()
    pane = _show(window, qtbot, "Members vote to strike")
    assert not pane.splitter.widget(2).isVisible(), "a list that holds only the event already shown"
    assert pane.text_view.height() > with_list


def test_the_split_the_person_drags_to_is_kept_as_the_window_resizes(
        page_store, make_window, qtbot):
    window = make_window(page_store)
    fit_window(window, QRect(0, 0, 1366, 768))
    pane = _show(window, qtbot, "Students occupy the library")
    splitter = pane.splitter
    handle = splitter.handle(1)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center())
    qtbot.mouseMove(handle, handle.rect().center() + QPoint(0, -80))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton,
                       pos=handle.rect().center() + QPoint(0, -80))
    form, text, _others = splitter.sizes()
    share = form / (form + text)
    window.resize(window.width(), window.height() - 100)
    qtbot.wait(100)
    form, text, _others = splitter.sizes()
    assert abs(form / (form + text) - share) < 0.05


def _library_event_at(window, qtbot, size: tuple[int, int]):
    """The pane showing the library occupation, the window fitted to a ``size`` screen."""
    fit_window(window, QRect(0, 0, *size))
    return _show(window, qtbot, "Students occupy the library")


@pytest.mark.parametrize("size", [(1024, 640), (1366, 768)])
def test_on_a_small_screen_the_events_title_date_kind_and_evidence_show_without_scrolling(
        page_store, make_window, qtbot, size):
    pane = _library_event_at(make_window(page_store), qtbot, size)
    form = pane.form_scroll
    assert form.verticalScrollBar().value() == 0
    viewport = form.viewport()
    for field in (pane.title_edit, pane.start_edit, pane.end_edit, pane.precision_box,
                  pane.date_text, pane.kind_box):
        bottom = field.mapTo(viewport, QPoint(0, field.height())).y()
        assert bottom <= viewport.height(), (
            f"{field.objectName() or type(field).__name__} ends at {bottom}px "
            f"of a {viewport.height()}px form: the person must scroll to see it")
    # The evidence is in sight in the page below, which keeps its fair share.
    text = pane.text_view
    assert text.viewport().rect().contains(text.cursorRect().center())
    assert text.viewport().height() >= 8 * text.fontMetrics().lineSpacing()


@pytest.mark.parametrize("size", [(1024, 640), (1366, 768), (1920, 1080)])
def test_the_end_date_box_says_it_is_optional_without_being_cut(
        page_store, make_window, qtbot, size):
    """At 1360 pixels the empty end box read "end (option…"."""
    pane = _library_event_at(make_window(page_store), qtbot, size)
    box = pane.end_edit
    assert "optional" in box.placeholderText()
    text_room = box.width() - 2 * box.style().pixelMetric(
        box.style().PixelMetric.PM_DefaultFrameWidth) - 4  # QLineEdit's own side margins
    assert box.fontMetrics().horizontalAdvance(box.placeholderText()) <= text_room
    assert "optional" in box.toolTip()
