"""A page's byline and widgets never title the document or its main event:
seen in the window with real pages, where a byline with its town, a byline
behind a glued metadata date and a weather widget's temperature became
titles. Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _main_title(text: str) -> tuple[str | None, str]:
    extraction = extract(ReadDocument(text=text, format="txt"))
    main = next(event for event in extraction.events if event.main)
    return extraction.title, main.title


def test_a_byline_with_its_town_is_not_the_title():
    document, event = _main_title(
        "By Amos Kiprop, Hilltown\n"
        "The county branch of the nurses' union has launched a strike over unpaid allowances.\n"
        "Nurses said the strike would go on until the allowances are paid.\n")
    assert not document.startswith("By ")
    assert not event.startswith("By ")
    assert "strike" in event


def test_a_byline_behind_a_glued_metadata_date_is_not_the_event_title():
    document, event = _main_title(
        "date 2021-03-04 By ANNA MARIA DELA PAZ\n\n"
        "CampusWeekly.org\n\n"
        "PORT TOWN – Students from several colleges staged a walkout on March 3 against the fee rise.\n")
    assert "DELA PAZ" not in document
    assert "DELA PAZ" not in event
    assert event.startswith("Students from several colleges")


def test_a_weather_widget_is_not_the_headline():
    document, event = _main_title(
        "27.6 C\n"
        "Wessex\n"
        "Students march against the tuition rise\n\n"
        "Thousands of students marched to the ministry on Wednesday to oppose the tuition rise.\n")
    assert document == "Students march against the tuition rise"
    assert event == "Students march against the tuition rise"


def test_a_byline_of_two_writers_and_their_outlet_is_not_the_title():
    document, event = _main_title(
        "By Lena Okafor and Tom Reyes | Newswire\n"
        "Thousands of academic workers at the state university voted to strike over pay on Tuesday.\n"
        "The union said the strike would begin next week.\n")
    assert "Okafor" not in document
    assert "Okafor" not in event
    assert "strike" in event


def test_a_mails_header_and_a_petitions_counter_are_not_the_title():
    from timeline_app.core.extract.page_furniture import is_page_furniture
    from timeline_app.core.extract.title_openings import without_opening
    for line in ("From: Jo Reed <jo@example.org>", "> Date: Mon, 3 Mar 2025 09:13:07 -0700", "Sent: Monday",
                 "Signatures: 412Next Goal: 500", "1,204 signatures", "Sign now"):
        assert is_page_furniture(line), line
    for line in ("From the picket line, members sent greetings", "Signatures were handed in at noon",
                 "Sign the letter to the council"):
        assert not is_page_furniture(line), line
    assert without_opening("> We are writing to ask the council to stop the evictions") == \
        "We are writing to ask the council to stop the evictions"
