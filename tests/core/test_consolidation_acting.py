"""Bodies a report only mentions (a wire report's credits, a school a local paper
visited) do not count against joining another report of the same day's action."""

from __future__ import annotations

from timeline_app.core.consolidation import Candidate, Mention, best_match, mention_span
from timeline_app.core.consolidation.mentions import content_words

_WORDS = "thousands join global climate strike cities world marching"


def _report(start: str, precision: str, orgs: set[int], acting: set[int] | None) -> Mention:
    t0, t1 = mention_span(start, None, precision)
    return Mention("k", "strike", start, precision, t0, t1,
                   content_words("climate strike protesters berlin placard greta"),
                   frozenset(orgs), 99, None if acting is None else frozenset(acting))


def _strike(orgs: set[int], acting: set[int] | None) -> Candidate:
    return Candidate(1, "strike", "2019-09-20", None, "day", content_words(_WORDS),
                     frozenset(orgs), frozenset({1}),
                     acting_ids=None if acting is None else frozenset(acting))


def test_a_report_naming_bodies_only_in_passing_joins_the_days_strike():
    # the report names a ministry and a news agency; the event's page its organiser
    assert best_match(_report("2019-09-20", "day", {5, 6}, set()), [_strike({2}, {2})]) == 1


def test_two_reports_each_naming_who_acted_stay_apart_when_those_differ():
    assert best_match(_report("2019-09-20", "day", {5}, {5}), [_strike({2}, {2})]) is None
    # roles unknown (a report matched without them, as the upgrade does): every body counts
    assert best_match(_report("2019-09-20", "day", {5, 6}, None), [_strike({2}, None)]) is None


def test_only_on_the_same_stated_day():
    assert best_match(_report("2019-09-21", "approximate", {5, 6}, set()),
                      [_strike({2}, {2})]) is None
