"""A report agrees with an event as well as with the report of it it is most like,
so the order in which three reports of one day's strike arrive does not decide
whether they are one event."""

from __future__ import annotations

from timeline_app.core.consolidation import Candidate, Mention, best_match, mention_span
from timeline_app.core.consolidation.matching import source_word_sets
from timeline_app.core.consolidation.mentions import content_words

_SHORT = "millions joined climate strike"
_REPORT = "climate strike protests marched through capital cities around world demanding action"
_LONG = "pupils walked out of lessons in schools across the region, teachers joined rallies"


def _report(words: str, kind: str = "strike", start: str = "2019-09-20",
            precision: str = "day") -> Mention:
    t0, t1 = mention_span(start, None, precision)
    return Mention("k", kind, start, precision, t0, t1, content_words(words), frozenset(), 9)


def _event(*sources: str, kind: str = "strike", start: str = "2019-09-20") -> Candidate:
    words = [content_words(s) for s in sources]
    return Candidate(1, kind, start, None, "day", frozenset().union(*words), frozenset(),
                     frozenset({1}), source_words=source_word_sets(" ".join(sorted(w)) for w in words))


def test_a_short_report_joins_the_event_whose_short_report_it_resembles():
    report = _report(_REPORT)
    # alone, the short report and this one are one event
    assert best_match(report, [_event(_SHORT)]) == 1
    # (fewer than a fifth of its words are in the two reports' union: not by the union)
    assert len(content_words(_REPORT) & content_words(_SHORT + " " + _LONG)) < 0.2 * len(
        content_words(_REPORT))
    # once a long report of the day joined it, the union of their words is not
    # what this report resembles, but its short report still is
    assert best_match(report, [_event(_SHORT, _LONG)]) == 1


def test_only_a_report_of_an_action_dated_to_a_day_compares_by_source():
    # dated to the day by its page (a day's slack): still by source
    assert best_match(_report(_REPORT, start="2019-09-21", precision="approximate"),
                      [_event(_SHORT, _LONG)]) == 1
    # a month, or a letter: by the union only
    assert best_match(_report(_REPORT, start="2019-09", precision="month"),
                      [_event(_SHORT, _LONG)]) is None
    letter = _report(_REPORT,
                     kind="letter")
    assert best_match(letter, [_event(_SHORT, _LONG, kind="letter")]) is None


def test_one_source_or_none_gives_no_sets_to_compare():
    assert source_word_sets(["a b", ""]) == frozenset()
    assert source_word_sets(["a b", "c"]) == frozenset({frozenset({"a", "b"}), frozenset({"c"})})
