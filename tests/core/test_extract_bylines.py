"""A byline names the page's writer, not someone who took part in what it
reports (issue 16, item 3): the document keeps the writer as its author,
its events do not list them."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument

_REPORT = ("Students occupy the library\n"
           "By Hana Solberg, Tomasz Rydel\n"
           "Students at Northfield University occupied the library on Monday, 4 March 2024, "
           "to protest against cuts, union president Ife Adeyemi said.\n")


def test_the_writers_of_a_byline_are_the_documents_authors_and_on_no_event():
    extraction = extract(ReadDocument(text=_REPORT, format="txt"))
    roles = {p.name: p.role for p in extraction.people}
    assert roles.get("Hana Solberg") == "author"
    on_events = {name for event in extraction.events for name in event.people}
    assert "Ife Adeyemi" in on_events
    assert not {"Hana Solberg", "Tomasz Rydel"} & on_events


def test_credits_under_a_report_are_authors_too():
    text = _REPORT + "(Reporting by Mirela Dobos, Writing by Ansel Kirkby)\n"
    on_events = {name for event in extract(ReadDocument(text=text, format="txt")).events for name in event.people}
    assert not {"Mirela Dobos", "Ansel Kirkby"} & on_events


def test_a_writer_the_report_also_quotes_takes_part():
    text = _REPORT + "\"We will stay,\" said Hana Solberg, who joined the occupation.\n"
    extraction = extract(ReadDocument(text=text, format="txt"))
    assert "Hana Solberg" in {name for event in extraction.events for name in event.people}
    assert {p.name: p.role for p in extraction.people}.get("Hana Solberg") != "author"


def test_photo_credits_are_authors_too():
    text = ("Students occupy the library\n"
            "Students at Northfield University occupied the library on Monday, 4 March 2024, "
            "union president Ife Adeyemi said. Photo: Lorna Vashti\n"
            "Pupils marched to the hall (Dermot Keogh/PA)\n\nBrigid Aalto, News Editor\n")
    extraction = extract(ReadDocument(text=text, format="txt"))
    on_events = {name for event in extraction.events for name in event.people}
    assert "Ife Adeyemi" in on_events
    assert not {"Lorna Vashti", "Dermot Keogh", "Brigid Aalto"} & on_events
    assert {p.name: p.role for p in extraction.people}.get("Lorna Vashti") == "author"
