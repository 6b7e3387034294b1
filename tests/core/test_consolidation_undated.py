"""An undated report joins the one event of its kind it clearly tells, never a guess."""

from __future__ import annotations

from timeline_app.core.consolidation import Candidate, Mention
from timeline_app.core.consolidation.mentions import content_words
from timeline_app.core.consolidation.undated import undated_match

_WORDS = "strike over tuition fees picket lines outside library lectures cancelled"


def _undated(words: str = _WORDS, kind: str = "strike", orgs=frozenset({1}),
             start: str | None = None, precision: str = "unknown") -> Mention:
    return Mention("k", kind, start, precision, None, None, content_words(words), orgs, 99)


def _strike(event_id: int, start: str, words: str = _WORDS, orgs=frozenset({1})) -> Candidate:
    return Candidate(event_id, "strike", start, None, "day", content_words(words), orgs,
                     frozenset({event_id}))


def test_an_undated_report_joins_the_only_event_of_its_kind_organiser_and_words():
    assert undated_match(_undated(), [_strike(1, "2002-11-15")]) == 1


def test_two_such_events_leave_an_undated_report_on_its_own():
    assert undated_match(_undated(), [_strike(1, "2002-11-15"), _strike(2, "2004-03-02")]) is None


def test_another_organiser_kind_or_few_words_never_join():
    event = [_strike(1, "2002-11-15")]
    assert undated_match(_undated(orgs=frozenset({2})), event) is None
    assert undated_match(_undated(kind="other"), event) is None
    assert undated_match(_undated(words="strike over tuition fees"), event) is None


def test_a_year_only_report_joins_only_an_event_of_that_year():
    event = [_strike(1, "2002-11-15")]
    assert undated_match(_undated(start="2002", precision="year"), event) == 1
    assert undated_match(_undated(start="2003", precision="year"), event) is None
