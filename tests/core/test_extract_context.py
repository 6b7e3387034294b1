"""Background facts become "context" events; pages that report nothing get no event."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.extract.context import is_context
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
