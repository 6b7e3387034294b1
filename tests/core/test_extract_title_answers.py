"""Round 17's title speed-ups answer exactly as the code they replace: a
title's boundary, ending and tightened text kept for the document (a None
answer included), and the day-word pattern's look-ahead in front. A title
must read the same whether it is worked out first or again."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import document_memo, title_openings
from timeline_app.core.extract.titles import event_title, whole_title

_LONG = ("Hundreds of students and staff at the University of Leeds walked out of lectures on Tuesday "
         "morning, in protest at the planned cuts to the library budget announced last month by the council")
_DAYLESS = ("Students from Leeds, Bradford, Sheffield, York, Hull and Manchester universities joined "
            "the national demonstration against the rise in tuition fees and the cuts to maintenance grants")


def test_a_none_answer_is_kept_and_dropped_with_its_document():
    asked: list[str] = []

    def question(text: str) -> None:
        asked.append(text)
        return None

    document_memo.new_document()
    assert document_memo.remembered(question, "a") is None
    assert document_memo.remembered(question, "a") is None
    assert asked == ["a"]  # None is an answer: not worked out again
    document_memo.new_document()
    assert document_memo.remembered(question, "a") is None
    assert asked == ["a", "a"]  # a new document asks afresh


def test_a_title_worked_out_again_in_a_document_reads_the_same():
    document_memo.new_document()
    first = [event_title(text, "Tuesday", "protest") for text in (_LONG, _DAYLESS)]
    again = [event_title(text, "Tuesday", "protest") for text in (_LONG, _DAYLESS)]
    document_memo.new_document()
    fresh = [event_title(text, "Tuesday", "protest") for text in (_LONG, _DAYLESS)]
    assert first == again == fresh
    assert all(len(title) <= 70 for title in first)
    # a different limit or text is a different question, never an old answer
    assert whole_title(_LONG[:60]) != whole_title(_LONG)


# The day-word pattern as it was written before its look-ahead.
_DAY_WORDS_BEFORE = re.compile(title_openings._DAY_WORDS.pattern.removeprefix(r"(?=[ \t,])"))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["on", "On", "Tuesday", "today", "tonight", "yesterday", "last", "next", "since",
                                 "late", "early", "morning", ",", " ", "\t", "\n", "3", "March", "2024", "Unite",
                                 "students", "marched", "x"]), max_size=14),
       st.sampled_from([" ", "", "\t", ", "]))
def test_the_day_words_are_taken_out_as_before_the_look_ahead(words, glue):
    text = glue.join(words)
    assert title_openings._DAY_WORDS.pattern.startswith(r"(?=[ \t,])")
    expected = _DAY_WORDS_BEFORE.sub(title_openings.comma_left, text)
    assert title_openings._DAY_WORDS.sub(title_openings.comma_left, text) == expected


def _unguarded(pattern: re.Pattern[str], guard: str) -> re.Pattern[str]:
    """``pattern`` as written before its look-ahead ``guard`` was put in front."""
    assert pattern.pattern.startswith(guard)
    body = pattern.pattern[len(guard):]
    return re.compile(body[3:-1] if body.startswith("(?:") and guard == r"(?=[ \t])" else body, pattern.flags)


_PIECES = ["has", "have", "had", "just", "now", "also", "ed", "on", "in", "On", "3", "March", "2019", "last", "week",
           "The", "the", "National", "Union", "of", "Students", "NUS", "SSANU", "early", "mid-", "Since", "x", ",",
           " ", "  ", "\t", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from([" ", "", "\t", ", ", "  "]))
def test_the_guarded_patterns_find_what_they_found_before(words, glue):
    from timeline_app.core.extract import acronym_columns, month_mentions, title_tightening

    text = glue.join(words)
    for pattern, guard in ((title_tightening._DATED, r"(?=[ \t,])"), (title_tightening._NAMED_ACRONYM, r"(?=[A-Zt])"),
                           (title_tightening._HEDGES, r"(?=[ \t])"), (month_mentions._LEAD, r"(?=[IiSsDdEeLlMmNnTt])")):
        before = _unguarded(pattern, guard)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in before.finditer(text)]
        assert [m.span() for m in (pattern.search(text, 0, at) for at in range(len(text) + 1)) if m] == \
            [m.span() for m in (before.search(text, 0, at) for at in range(len(text) + 1)) if m]
    assert acronym_columns._GAP.split(text) == re.split(r"[ \t]{2,}|\t", text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["walked", "speed", "is", "sit-in", "walk-outs", "UP", "PUP", "Adamson",
                                           "St.", "&", "'", "’", "-", "."]), max_size=16),
       st.sampled_from([" ", "", ", ", " and "]))
def test_the_verb_and_member_patterns_find_what_they_found_before(words, glue):
    from timeline_app.core.extract import organisation_list_members, title_phrases

    text = glue.join(words)
    for pattern, guard in ((title_phrases._VERB, r"(?=[a-z])"), (organisation_list_members._ITEM, r"(?=[A-Z])")):
        before = _unguarded(pattern, guard)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in before.finditer(text)]
        assert [bool(pattern.search(text, 0, at)) for at in range(len(text) + 1)] == \
            [bool(before.search(text, 0, at)) for at in range(len(text) + 1)]


_MORE_PIECES = ["Auckland", "AUT", "(AUT)", "the", "and", "&", "Canterbury", "University", "of", "Otago", "Maria",
                "said", "a", "student", "leader", ".", "!", "”", "\n", "is", "walked", "Friday", "12", "March",
                "2024", "12/03/2024", "–", "|", "-", ",", " ", "\t", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MORE_PIECES), max_size=16), st.sampled_from([" ", "", ", ", " and "]))
def test_the_list_speaker_word_and_trailing_date_patterns_find_what_they_found_before(words, glue):
    from timeline_app.core.extract import organisation_shapes, person_single_names, title_compression, title_phrases

    text = glue.join(words)
    for pattern, guard in ((organisation_shapes._LIST, r"(?=[A-Zt])"), (title_compression._OWN_VERB, r"(?=[a-z])"),
                           (title_compression._LONG_WORD, r"(?=[A-Za-z])"),
                           (person_single_names._SPEAKER, r"(?=[A-Z])"),
                           (title_phrases._TRAILING_DATE, r"(?=[ \t,–—|-])")):
        before = _unguarded(pattern, guard)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in before.finditer(text)]
        for at in range(len(text) + 1):
            found, was = pattern.search(text, at), before.search(text, at)
            assert (found and found.span()) == (was and was.span())
