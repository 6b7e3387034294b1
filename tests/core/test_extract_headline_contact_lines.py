"""A page's contact block never heads the document: an address's label, a town
with its postcode, a post box, a telephone line or a line holding a mail address
(shown or hidden by the saved page) is passed over for the headline under it, or
for the body's own sentence when no headline follows. Every text here is written
for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.contact_lines import is_contact_line
from timeline_app.core.models import ReadDocument


def _titles(text: str) -> tuple[str | None, str, str]:
    extraction = extract(ReadDocument(text=text, format="txt"))
    main = next(event for event in extraction.events if event.main)
    return extraction.title, main.title, main.kind


def test_an_address_label_and_a_postcode_line_are_passed_over_for_the_headline():
    document, event, kind = _titles(
        "Postal Address\n"
        "88 Quayside Walk.\n"
        "Harbourton, MA 02130\n"
        "Kea Holm dockers occupy the harbour board offices over unpaid wages\n"
        "Some sixty dockers from Kea Holm took over the lobby of the harbour board on Monday and said they "
        "would stay inside until the wages owed since spring are paid.\n")
    assert document == "Kea Holm dockers occupy the harbour board offices over unpaid wages"
    assert event.startswith("Kea Holm dockers occupy")
    assert kind == "occupation"


@pytest.mark.parametrize("prompt", [
    "Send greetings to the Lakeland branch at branch.secretary@lakeland-porters.example and follow us online",
    "Send greetings to [email protected] and follow the Lakeland branch online for news",
])
def test_a_line_naming_a_mail_address_is_not_the_headline(prompt):
    document, event, kind = _titles(
        "Porters and cooks at Westbrook general hospital will strike twice this month over night rates.\n"
        "Two one-day strikes are called for 3 and 10 March.\n"
        f"{prompt}\n"
        "Cleaners at the Ostland clinic have voted to strike as well.\n")
    assert "@" not in (document or "") and "protected" not in (document or "")
    assert "greetings" not in event
    assert kind == "strike"


@pytest.mark.parametrize("line", [
    "Postal Address", "Our address:", "Head Office", "Contact details",
    "P.O. Box 4471", "Tel: (020) 555 0101", "Fax: +44 20 555 0102", "Harbourton, MA 02130",
    "Write to jo.arlen@example.org for details",
])
def test_contact_lines(line):
    assert is_contact_line(line)


@pytest.mark.parametrize("line", [
    "Dockers Address the Harbour Board", "Phone workers strike at Lakeland exchange",
    "Kea Holm tenants write to the mayor", "Students rally @ Westbrook square",
    "Ama Lind elected head of the office workers' union",
])
def test_headlines_are_not_contact_lines(line):
    assert not is_contact_line(line)
