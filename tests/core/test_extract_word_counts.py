"""A word pattern counted without its leading ``\\b`` counts exactly what the
pattern itself counts, so the US/UK evidence that decides how ambiguous
numeric dates are read stays the same."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract.date_order import outnumbered_by_us
from timeline_app.core.extract.prefilter import WordCount

_WORDS = st.lists(st.text(alphabet="abN ", min_size=1, max_size=4).filter(lambda w: w[0] != " "),
                  min_size=1, max_size=5)
_TEXT = st.text(alphabet="abN _-é\n1", max_size=60)


@settings(max_examples=500, deadline=None)
@given(words=_WORDS, text=_TEXT)
def test_the_count_equals_the_anchored_patterns(words, text):
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    assert WordCount(pattern).count(text) == len(pattern.findall(text))


def test_a_match_inside_a_word_hides_nothing_the_pattern_would_find():
    # "xNew York" must not be counted, and must not hide the "York" after it
    pattern = re.compile(r"\b(?:New York|York)\b")
    assert WordCount(pattern).count("xNew York") == len(pattern.findall("xNew York")) == 1


def test_only_word_patterns_are_accepted():
    with pytest.raises(ValueError):
        WordCount(re.compile(r"(?:New York)\b"))


def test_a_us_report_still_reads_month_first():
    text = "Students in Texas and New York walked out at 9am EST; sophomores joined. Updated 3:00 PST."
    assert outnumbered_by_us(text, 0, 0)
    assert not outnumbered_by_us("Students in Leeds organised a march.", 0, 0)
