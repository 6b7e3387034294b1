"""The main date's signals, one by one (issue 16, round 16): each candidate
carries what every signal adds to its score, so that bench/train_main_date.py
can weigh them afresh; the rules' choice is their sum, unchanged."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import events
from timeline_app.core.extract.main_choice import MAIN_TERMS

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

_RELEASE = (
    "Lecturers to strike on Monday 12 March 2018\n\n"
    "1 March 2018\n\n"
    "Lecturers at the college will strike on Monday 12 March 2018 over cuts to their pensions, the union said.\n\n"
    "Their last strike, on 5 May 2017, closed the college for a day.\n")


@pytest.fixture
def seen(monkeypatch):
    """The candidates ``build_events`` weighed, as the main date's choice saw them."""
    found: list = []
    choose = events.choose_main

    def watching(candidates, eligible, cues):
        found.extend(candidates)
        return choose(candidates, eligible, cues)

    monkeypatch.setattr(events, "choose_main", watching)
    return found


def test_a_press_release_is_dated_by_the_day_its_lede_announces(seen):
    _, main = _main(_RELEASE)
    assert (main.start, main.precision) == ("2018-03-12", "day")
    assert "will strike" in main.evidence


def test_each_candidate_names_every_signal_and_scores_their_sum(seen):
    _main(_RELEASE)
    assert {c.resolved.iso for c in seen} >= {"2018-03-12", "2017-05-05"}
    for candidate in seen:
        assert len(candidate.terms) == len(MAIN_TERMS)
        assert candidate.score == sum(candidate.terms)
    earlier = next(c for c in seen if c.resolved.iso == "2017-05-05")
    assert dict(zip(MAIN_TERMS, earlier.terms))["earlier_year"] < 0  # a year before the page's own


def test_the_rules_choice_is_the_best_eligible_candidate_the_first_on_a_tie():
    from types import SimpleNamespace

    from timeline_app.core.extract.main_choice import choose_main

    day = SimpleNamespace(mention=SimpleNamespace(relative=None), precision="day", iso="2018-03-12")
    first, second, turned_down = (SimpleNamespace(resolved=day, index=i, score=s)
                                  for i, s in ((1, 5.0), (4, 5.0), (2, 9.0)))
    cues = [{}] * 5
    assert choose_main([first, second, turned_down], lambda c: c is not turned_down, cues) is first
    assert choose_main([turned_down], lambda c: False, cues) is None
