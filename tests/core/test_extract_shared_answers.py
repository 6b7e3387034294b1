"""Round 8's speed-ups answer exactly as the code they replace: answers kept
for one document, cheap tests in front of costly patterns, scans shared by
two finders. A speed-up must never change a date, a kind or a name."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import bylines, clause_tense, dates, document_memo, page_furniture, people, speech_dates
from timeline_app.core.extract.month_mentions import month_only_mentions
from timeline_app.core.extract.prefilter import WordPattern
from timeline_app.core.partial_dates import MONTHS

_WORD_PATTERN = WordPattern(re.compile(r"\b(?:ban|an\s+ab)\b", re.IGNORECASE))


def test_answers_kept_for_a_document_are_dropped_when_the_next_begins():
    document_memo.new_document()
    document_memo.answers()["question"] = "first document's answer"
    assert document_memo.answers()["question"] == "first document's answer"
    document_memo.new_document()
    assert "question" not in document_memo.answers()


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.text(alphabet="abn _-\nABNſ", max_size=30), min_size=1, max_size=6))
def test_a_word_pattern_asked_again_within_a_document_answers_as_the_regex(texts):
    document_memo.new_document()
    for text in texts + texts:  # every sentence asked twice, as several dates in it would
        assert _WORD_PATTERN.search(text) == (_WORD_PATTERN.pattern.search(text) is not None)


_NOTICE_WORDS = st.sampled_from(["this article is more than", "Wayback Machine", "paywall", "learn more",
                                 "READ  MORE", "Subscribe", "archived from", "This page was over than", "more",
                                 "ſubscribe", "thİs", "x", " ", "\t"])


@settings(max_examples=500, deadline=None)
@given(words=st.lists(_NOTICE_WORDS, max_size=6), glue=st.sampled_from(["", " ", "\t", ". "]))
def test_a_line_without_the_notice_words_is_no_notice_as_the_patterns_say(words, glue):
    line = glue.join(words)
    expected = bool(page_furniture._ARCHIVE_NOTICE.search(line) or page_furniture._NOTICE.search(line))
    assert page_furniture._is_notice(line) == expected


_MONTH_TEXT = st.lists(st.sampled_from(["In", "in", "since", "early", "mid-", "last", "March", "May", "June", "MAY",
                                        "Mayday", "Marches", "for", "2020", "'s", "x", "Un"]), max_size=10)


@settings(max_examples=500, deadline=None)
@given(words=_MONTH_TEXT, glue=st.sampled_from(["", " ", ", "]))
def test_month_only_mentions_from_the_shared_month_scan_are_those_twelve_searches_find(words, glue):
    text = glue.join(words)
    month_starts = [hit.start() for hit in dates._MONTH_HINT.finditer(text)]
    searched = sorted((at for name in MONTHS for at in _starts(text, name)))
    assert month_only_mentions(text, month_starts) == month_only_mentions(text, searched)


def _starts(text: str, name: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(name), text)]


_BYLINE_TEXT = st.lists(st.sampled_from(["By", "by", "bY", "Words", "Photo:", "credit", ":", "Kim Rahn", ",", "and",
                                         "(", "/", "|", "\n", "Reporting"]), max_size=8)


@settings(max_examples=500, deadline=None)
@given(words=_BYLINE_TEXT, glue=st.sampled_from(["", " "]))
def test_text_that_may_hold_no_credit_never_matches_the_byline_pattern(words, glue):
    before = glue.join(words)
    if bylines._BYLINE_BEFORE.search(before):
        assert bylines._may_credit(before)


@settings(max_examples=300, deadline=None)
@given(word=st.text(alphabet="AaC.P-’'é", min_size=1, max_size=8))
def test_a_run_of_one_word_is_never_a_name_so_the_people_scan_passes_over_it(word):
    assert not people._name_size_ok([word])
    assert not people._four_name_words([word], word, len(word))


_SAID_TEXT = st.lists(st.sampled_from(["said", "SAID", "Says", "told", "them", "in a statement", "on", "ſaid", "İ",
                                       "reported", "x", "Tuesday"]), max_size=8)


@settings(max_examples=500, deadline=None)
@given(words=_SAID_TEXT, glue=st.sampled_from(["", " ", "\t"]))
def test_a_day_after_no_verb_of_saying_dates_no_statement_as_the_pattern_says(words, glue):
    before = glue.join(words)
    mention = "Tuesday"
    sentence = f"{before} {mention}"
    at = sentence.find(mention)
    expected = speech_dates._SAID_BEFORE.search(sentence[max(0, at - 48):at])
    # (round 18: a day opening the sentence, its subject then speaking, dates a statement too)
    fronted = sentence[:at].strip(" \t\n\"“‘'").lower() in ("", "on", "last", "earlier on") and \
        speech_dates._REPORTED_AFTER.match(sentence, at + len(mention)) is not None
    # (stop 58: a verb of saying or of notice right after the day, "The union on Tuesday said ...")
    said_after = speech_dates._SAID_RIGHT_AFTER.match(sentence, at + len(mention)) is not None
    assert speech_dates.dates_a_statement(sentence, mention) == \
        (fronted or (expected is not None or said_after) and at > 0)


_CLAUSE_TEXT = st.lists(st.sampled_from(["began", "WAS", "took part", "held", "marched", "set up", "set  up", "led",
                                         "ſat", "İ", "tooK", "x", "ed", "d", "said", "on"]), max_size=8)


@settings(max_examples=500, deadline=None)
@given(words=_CLAUSE_TEXT, glue=st.sampled_from(["", " ", "\t"]))
def test_a_clause_turned_down_before_the_past_tense_pattern_never_matches_it(words, glue):
    clause = glue.join(words)
    if clause_tense._PAST_CLAUSE.search(clause):
        assert clause_tense.may_be_past(clause)
