"""An occupation or strike reported at its start and at its end is one event;
an undated page joins the one dated event its text tells."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.consolidation import Candidate, Mention, mention_span
from timeline_app.core.consolidation.document_joins import page_content_words, undated_page_match
from timeline_app.core.consolidation.lasting import lasting_follow, lasting_match
from timeline_app.core.consolidation.mentions import content_words
from timeline_app.core.importing import import_paths
from timeline_app.core.models import ExtractedEvent
from timeline_app.core.store import Store

_START = """Students occupy Senate House over rent rises

3 March 2014

On 3 March 2014, members of the Tenants Action Group (TAG) occupied Senate House in protest \
at rent rises in university halls.
"""

_END = """Senate House occupation ends

29 March 2014

The occupation of Senate House by the Tenants Action Group (TAG) over rent rises in university \
halls ended on 28 March 2014 after the university agreed to talks.
"""


def _report(start: str, words: str, kind: str = "occupation", orgs=frozenset({1})) -> Mention:
    t0, t1 = mention_span(start, None, "day")
    return Mention("k", kind, start, "day", t0, t1, content_words(words), orgs, 99)


def _action(event_id: int, start: str, words: str, kind: str = "occupation",
            orgs=frozenset({1})) -> Candidate:
    return Candidate(event_id, kind, start, None, "day", content_words(words), orgs,
                     frozenset({event_id}))


def test_the_report_of_an_occupations_end_joins_its_start_weeks_before():
    start = _action(1, "2014-03-03", "occupied senate house rent rises halls")
    end = "occupation of senate house over rent rises ended after talks"
    assert lasting_match(_report("2014-03-28", end), [start]) == 1
    # the same words without a word saying the action lasts: a second occupation
    assert lasting_match(_report("2014-03-28", "occupied senate house over rent rises"),
                         [start]) is None
    # another body, another kind, or months later: not the same action
    assert lasting_match(_report("2014-03-28", end, orgs=frozenset({2})), [start]) is None
    assert lasting_match(_report("2014-03-28", end, kind="strike"), [start]) is None
    assert lasting_match(_report("2014-09-28", end), [start]) is None
    # the start arriving after the end finds it the same way
    assert lasting_match(_report("2014-03-03", "occupied senate house rent rises halls"),
                         [_action(2, "2014-03-28", end)]) == 2


def test_two_bodies_in_common_let_an_occupation_be_told_in_fewer_shared_words():
    start = _action(1, "2013-02-07", "the occupation of the conference centre began after a "
                    "peaceful march around the campus against the sale of its catering and "
                    "cleaning services", orgs=frozenset({1, 2}))
    later = ("protests against outsourcing campus services escalated as more students forced "
             "their way into a conference room and stayed overnight")  # 3 stems, 27 %
    # the university and the campaign occupying it, named by both: one occupation
    assert lasting_match(_report("2013-02-12", later, orgs=frozenset({1, 2, 3})), [start]) == 1
    # one body in common (the university's other occupation that term): 30 % needed
    assert lasting_match(_report("2013-02-12", later, orgs=frozenset({1, 3})), [start]) is None
    # still a word saying the action lasts, and three stems, are needed
    assert lasting_match(_report("2013-02-12", "students forced their way into a conference "
                                 "room over campus services", orgs=frozenset({1, 2})),
                         [_action(2, "2013-02-07", "students marched around the campus "
                                  "against the sale of conference services",
                                  orgs=frozenset({1, 2}))]) is None
    assert lasting_match(_report("2013-02-12", "the occupation continued as students stayed "
                                 "in the conference room", orgs=frozenset({1, 2})),
                         [start]) is None


def test_a_page_telling_an_occupations_end_and_start_follows_the_start():
    def event(start: str, main: bool = False, orgs=("TAG",)) -> ExtractedEvent:
        return ExtractedEvent("t", "occupation", start, "day",
                              "the occupation of senate house began and ended over rent rises",
                              0, 1, main=main, organisations=orgs)
    end, began = event("2014-03-28", True), event("2014-03-03")
    assert lasting_follow([end, began], [None, 7], [1, 2]) == 7
    assert lasting_follow([end, began], [None, None], [1, 2]) == 2
    assert lasting_follow([end, event("2014-03-27")], [None, 7], [1, 2]) is None  # the same days
    assert lasting_follow([end, event("2014-03-03", orgs=("NU",))], [None, 7], [1, 2]) is None


def test_reports_of_the_start_and_the_end_are_one_occupation_in_either_order(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "start.txt").write_text(_START, encoding="utf-8")
    (folder / "end.txt").write_text(_END, encoding="utf-8")
    for name, order in (("one.db", ["start.txt", "end.txt"]), ("two.db", ["end.txt", "start.txt"])):
        with Store.open(tmp_path / name) as store:
            import_paths(store, [folder / n for n in order])
            shown = store.db.execute(
                "SELECT start, source_count, date_conflict FROM events"
                " WHERE consolidated_into IS NULL AND main = 1").fetchall()
            # one occupation, dated when it began; the end's date is kept and flagged
            assert [tuple(row) for row in shown] == [("2014-03-03", 2, 1)], name


def test_an_undated_page_joins_the_one_dated_event_whose_words_it_holds():
    page = ("Join the rent strike. Tenants are withholding payments collectively: "
            "a stronger tactic with better chances of winning.")
    words = page_content_words(page, [])
    told = _action(1, "2017-02-13", "tenants withholding payments collectively stronger "
                   "tactic chances winning", kind="strike")
    other = _action(2, "2017-02-13", "nurses walk out over night shifts rotas wards",
                    kind="strike")
    assert undated_page_match("strike", words, [told, other]) == 1
    # a second event its page tells as well (the same campaign's strike a year before)
    again = _action(3, "2016-01-11", "tenants withholding payments collectively stronger "
                    "tactic chances winning", kind="strike")
    assert undated_page_match("strike", words, [told, again]) is None


_REPORT = """Tenants begin rent strike

13 February 2017

On 13 February 2017, members of the Tenants Action Group (TAG) began a rent strike, \
withholding payments collectively over unaffordable rents in university halls.
"""

_UNDATED_PAGE = """Join the rent strike

The Tenants Action Group (TAG) is on rent strike. Tenants are withholding payments \
collectively because rents in university halls are unaffordable.

Sign up below to join the strike and withhold your rent.
"""


def test_an_undated_page_and_the_report_it_tells_meet_in_either_order(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text(_REPORT, encoding="utf-8")
    (folder / "page.txt").write_text(_UNDATED_PAGE, encoding="utf-8")
    for name, order in (("one.db", ["report.txt", "page.txt"]),
                        ("two.db", ["page.txt", "report.txt"])):
        with Store.open(tmp_path / name) as store:
            import_paths(store, [folder / n for n in order])
            shown = store.db.execute(
                "SELECT start, source_count FROM events WHERE consolidated_into IS NULL").fetchall()
            assert [tuple(row) for row in shown] == [("2017-02-13", 2)], name
