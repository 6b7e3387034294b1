"""Upgrading a database consolidates its events through a week index: the
same joins as comparing every pair, without the square of the work."""

from __future__ import annotations

import random
from datetime import date, timedelta

from timeline_app.core.consolidation import Candidate, Mention, best_match, mention_span
from timeline_app.core.consolidation.candidate_index import CandidateIndex

_WORDS = ["walkout", "fees", "march", "london", "pensions", "strike", "rent", "climate"]


def _random_report(rng: random.Random, event_id: int) -> tuple[str, str, str]:
    day = date(2010, 1, 1) + timedelta(days=rng.randrange(400))
    precision = rng.choice(["day", "day", "month", "approximate", "year"])
    start = {"day": day.isoformat(), "approximate": day.isoformat(),
             "month": day.isoformat()[:7], "year": str(day.year)}[precision]
    return rng.choice(["walkout", "protest", "letter", "other"]), start, precision


def test_the_index_finds_the_same_event_as_comparing_with_every_one():
    rng = random.Random(3)
    everyone: list[Candidate] = []
    index = CandidateIndex()
    for event_id in range(1, 600):
        kind, start, precision = _random_report(rng, event_id)
        words = frozenset(rng.sample(_WORDS, 3))
        orgs = frozenset(rng.sample(range(5), 1))
        t0, t1 = mention_span(start, None, precision)
        if t0 is not None:
            mention = Mention("", kind, start, precision, t0, t1, words, orgs, event_id)
            assert best_match(mention, index.near(t0, t1)) == best_match(mention, everyone)
        candidate = Candidate(event_id, kind, start, None, precision, words, orgs,
                              frozenset({event_id}))
        everyone.append(candidate)
        index.put(candidate)


def test_a_candidate_put_again_is_found_only_at_its_new_days():
    index = CandidateIndex()
    words = frozenset({"walkout"})
    index.put(Candidate(1, "walkout", "2010-11-10", None, "day", words, frozenset(), frozenset()))
    index.put(Candidate(1, "walkout", "2011-03-01", None, "day", words, frozenset(), frozenset()))
    old = mention_span("2010-11-10", None, "day")
    new = mention_span("2011-03-01", None, "day")
    assert list(index.near(*old)) == []
    assert [c.start for c in index.near(*new)] == ["2011-03-01"]
