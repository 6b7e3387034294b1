"""One parse of the search box for the index and for the highlighting."""

from __future__ import annotations

import sqlite3

import pytest

from timeline_app.core.filters import fts_query
from timeline_app.core.search_terms import SearchTerm, match_spans, search_terms


def _marked(search: str, text: str) -> list[str]:
    return [text[a:b] for a, b in match_spans(text, search_terms(search))]


def test_a_single_letter_marks_only_that_word_never_the_inside_of_others():
    text = "A letter and a reply, as planned."
    assert _marked("a", text) == ["A", "a"]
    assert fts_query("a") == '"a"'


def test_a_starred_word_marks_every_word_it_begins_as_fts_matches_it():
    text = "They walked out; the walk-out was a walkout. Sidewalks stayed empty."
    assert _marked("walk*", text) == ["walked", "walk", "walkout"]
    assert fts_query("walk* ") == '"walk"*'


def test_the_word_being_typed_is_a_prefix_from_three_letters():
    assert search_terms("strike wal") == [SearchTerm(("strike",)), SearchTerm(("wal",), True)]
    assert search_terms("strike wa") == [SearchTerm(("strike",)), SearchTerm(("wa",))]
    assert search_terms("strike wal ") == [SearchTerm(("strike",)), SearchTerm(("wal",))]


def test_words_match_without_case_or_accents_like_the_index():
    assert _marked("cafe ", "Le Café, the CAFE and cafés.") == ["Café", "CAFE"]


def test_marks_stay_in_place_after_letters_whose_lower_case_is_longer():
    text = "İSTANBUL students walked out"
    assert _marked("walked ", text) == ["walked"]
    assert _marked("istanbul ", "Walk in İstanbul") == ["İstanbul"]  # as FTS5 matches it


def test_a_phrase_marks_its_words_together_across_punctuation():
    text = "An open letter. Open, letter! An open-letter; open the letter."
    assert _marked('"open letter"', text) == ["open letter", "Open, letter", "open-letter"]


def test_marks_stop_at_the_limit():
    assert len(list(match_spans("a " * 1000, search_terms("a "), limit=7))) == 7


WORDS = ("a and A walk walked Walking sidewalk walk_out café cafe Cafés fee fees feeling "
         "open letter gaza Gaza's strike strikes İstanbul").split()


@pytest.mark.parametrize("search", ["a", "a ", "walk", "walk ", "walk*", "wal", "cafe ", "CAFÉ ", "caf",
                                    "fee", "fees ", "gaza ", "strike* a", "AND walk ", "istanbul "])
def test_exactly_the_words_fts5_matches_are_marked(search):
    """Each word alone in an FTS5 row (the app's default tokenizer): the rows
    the query matches are the words the highlighting marks."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE words USING fts5(word)")
    db.executemany("INSERT INTO words (rowid, word) VALUES (?, ?)",
                   [(i, w) for i, w in enumerate(WORDS)])
    terms = search_terms(search)
    matched = set()
    for term in terms:  # a row holds one word, so ask term by term (OR, not AND)
        matched |= {WORDS[r] for (r,) in db.execute(
            "SELECT rowid FROM words WHERE words MATCH ?", (term.fts_token(),))}
    marked = {w for w in WORDS if list(match_spans(w, terms))}
    assert marked == matched
    db.close()
