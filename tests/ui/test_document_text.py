"""The document text view: what a search highlights and where the evidence is."""

from __future__ import annotations

from timeline_app.ui.document_text import DocumentTextView, evidence_span, search_pattern


def test_search_words_are_highlighted_from_their_beginning():
    pattern = search_pattern("walk fee")
    assert [m.group() for m in pattern.finditer("They walked out over fees.")] == [
        "walked", "fees"]


def test_a_quoted_phrase_is_highlighted_only_as_a_whole():
    pattern = search_pattern('"open letter"')
    assert [m.group() for m in pattern.finditer("an open letter, open and a letter")] == [
        "open letter"]


def test_search_operators_and_empty_searches_highlight_nothing():
    assert search_pattern("AND OR") is None
    assert search_pattern("") is None


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
