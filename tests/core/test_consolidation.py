"""Reports of one event become one event with many sources; different events stay apart."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.consolidation import Candidate, Mention, best_match, mention_span
from timeline_app.core.consolidation.mentions import content_words
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store


def _mention(start: str, precision: str, words: str, orgs=frozenset({1}),
             kind: str = "walkout") -> Mention:
    t0, t1 = mention_span(start, None, precision)
    return Mention("k", kind, start, precision, t0, t1, content_words(words), orgs, 99)


def _march(event_id: int, start: str, precision: str = "day", words: str = "",
           kind: str = "walkout") -> Candidate:
    return Candidate(event_id, kind, start, None, precision,
                     content_words(words or "fees march London tuition"), frozenset({1}),
                     frozenset({event_id}))


def test_a_day_agrees_with_its_month_but_not_with_another_day_of_it():
    day = _mention("2010-11-10", "day", "walk out against tuition fees march in London")
    assert best_match(day, [_march(1, "2010-11")]) == 1
    assert best_match(day, [_march(2, "2010-11-24")]) is None
    month = _mention("2010-11", "month", "November march against tuition fees in London")
    assert best_match(month, [_march(3, "2010-11-10")]) == 3


def test_a_relative_date_a_few_days_out_still_agrees():
    approx = _mention("2010-11-12", "approximate", "last week's tuition fees march in London")
    assert best_match(approx, [_march(4, "2010-11-10")]) == 4


def test_the_same_day_and_union_but_other_words_is_another_event():
    rent = _mention("2010-11-10", "day", "rent strike at the halls of residence")
    assert best_match(rent, [_march(5, "2010-11-10")]) is None


def test_two_outlets_telling_one_strike_day_in_other_words_join_when_they_name_its_bodies():
    # Same day, same kind, one word in common ("strike"), and the union and the
    # pension scheme named on both sides, though neither says who organised
    # what (no roles): a briefing and a report of the first strike day.
    def briefing(bodies: frozenset[int], words: str = "everything you need to know "
                 "before strikes begin") -> Mention:
        t0, t1 = mention_span("2018-02-22", None, "day")
        return Mention("k", "strike", "2018-02-22", "day", t0, t1, content_words(words),
                       bodies, 99, acting_ids=frozenset())

    report = Candidate(9, "strike", "2018-02-22", None, "day",
                       content_words("institutions report mixed levels of support, an uneven "
                                     "impact on the first strike day"),
                       frozenset({1, 2, 3}), frozenset({9}), acting_ids=frozenset())
    assert best_match(briefing(frozenset({1, 2})), [report]) == 9
    # One body in common is not enough for so few shared words ...
    assert best_match(briefing(frozenset({1})), [report]) is None
    # ... even when it organised both: a union's two occupations on one day, at
    # two universities, share the union and "occupied", and stay two.
    leeds = Mention("k", "occupation", "2018-02-22", "day", *mention_span("2018-02-22", None, "day"),
                    content_words("students occupied the main library over rising hall rents "
                                  "and cuts"), frozenset({1, 4}),
                    98, acting_ids=frozenset({1}))
    bristol = Candidate(8, "occupation", "2018-02-22", None, "day",
                        content_words("students occupied the finance office demanding the "
                                      "university divest from fossil fuel firms"),
                        frozenset({1, 5}), frozenset({8}), acting_ids=frozenset({1}))
    assert best_match(leeds, [bristol]) is None
    # ... and no shared word at all never joins, whoever is named.
    assert best_match(briefing(frozenset({1, 2}), "pension ballot result announced"),
                      [report]) is None


def test_year_only_dates_and_unclassified_mentions_never_join():
    year = _mention("2010", "year", "tuition fees march London")
    assert best_match(year, [_march(6, "2010-11-10")]) is None
    other = _mention("2010-11-10", "day", "tuition fees march London", kind="other")
    assert best_match(other, [_march(7, "2010-11-10")]) is None


def test_another_kind_joins_only_on_strong_evidence():
    letter = _mention("2010-11-10", "day", "open letter announcing the tuition fees march "
                      "through London", kind="letter")
    assert best_match(letter, [_march(7, "2010-11-10")]) == 7
    vague = _mention("2010-11", "month", "open letter to the minister about London rents",
                     kind="letter")
    assert best_match(vague, [_march(8, "2010-11-10")]) is None


def test_the_best_of_several_agreeing_events_wins_and_ties_go_to_the_oldest():
    month = _mention("2010-11", "month", "tuition fees march in London")
    fees = _march(9, "2010-11-10", words="tuition fees march London")
    rent = _march(8, "2010-11-24", words="rent strike halls")
    assert best_match(month, [rent, fees]) == 9
    twin = _march(10, "2010-11-10", words="tuition fees march London")
    assert best_match(month, [twin, fees]) == 9


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _reports(folder: Path) -> None:
    _write(folder, "a.txt", "Students walk out over tuition fees\n\nOn 10 November 2010 the "
           "National Union of Students led thousands of students on a march against "
           "tuition fees in London.\n")
    _write(folder, "b.txt", "Fees march fills Westminster\n\nIn November 2010 the National "
           "Union of Students marched through London against the rise in tuition fees.\n")
    _write(folder, "c.txt", "Rent strike begins\n\nOn 24 November 2010 the National Union of "
           "Students began a rent strike in the halls of residence in Leeds.\n")


def test_reports_of_one_march_become_one_event_with_two_sources(fresh_store, tmp_path):
    _reports(tmp_path / "docs")
    assert import_paths(fresh_store, [tmp_path / "docs"]).count("imported") == 3
    shown = fresh_store.events(event_filter=EventFilter(kinds=("protest", "walkout", "strike")))
    by_title = {e["title"]: e for e in shown}
    march = next(e for e in shown if e["source_count"] == 2)
    assert march["start"] == "2010-11-10"  # the day, not the month of the other report
    assert march["confidence"] >= max(s["confidence"] for s in
                                      fresh_store.event_sources(march["id"]))
    stated = {s["start"] for s in fresh_store.event_sources(march["id"])}
    assert stated == {"2010-11-10", "2010-11"}
    assert any("Rent strike" in title for title in by_title)
    attested = fresh_store.events(event_filter=EventFilter(min_sources=2))
    assert [e["id"] for e in attested] == [march["id"]]


def test_each_seed_keeps_its_own_walkout(fresh_store, seeds_dir):
    import_paths(fresh_store, [seeds_dir])
    walkouts = fresh_store.events(event_filter=EventFilter(kinds=("walkout",)))
    assert sorted(e["start"] for e in walkouts) == ["2015-11-17", "2017-02-20"]
    assert all(e["source_count"] == 1 for e in walkouts)


def test_the_same_article_twice_in_other_files_is_one_event(fresh_store, seeds_dir, tmp_path):
    article = (seeds_dir / "001_fd522c965bac0882.txt").read_text(encoding="utf-8")
    folder = tmp_path / "copies"
    _write(folder, "original.txt", article)
    _write(folder, "syndicated.txt", article + "\nRepublished with permission.\n")
    import_paths(fresh_store, [folder])
    walkouts = fresh_store.events(event_filter=EventFilter(kinds=("walkout",)))
    assert len(walkouts) == 1 and walkouts[0]["start"] == "2017-02-20"
    assert walkouts[0]["source_count"] == 2


def test_a_rerun_in_another_order_gives_the_same_groups(tmp_path):
    _reports(tmp_path / "docs")
    groups = []
    for name, order in (("one.db", ["a.txt", "b.txt", "c.txt"]),
                        ("two.db", ["c.txt", "b.txt", "a.txt"])):
        with Store.open(tmp_path / name) as store:
            import_paths(store, [tmp_path / "docs" / n for n in order])
            groups.append(sorted(
                tuple(sorted(Path(str(s["document_title"])).name for s in
                             store.event_sources(e["id"])))
                for e in store.events(event_filter=EventFilter())))
    assert groups[0] == groups[1]


def test_an_unclassified_report_joins_another_kind_only_with_an_organiser_and_many_words():
    words = "housing petition signed unsafe thousands hand"
    petition = Candidate(20, "petition", "2002-02-09", None, "day", content_words(words),
                         frozenset({1}), frozenset({20}))
    same = _mention("2002-02-09", "day", words + " spokesperson", kind="other")
    assert best_match(same, [petition]) == 20
    elsewhere = _mention("2002-02-09", "day", words, orgs=frozenset({2}), kind="other")
    assert best_match(elsewhere, [petition]) is None
    few_words = _mention("2002-02-09", "day", "housing petition signed", kind="other")
    assert best_match(few_words, [petition]) is None


def test_an_unclassified_month_report_with_an_organiser_and_many_words_joins_the_day():
    words = "campus nursery closure petition signed handed show strength"
    petition = Candidate(21, "petition", "2019-10-06", None, "day", content_words(words),
                         frozenset({1}), frozenset({21}))
    month = _mention("2019-10", "month", "nursery closure petition signed campus spokesperson "
                     "rosa fraser", kind="other")
    assert best_match(month, [petition]) == 21


def test_a_month_only_report_needs_half_its_words_shared_with_a_day_of_that_month():
    # an organiser's other action that month shares a few words ("strike", the year)
    month = _mention("1999-01", "month", "1999 strike over campus nursery closure begins")
    other_strike = _march(5, "1999-01-12", words="1999 strike over refugees treatment held")
    assert best_match(month, [other_strike]) is None
    same_strike = _march(6, "1999-01-26", words="strike over campus nursery closure went")
    assert best_match(month, [other_strike, same_strike]) == 6


def test_an_unclassified_report_of_the_same_day_joins_on_four_words_most_of_its_own():
    petition = Candidate(22, "petition", "2003-05-03", None, "day",
                         content_words("handed petition signed war"), frozenset({1}),
                         frozenset({22}))
    short = _mention("2003-05-03", "day", "hand petition signed war women", kind="other")
    assert best_match(short, [petition]) == 22
    next_day = _mention("2003-05-04", "day", "hand petition signed war women", kind="other")
    assert best_match(next_day, [petition]) is None  # a day apart it needs five


def test_an_event_told_as_other_and_as_a_petition_is_a_petition():
    from timeline_app.core.consolidation import SourceFacts, consolidate_fields

    def source(source_id: int, kind: str) -> SourceFacts:
        return SourceFacts(source_id, source_id, "t", kind, "2003-05-03", None, "day", None,
                           0.5, True)

    assert consolidate_fields([source(1, "other"), source(2, "petition")]).columns["kind"] \
        == "petition"
    assert consolidate_fields([source(1, "other")]).columns["kind"] == "other"
