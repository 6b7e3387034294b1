"""Word lists factored by their leading letters, and scans split by their first
character, match exactly what the single pattern matched, so month names,
known bodies, years and sentence ends are found as before."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract.literal_trie import alternation, word_alternation
from timeline_app.core.extract.sentences import sentences
from timeline_app.core.extract.split_scans import split_scan

# Short words over a tiny alphabet, so that shared prefixes, words that are
# prefixes of others and repeated words are all common.
_WORDS = st.lists(st.text(alphabet="abn -", min_size=1, max_size=4), min_size=1, max_size=6)
_TEXT = st.text(alphabet="abn -\nAB", max_size=60)


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, text=_TEXT)
def test_the_factored_alternation_finds_what_the_plain_one_finds(words, text):
    plain = re.compile("|".join(re.escape(w) for w in words))
    factored = re.compile(alternation(words))
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, text=_TEXT)
def test_what_follows_the_words_backtracks_through_them_in_the_same_order(words, text):
    # a lookahead after the words makes the engine try the later branches
    plain = re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?![ab])(?P<tail> a)?")
    factored = re.compile("(?:" + alternation(words) + r")(?![ab])(?P<tail> a)?")
    assert [(m.span(), m["tail"]) for m in factored.finditer(text)] == \
        [(m.span(), m["tail"]) for m in plain.finditer(text)]


def test_month_names_are_found_whole_and_in_capitals():
    pattern = re.compile(alternation(["September", "Sept", "Sep", "SEPTEMBER", "March", "Mar"]))
    assert [m.group() for m in pattern.finditer("Sept. 3, SEPTEMBER 4, March and Mars")] == \
        ["Sept", "SEPTEMBER", "March", "Mar"]


def test_an_empty_list_or_word_is_refused():
    with pytest.raises(ValueError):
        alternation([])
    with pytest.raises(ValueError):
        alternation(["a", ""])


_BOUNDED_WORDS = st.lists(st.text(alphabet="abAB", min_size=1, max_size=4), min_size=1, max_size=6)
_BOUNDED_TEXT = st.text(alphabet="abAB _-\n", max_size=60)


@settings(max_examples=400, deadline=None)
@given(words=_BOUNDED_WORDS, text=_BOUNDED_TEXT, start=st.integers(0, 5))
def test_the_bounded_alternation_finds_what_one_led_by_a_boundary_finds(words, text, start):
    # the boundary before each word is checked behind its first character, even where a search starts late
    led = re.compile(r"\b(?:" + alternation(words) + r")(?![ab])")
    bounded = re.compile(word_alternation(words) + r"(?![ab])")
    assert [m.span() for m in bounded.finditer(text, start)] == [m.span() for m in led.finditer(text, start)]


def test_a_bounded_alternation_refuses_a_word_opening_without_a_word_character():
    with pytest.raises(ValueError):
        word_alternation(["ab", "-b"])


def test_a_bounded_alternation_refuses_an_empty_list():
    # (an empty group would match the empty string at every position, as no bounded word does)
    with pytest.raises(ValueError):
        word_alternation([])


_SCAN_TEXT = st.text(alphabet=" \t.!?…\"')A1a", max_size=60)


@settings(max_examples=400, deadline=None)
@given(text=_SCAN_TEXT)
def test_a_scan_split_by_first_character_finds_what_the_whole_pattern_finds(text):
    # sentence ends: one stop each, so the split patterns' matches never overlap
    after = r"""["')]*[ \t]+(?=["']?[A-Z0-9])"""
    whole = re.compile(r"[.!?…]" + after)
    split = (("", re.compile(r"\." + after)), ("!?…", re.compile(r"[!?…]" + after)))
    assert split_scan(text, split) == [m.span() for m in whole.finditer(text)]


def test_sentences_end_at_every_kind_of_stop():
    text = "Students marched. Why? Because fees rose! Then… Staff joined."
    assert [s.text for s in sentences(text)] == ["Students marched.", "Why?", "Because fees rose!", "Then…",
                                                 "Staff joined."]


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, text=_TEXT)
def test_literal_starts_in_one_pass_are_those_found_one_literal_at_a_time(words, text):
    from timeline_app.core.extract.literal_scan import starts_by_regex
    by_find = sorted({at for word in words for at in range(len(text)) if text.startswith(word, at)})
    assert starts_by_regex(text, tuple(words)) == by_find
