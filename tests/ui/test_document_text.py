"""The document text view: what a search highlights and where the evidence is."""

from __future__ import annotations

from timeline_app.core.search_terms import match_spans, search_terms
from timeline_app.ui.document_text import DocumentTextView, evidence_span


def _marked(search: str, text: str) -> list[str]:
    return [text[a:b] for a, b in match_spans(text, search_terms(search))]


def test_search_words_are_highlighted_as_the_search_matched_them():
    # "walk" is a whole word (FTS matches no "walked" for it); "fee", still
    # being typed, is a prefix as in the search itself.
    assert _marked("walk fee", "They walked out over fees.") == ["fees"]
    assert _marked("walk* fee ", "They walked out over fees and a fee.") == ["walked", "fee"]


def test_a_quoted_phrase_is_highlighted_only_as_a_whole():
    assert _marked('"open letter"', "an open letter, open and a letter") == ["open letter"]


def test_search_operators_and_empty_searches_highlight_nothing():
    assert search_terms("AND OR") == []
    assert search_terms("") == []


def test_stored_evidence_offsets_are_used_when_they_fit_the_text():
    assert evidence_span("abcdef", 1, 3, "zz") == (1, 3)


def test_evidence_is_found_by_its_words_when_the_offsets_do_not_fit():
    assert evidence_span("they walked out", 40, 50, "walked") == (5, 11)
    assert evidence_span("they walked out", None, None, "marched") is None


def test_the_evidence_after_an_emoji_is_marked_on_the_right_characters(qtbot):
    view = DocumentTextView()
    qtbot.addWidget(view)
    text = "🎓 Students walked out."
    view.show_document(text, evidence_span(text, None, None, "walked out"), "")
    assert view.evidence_selection_text() == "walked out"
    assert view.toPlainText() == text


def _search_marks(window) -> list[str]:
    marks = window.detail_pane.text_view.extraSelections()
    return [m.cursor.selectedText() for m in marks[:-1]]  # the last one is the evidence


def test_typed_searches_mark_whole_words_in_the_shown_document(qtbot, hand_store, make_window):
    from PySide6.QtCore import Qt

    window = make_window(hand_store)
    search = window.filter_pane.search
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search, "walk ")
    qtbot.waitUntil(lambda: window.detail_pane.event_id is not None, timeout=3000)
    qtbot.waitUntil(lambda: _search_marks(window) == ["walk"], timeout=3000)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClicks(search, "* ")
    qtbot.waitUntil(lambda: _search_marks(window) == ["walk", "walked"], timeout=3000)
