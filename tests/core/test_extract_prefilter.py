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


# Lists with many words opening with a capital or a blank, searched by one pattern (``prefilter._planned``),
# in texts long enough for the whole-text search.
_PLANNED_WORDS = st.lists(st.text(alphabet="AB ab-", min_size=1, max_size=4), min_size=8, max_size=16, unique=True)
_LONG_TEXT = st.text(alphabet="abAB -\n", min_size=40, max_size=120)


@settings(max_examples=300, deadline=None)
@given(words=_PLANNED_WORDS, text=_LONG_TEXT, data=st.data())
def test_lists_of_capitalised_and_blank_led_words_are_found_as_one_by_one(words, text, data):
    words = tuple(words)
    pattern = re.compile("|".join(re.escape(w) for w in words))
    assert literal_matches(text, words) == [m.span() for m in pattern.finditer(text)]
    assert literal_starts(text, words) == [at for at in range(len(text)) if text.startswith(words, at)]
    # some words kept only where one of their continuations follows: a look-ahead in the alternation
    only_before = data.draw(st.dictionaries(st.sampled_from(words), st.lists(
        st.text(alphabet="abAB -", min_size=1, max_size=6), min_size=1, max_size=3).map(tuple)))
    pattern = re.compile("|".join(
        ("(?=" + "|".join(map(re.escape, only_before[w])) + ")" if w in only_before else "") + re.escape(w)
        for w in words))
    assert literal_matches(text, words, only_before) == [m.span() for m in pattern.finditer(text)]


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
