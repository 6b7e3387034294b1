"""The fast literal searches behind extraction find what the regexes they
replace would find, so a speed-up never changes a date, a kind or a name."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract.prefilter import WordPattern, folded, literal_matches, literal_starts, matches_starting_at

# Short words over a tiny alphabet, so that overlaps and shared prefixes are common.
_WORDS = st.lists(st.text(alphabet="abn -", min_size=1, max_size=4), min_size=1, max_size=5, unique=True)
_TEXT = st.text(alphabet="abn -\nAB", max_size=60)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=_TEXT)
def test_literal_search_reports_the_same_matches_as_a_regex_alternation(words, text):
    pattern = re.compile("|".join(re.escape(w) for w in words))
    assert literal_matches(text, words) == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=_TEXT)
def test_a_pattern_tried_only_where_its_first_words_occur_finds_what_a_full_scan_finds(words, text):
    pattern = re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")[ab]*\b")
    found = matches_starting_at(pattern, text, literal_starts(text, words))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def test_case_insensitive_prefilters_are_switched_off_by_letters_that_fold_oddly():
    # re.IGNORECASE lets "ſ" (long s) match "s", but lower-casing keeps it "ſ"
    assert re.search("strike", "ſtrike", re.IGNORECASE)
    assert folded("ſtrike") is None
    assert folded("Strike") == "strike"


_WORD_PATTERN = re.compile(r"\b(?:ban|an\s+ab|b_n)\b", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="abn _-\nABNſ\u0130", max_size=40))
def test_a_word_pattern_searched_lower_cased_answers_as_the_case_insensitive_regex(text):
    assert WordPattern(_WORD_PATTERN).search(text) == (_WORD_PATTERN.search(text) is not None)
