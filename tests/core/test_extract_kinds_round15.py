"""Kinds, round 15 (issue 16): what a reader names from the page's form -
a letter set out under its addressee's address. Every text here is written
for the test."""

from __future__ import annotations

import pytest
from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.document_form import under_address
from timeline_app.core.extract.sentences import Span


def test_a_letter_under_its_addressees_address_is_a_letter_whatever_strike_it_supports():
    _, main = _main(
        "• Home\n• News\n• Contact\n\n"
        "The Vice-Chancellor\nRiverside University\n12 College Road\nMillbrook MB4 2QT\n\n"
        "Dear Members of the Riverside Cleaners Union:\n\n"
        "On behalf of the Harbour Nurses Association, I write to express our support for your strike "
        "at Riverside University.\n\n"
        "We support your strike and your demand for a living wage, and we call on the university to "
        "bargain with your union now.\n\n"
        "In solidarity,\n\nMara Quint\n")
    assert main.kind == "letter"


@pytest.mark.parametrize("headline", ["Branch news, 3 May", "Branch news", "Branch news for May 3rd"])
def test_a_forwarded_mail_that_greets_a_member_by_name_keeps_its_news(headline: str):
    # the headline names no act, so only the salutation's reading decides the kind
    _, main = _main(
        f"{headline}\n\n"
        "Read the message from the union below\n\n"
        "Dear Sam,\n\n"
        "Members voted to reject the pay offer, and the committee has decided to ballot members for strike "
        "action. Your ballot paper will arrive next month.\n\n"
        "Best wishes,\n\nLee Park\n")
    assert main.kind == "vote"


def test_an_act_word_that_ends_an_events_name_still_votes():
    _, main = _main(
        "Saturday for the Cleaners\n\n"
        "The Harbour Tenants Solidarity Rally and March is this Saturday at noon in Quay Square.\n\n"
        "It backs the cleaners' strike at the port. The Harbour Tenants Solidarity Rally will end at the port gates.\n")
    assert main.kind == "protest"


def test_an_act_word_inside_a_groups_name_votes_nothing():
    _, main = _main(
        "Students walk out over fees\n\n"
        "Students walked out of lectures on Tuesday, called out by the Campus Strike Support Network.\n\n"
        "The Campus Strike Support Network said more walkouts would follow.\n")
    assert main.kind == "walkout"


def test_an_events_name_that_ends_its_sentence_still_votes():
    extraction, main = _main(
        "Pupils leave class over climate\n\n"
        "On 12 March 2020 thousands of pupils joined the National School Walkout. Organisers said 200 schools "
        "took part.\n")
    assert main.kind == "walkout"

@pytest.mark.parametrize("lines, expected", [
    (["Branch news, 3 May", "Read the message from the branch below"], False),
    (["Room 4 notices", "Read the message below"], False),
    (["The Warden", "12 College Road", "Millbrook"], True),
    (["The Warden", "Millbrook MB4 2QT"], True),
    (["Office of the Dean", "Springfield, IL 62704"], True),
])
def test_only_an_address_shape_on_a_line_that_is_no_date_is_an_address(lines: list[str], expected: bool):
    spans = [Span(0, len(line), line) for line in lines]
    assert under_address(spans) is expected
