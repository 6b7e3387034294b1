"""The detail pane: untrusted document text stays text, the evidence is
highlighted and in view, names link to filters, edits leave as requests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.core.store import Store
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.document_text import utf16_offset
from timeline_app.ui.hidden_events import HIDDEN_TIP
from timeline_app.ui.plain_text import tooltip

from conftest import add_hand_document

HOSTILE = (
    'Headline <img src="file:///etc/passwd"> and <script>alert("x")</script>\n'
    '<a href="https://example.org/track">click</a> <style>body{display:none}</style>\n'
    "The students walked out on 3 May 2021 in protest."
)


def _pane(qtbot, store: Store) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(420, 700)
    pane.set_store(store)
    pane.show()
    return pane


def _only_event(store: Store) -> int:
    return store.matching_event_ids()[-1]


def test_hostile_document_text_shows_literally(qtbot, fresh_store):
    add_hand_document(fresh_store, HOSTILE, '<b>Bold</b> <img src="x.png">', "2021-05-03", [
        ('<i>walkout</i>', "walkout", "2021-05-03", "day",
         "The students walked out on 3 May 2021", ("<img src=file:///etc/passwd>",)),
    ], source="<script>bad()</script>")
    pane = _pane(qtbot, fresh_store)
    pane.show_event(_only_event(fresh_store))
    shown = pane.text_view.toPlainText()
    assert '<img src="file:///etc/passwd">' in shown
    assert '<script>alert("x")</script>' in shown
    # The pane's document holds characters, not markup: no image, no anchor.
    html = pane.text_view.document().toHtml()
    assert "<img" not in html and "<script" not in html and "<a href" not in html
    assert pane.document_title.text() == '<b>Bold</b> <img src="x.png">'
    assert pane.document_title.textFormat() == Qt.TextFormat.PlainText
    assert "<script>bad()</script>" in pane.document_meta.text()
    assert pane.title_edit.text() == "<i>walkout</i>"
    # Names become links, escaped: the label shows the name, loads nothing.
    assert "&lt;img src=file:///etc/passwd&gt;" in pane.org_links.text()
    assert not pane.org_links.openExternalLinks()


def test_the_evidence_is_highlighted_and_scrolled_into_view(qtbot, fresh_store):
    filler = "".join(f"Paragraph {i} says nothing about dates.\n" for i in range(300))
    evidence = "The occupation began on 4 March 2019."
    text = filler + evidence + "\n" + filler
    add_hand_document(fresh_store, text, "Long", "2019-03-04", [
        ("Occupation", "occupation", "2019-03-04", "day", evidence, ()),
    ])
    pane = _pane(qtbot, fresh_store)
    pane.show_event(_only_event(fresh_store))
    assert pane.evidence_selection_text() == evidence
    scroll = pane.text_view.verticalScrollBar()
    assert scroll.value() > 0
    cursor_rect = pane.text_view.cursorRect()
    assert pane.text_view.viewport().rect().contains(cursor_rect.center())


def test_evidence_after_emoji_is_highlighted_exactly(qtbot, fresh_store):
    text = "🎓✊ Students 🎉 rallied.\nOn 5 June 2020 they marched to the hall."
    evidence = "On 5 June 2020 they marched"
    add_hand_document(fresh_store, text, "Emoji", "2020-06-05", [
        ("March", "protest", "2020-06-05", "day", evidence, ()),
    ])
    pane = _pane(qtbot, fresh_store)
    pane.show_event(_only_event(fresh_store))
    assert pane.evidence_selection_text() == evidence
    assert utf16_offset("🎓a", 1) == 2


def test_search_words_are_highlighted_in_the_text(qtbot, hand_store):
    pane = _pane(qtbot, hand_store)
    letter = next(e["id"] for e in hand_store.events() if e["kind"] == "letter")
    pane.show_event(letter)
    pane.set_search_text("gaza")
    marked = [s.cursor.selectedText() for s in pane.text_view.extraSelections()]
    assert "Gaza" in marked


def test_the_pane_shows_date_precision_kind_people_and_source(qtbot, hand_store):
    pane = _pane(qtbot, hand_store)
    campaign = next(e["id"] for e in hand_store.events() if e["kind"] == "campaign")
    pane.show_event(campaign)
    assert pane.date_text.text().startswith("September 2016")
    assert pane.precision_box.currentData() == "month"
    assert pane.kind_box.currentData() == "campaign"
    assert "University of Sheffield Students&#x27; Union" in pane.org_links.text()
    assert pane.document_title.text() == "We Are International"
    assert pane.document_file.full_text() == "File: /archive/We Are International.txt"
    assert "22 September 2016" in pane.document_meta.text()


def test_clicking_a_name_asks_to_filter_by_it(qtbot, hand_store):
    pane = _pane(qtbot, hand_store)
    pane.show_event(_only_event(hand_store))
    org = hand_store.find_organisation_ids("National Union of Students")[0]
    with qtbot.waitSignal(pane.entityClicked) as signal:
        pane.org_links.linkActivated.emit(f"organisation:{org}")
    assert signal.args == ["organisation", org]


def test_other_events_of_the_document_are_listed_and_can_be_opened(qtbot, fresh_store):
    text = "A walkout on 1 May 2019. A vote on 9 May 2019."
    add_hand_document(fresh_store, text, "Two events", "2019-05-10", [
        ("Walkout", "walkout", "2019-05-01", "day", "A walkout on 1 May 2019", ()),
        ("Vote", "vote", "2019-05-09", "day", "A vote on 9 May 2019", ()),
    ])
    walkout, vote = fresh_store.matching_event_ids()
    pane = _pane(qtbot, fresh_store)
    pane.show_event(walkout)
    entries = [pane.others.item(i).text() for i in range(pane.others.count())]
    assert entries == ["1 May 2019 — Walkout", "9 May 2019 — Vote"]
    with qtbot.waitSignal(pane.eventRequested) as signal:
        qtbot.mouseClick(pane.others.viewport(), Qt.MouseButton.LeftButton,
                         pos=pane.others.visualItemRect(pane.others.item(1)).center())
    assert signal.args == [vote]


def test_typing_a_written_date_asks_for_an_iso_date_with_its_precision(qtbot, hand_store):
    pane = _pane(qtbot, hand_store)
    pane.show_event(_only_event(hand_store))
    pane.start_edit.setFocus()
    pane.start_edit.selectAll()
    with qtbot.waitSignal(pane.editRequested) as signal:
        qtbot.keyClicks(pane.start_edit, "March 2023")
        qtbot.keyClick(pane.start_edit, Qt.Key.Key_Return)
    assert signal.args[1] == {"start": "2023-03", "precision": "month"}


def test_an_event_added_by_hand_says_it_has_no_document(qtbot, fresh_store):
    from timeline_app.core import editing

    added = editing.add_event(fresh_store, title="Meeting", start="2020")
    pane = _pane(qtbot, fresh_store)
    pane.show_event(added.event_id)
    assert pane.document_title.text().startswith("Added by hand")
    assert not pane.delete_document_button.isEnabled()
    assert pane.text_view.toPlainText() == ""


def test_nothing_selected_shows_a_hint(qtbot, hand_store):
    pane = _pane(qtbot, hand_store)
    pane.show_event(None)
    assert pane.stack.currentWidget() is pane.placeholder


def test_a_quoted_search_highlights_the_phrase_not_its_single_words(qtbot, hand_store):
    pane = _pane(qtbot, hand_store)
    letter = next(e["id"] for e in hand_store.events() if e["kind"] == "letter")
    pane.show_event(letter)
    pane.set_search_text('"action on Gaza"')
    marked = [s.cursor.selectedText() for s in pane.text_view.extraSelections()][:-1]
    assert marked == ["action on Gaza"]


def test_long_titles_cut_in_the_pane_show_whole_and_literally_in_their_tooltips(
        qtbot, fresh_store):
    long_title = "<b>Students</b> occupy " + "the library and the great hall " * 6
    text = "Students occupied the hall on 1 May 2019. A vote on 9 May 2019."
    add_hand_document(fresh_store, text, "Two events", "2019-05-10", [
        (long_title, "occupation", "2019-05-01", "day", "Students occupied the hall on 1 May 2019",
         ()),
        ("Vote", "vote", "2019-05-09", "day", "A vote on 9 May 2019", ()),
    ])
    occupation, _vote = fresh_store.matching_event_ids()
    pane = _pane(qtbot, fresh_store)
    pane.show_event(occupation)
    assert pane.title_edit.toolTip() == tooltip(long_title)
    entry = pane.others.item(0)
    assert entry.text() == f"1 May 2019 — {long_title}"
    assert entry.toolTip() == tooltip(entry.text())
    # A hidden event's tooltip keeps the whole title and says why it is grey.
    pane.is_shown = lambda _event_id: False
    pane.mark_hidden_others()
    assert entry.toolTip() == tooltip(f"{entry.text()}\n{HIDDEN_TIP}")
