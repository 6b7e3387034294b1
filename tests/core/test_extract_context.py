"""Background facts become "context" events; pages that report nothing get no event."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.backdrop_clause import date_clause
from timeline_app.core.extract.context import dates_the_backdrop, is_context
from timeline_app.core.extract.no_event import describes_action
from timeline_app.core.importing import import_paths
from timeline_app.core.models import ReadDocument


def test_a_nationwide_vote_or_a_government_order_is_context():
    assert is_context("In June 2016 the country voted to leave in a referendum.", "vote")
    assert is_context("In January the government signed an executive order on visas.", "other")
    assert is_context("The ministry announced funding cuts in 2019.", "other")


def test_the_movements_own_votes_and_actions_are_never_context():
    assert not is_context("Members voted in a ballot in March 2019 to strike.", "vote")
    assert not is_context("Students voted in the union referendum in 2019.", "vote")
    assert not is_context("The government was met by a protest of 500 people in 2019.", "other")
    assert not is_context("Staff walked out on 3 May 2021.", "walkout")


def test_a_report_keeps_its_walkout_and_files_the_background_as_context():
    text = (
        "Pupils walk out over visa rules\n\n"
        "Published 14 March 2019\n\n"
        "Pupils at Hill School walked out of lessons on 14 March 2019 over visa rules.\n"
        "In January 2017 the government signed an executive order on visas.\n"
    )
    events = extract(ReadDocument(text, "txt")).events
    assert [(e.main, e.kind) for e in events] == [(True, "walkout"), (False, "context")]


ABOUT_PAGE = (
    "Who we are\n\n"
    "We are the students' union of a small college. Our officers represent every student, "
    "and our societies meet every week. Get in touch by e-mail if you want to get involved.\n"
)


def test_an_about_page_is_stored_without_an_invented_event(fresh_store, tmp_path):
    assert extract(ReadDocument(ABOUT_PAGE, "txt")).reports_no_event
    page = tmp_path / "about.txt"
    page.write_text(ABOUT_PAGE, encoding="utf-8")
    summary = import_paths(fresh_store, [page])
    assert summary.count("imported") == 1 and summary.results[0].events == 0
    assert fresh_store.document_count() == 1 and fresh_store.event_count() == 0


def test_an_undated_page_that_tells_of_an_action_or_is_a_letter_keeps_its_event():
    action = ("Students occupy the library\n\n"
              "Students occupied the library this afternoon and say they will stay.\n")
    letter = ("To the trustees\n\nWe ask you to reverse the decision to close the nightclub.\n\n"
              "The elected officers\n")
    for text in (action, letter):
        extraction = extract(ReadDocument(text, "txt"))
        assert not extraction.reports_no_event
        assert len(extraction.events) == 1 and extraction.events[0].precision == "unknown"
    assert describes_action("Members will strike next term.")
    assert not describes_action("We campaign for fair rents and organise events.")


def test_a_background_fact_that_mentions_students_as_its_object_is_still_context():
    assert is_context("Since the referendum in June 2016, EU students have faced higher fees.", "other")
    assert is_context("On 27 January the president signed an executive order barring students from "
                      "seven countries.", "other")
    assert not is_context("Students voted in the union referendum in 2019.", "vote")
    assert not is_context("Students told the government in May 2019 that they would strike.", "other")


# The date's own clause decides: a backdrop's date in a sentence that also
# names the movement's action (round 12).
@pytest.mark.parametrize("sentence, start", [
    ("The pupils walked out for ten minutes, one for each child killed in the Feb. 14 shooting.", "2021-02-14"),
    ("Students marched over the decision not to charge the guard who fatally shot a teenager in August.",
     "2014-08"),
    ("The strike opposes a fee plan that was proposed in 2019 by the government.", "2019"),
])
def test_a_date_in_a_clause_about_the_state_or_a_backdrop_is_context(sentence, start):
    assert dates_the_backdrop(sentence, start)


@pytest.mark.parametrize("sentence, start", [
    # the date is the movement's own: its clause holds the action
    ("After the government announced the cuts, students marched on 3 May 2021.", "2021-05-03"),
    # the opening clause has the sentence's subject: the association met the panel
    ("The teachers' association met the ministry-appointed panel on 12 November 2019.", "2019-11-12"),
    # a clause with the movement's action and the state in it stays the movement's
    ("Pupils, who protested outside parliament on 3 May 2021, were joined by staff.", "2021-05-03"),
    # a May or a March is not looked for by name ("may", "march" are words too)
    ("The grant, which the government may cut, was the subject of a march in May.", "2021-05"),
])
def test_a_date_of_the_movement_s_action_is_not_context(sentence, start):
    assert not dates_the_backdrop(sentence, start)


def test_a_walkout_dated_by_a_shooting_becomes_context_and_the_walkout_stays():
    text = (
        "Pupils walk out over gun violence\n\n"
        "Published 14 March 2018\n\n"
        "Pupils at Hill School walked out of lessons on 14 March 2018 over gun violence.\n\n"
        "The walkout ran for 9 minutes, a minute for each victim killed in the Feb. 14 shooting.\n"
    )
    events = extract(ReadDocument(text, "txt")).events
    assert [(e.main, e.kind, e.start) for e in events] == [
        (True, "walkout", "2018-03-14"), (False, "context", "2018-02-14")]


def test_the_clause_breaks_stay_linear_on_hostile_input():
    hostile = "who " * 30_000 + ", " * 20_000 + "killed in 2019 that " + "which " * 10_000
    assert len(hostile) > 200_000
    assert date_clause(hostile, "2019") is not None


def test_the_comma_inside_a_date_opens_no_clause():
    assert date_clause("Students marched for those who were killed in the massacre on October 3, 2021, "
                       "in the town.", "2021-10-03") == " were killed in the massacre on October 3, 2021"
