"""The shortcuts in front of the petition, byline and headline tests answer
as the full tests do, so a faster import reads no page differently."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract.headlines import _BYLINE, _has_letters, _two_worded, is_byline
from timeline_app.core.extract.petition_form import _PETITION_LINE, is_petition_itself
from timeline_app.core.extract.prefilter import folded, folded_piece
from timeline_app.core.extract.sentences import Span
from timeline_app.core.extract.title_phrases import GLUED_DATE

_TRICKY_LINES = [
    "Petition to save the library", "ONLINE PETITION: keep our nursery open", "An online petition against fees",
    "Sign the petition now", "This petition had 1,204 supporters", "Petİtion to the council",  # dotted capital I
    "Students occupied the hall for a week while the petitions piled up. " * 6, "petition", "",
    "By Sam King, Leeds", "  by Katy Murphy", "date 2019-08-21 By SAM KING", "Posted: 2020-01-02 Words by Ann Lee",
    "Written by Jo Bloggs", "Author: Jane Doe", "Bylines are rare", "Sam King, Leeds", "ſtrike", "Ｂy Sam King",
]


def test_a_petition_page_is_recognised_as_the_full_pattern_recognises_it():
    for line in _TRICKY_LINES:
        assert is_petition_itself([Span(0, len(line), line)]) == bool(_PETITION_LINE.search(line)), line


def test_a_byline_is_recognised_as_the_full_pattern_recognises_it():
    for line in _TRICKY_LINES:
        assert is_byline(line) == (_BYLINE.match(GLUED_DATE.sub("", line.strip())) is not None), line


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="ab1.-éİ ", min_size=1, max_size=4).map(str.strip).filter(bool), max_size=6))
def test_a_headline_needs_two_worded_words_counted_as_before(words):
    assert _two_worded(words) == (sum(_has_letters(word) for word in words) >= 2)


def test_a_line_folded_apart_is_folded_as_the_document_would_be():
    for line in _TRICKY_LINES:
        assert folded_piece(line) == folded(line)
