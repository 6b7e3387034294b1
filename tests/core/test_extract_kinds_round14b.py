"""Kinds, round 14b (issue 16): what a reader names from the page's genre
and its opening - a petition page that counts its signatures, a ballot's
result said first. Every text here is written for the test."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_page_that_counts_its_signatures_is_a_petition_though_it_speaks_as_undersigned():
    _, main = _main(
        "Fix the Lift Now\n\n"
        "We, the undersigned, call on the housing board and Councillor Marsh to repair the lift at 14 Quay Road.\n\n"
        "Last month, tenants on the upper floors were left without a working lift for three weeks after the "
        "board cut its repair budget.\n\n"
        "We, the undersigned, urge that the board restore the budget.\n\n"
        "Will you sign?\n\n"
        "212 signatures\n")
    assert main.kind == "petition"


def test_an_open_letter_that_asks_readers_to_add_their_names_stays_a_letter():
    _, main = _main(
        "Open letter to the Vice-Chancellor\n\n"
        "Dear Vice-Chancellor,\n\n"
        "We write as staff and students to ask you to withdraw the planned cuts to the library.\n\n"
        "Yours sincerely,\n\nThe undersigned\n\nAdd your name\n")
    assert main.kind == "letter"


def test_a_ballot_result_said_first_is_a_vote_whatever_strike_it_calls():
    _, main = _main(
        "After the ballot closed at midday today, the result was clear - we strike!\n"
        "The union's 9,000 porters and cleaners will join the strike on 3 June, alongside other unions whose "
        "members have voted to strike that day.\n"
        "The strike will run from 10am to 2pm, and strike details will follow. Branch rep Ana Toma said "
        "members were ready to strike.\n")
    assert main.kind == "vote"


def test_a_strike_under_way_after_a_ballot_result_stays_a_strike():
    _, main = _main(
        "Porters went on strike today after the ballot result last month\n\n"
        "Porters at the city hospital went on strike this morning, weeks after a ballot in which 90% voted "
        "for strike action. The strike will last three days.\n")
    assert main.kind == "strike"


def test_pupils_who_rallied_skipping_school_were_on_a_school_strike():
    _, main = _main(
        "\nThousands of pupils rallied across the region on Friday, skipping school and protesting the "
        "council's inaction on air pollution.\n"
        "Signs filled the square outside the town hall as the crowd chanted and the rally grew. "
        "The protest was one of dozens of protests held that day, and protesters marched to the council offices.\n")
    assert main.kind == "strike"
