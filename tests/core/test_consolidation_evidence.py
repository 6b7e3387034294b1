"""Word forms and organiser lists as real outlets write them (consolidation/evidence.py)."""

from __future__ import annotations

from timeline_app.core.consolidation import Candidate, Mention, best_match, mention_span
from timeline_app.core.consolidation.evidence import stem
from timeline_app.core.consolidation.mentions import content_words


def _report(start: str, words: str, orgs: set[int], kind: str = "occupation") -> Mention:
    t0, t1 = mention_span(start, None, "day")
    return Mention("k", kind, start, "day", t0, t1, content_words(words), frozenset(orgs), 99)


def _event(event_id: int, start: str, words: str, orgs: set[int],
           kind: str = "occupation") -> Candidate:
    return Candidate(event_id, kind, start, None, "day", content_words(words),
                     frozenset(orgs), frozenset({event_id}))


def test_word_forms_of_one_action_count_as_shared_words():
    assert stem("occupying") == stem("occupied") == stem("occupation")
    assert stem("protesters") == stem("protest")
    stored = _event(1, "2015-03-20", "students occupied the administration building overnight",
                    {1})
    report = _report("2015-03-20", "occupying buildings: an urgent update from the campus "
                     "rector to staff and parents", {1})
    assert best_match(report, [stored]) == 1


def test_pages_listing_many_bodies_join_on_the_same_day_and_words():
    stored = _event(2, "2010-11-24", "national walkout against tuition fees, a huge lively "
                    "demonstration", {10, 11, 12, 13}, kind="walkout")
    local = _report("2010-11-24", "walkout against tuition fees and education cuts in the city",
                    {20, 21, 22}, kind="walkout")
    assert best_match(local, [stored]) == 2


def test_reports_naming_one_or_two_other_bodies_stay_apart():
    stored = _event(3, "2010-11-24", "national walkout against tuition fees, a huge lively "
                    "demonstration", {10}, kind="walkout")
    other_body = _report("2010-11-24", "walkout against tuition fees and education cuts in "
                         "the city", {20}, kind="walkout")
    assert best_match(other_body, [stored]) is None


def test_many_bodies_on_another_day_stay_apart():
    stored = _event(4, "2010-11-24", "national walkout against tuition fees, a huge lively "
                    "demonstration", {10, 11, 12, 13}, kind="walkout")
    next_day = _report("2010-11-25", "walkout against tuition fees and education cuts in the "
                       "city", {20, 21, 22}, kind="walkout")
    assert best_match(next_day, [stored]) is None
