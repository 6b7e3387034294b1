"""Round 21's review (issue 16): invented probes that the round's first
rules got wrong, each kept here so the mended rules stay mended: the vote's
own date, a strike amid a ballot, a headline's threat, real bodies named
"State ...", "Directorate-General ..." or "... System", a sentence opening
"All Nigeria ...", list items cut at "of", towns listed after a kind word,
and people read as listed bodies."""

from __future__ import annotations

import pytest

from test_extract_bodies_round21 import _people  # the names of the people a text names
from test_extract_kinds_and_main import _main  # the document's extraction and its main event
from test_extract_organisation_parts import _organisations  # the names of the bodies a text names


@pytest.mark.parametrize("body", [
    "Nurses voted for strike action on March 6, 2023. A walkout is planned for March 20, 2023.",
    "Nurses voted in the ballot for strike action, which closed on 6 March 2023. Strikes start on 20 March 2023.",
])
def test_a_vote_dated_in_its_own_sentence_keeps_its_date(body: str):
    _, main = _main(f" date 2023-03-08 \nNurses vote to strike\n\n{body}\n")
    assert (main.kind, main.start) == ("vote", "2023-03-06")


def test_a_strike_amid_a_ballot_is_the_strike():
    _, main = _main("Support staff action\n\nAmid the ongoing ballot of teachers, support staff walked out on "
                    "March 7, 2023 over pay.\n")
    assert main.kind != "vote"


def test_a_headline_threat_in_a_relative_clause_still_names_the_act():
    _, main = _main("Unions that threaten shutdown get warning from governor\n\nThe governor warned the unions on "
                    "Monday.\n")
    assert main.kind == "strike"


@pytest.mark.parametrize(("sentence", "body"), [
    ("Activists occupied the lobby of the State Department on Monday.", "State Department"),
    ("Doctors marched to the Directorate-General of Health Services on Monday.",
     "Directorate-General of Health Services"),
    ("The Federal Reserve System (FRS) raised rates on Monday, the union said.", "Federal Reserve System"),
])
def test_a_body_named_like_a_kind_an_office_or_a_thing_stays_a_body(sentence: str, body: str):
    assert body in _organisations(f"Protest news\n\n{sentence}\n")


def test_all_opening_a_sentence_before_a_country_is_no_part_of_a_name():
    found = _organisations("Strike news\n\nAll Nigeria Police stations were closed on Monday.\n")
    assert "All Nigeria Police" not in found


def test_an_office_of_labour_defined_with_its_acronym_names_no_party():
    found = _organisations("Strike news\n\nThe Commissioner of Labour (COL) met the union on Monday.\n")
    assert "Labour" not in found


@pytest.mark.parametrize(("sentence", "person"), [
    ("The firm's Chief Executive Nairobi Water Company, Nahashon Muguna, spoke on Monday.", "Nahashon Muguna"),
    ("On May 1, 2019, Comrade NLC Congress, Ayuba Wabba, led the march.", "Ayuba Wabba"),
    ("Jake Plaza, the treasurer, said the march would go ahead.", "Jake Plaza"),
])
def test_a_person_after_an_office_and_a_body_or_named_plaza_stays_a_person(sentence: str, person: str):
    assert person in _people(f"Protest news\n\n{sentence}\n")


def test_the_last_member_body_listed_keeps_its_whole_name():
    found = _organisations("Walkout news\n\nIt was joined by its member organizations, ANAKBAYAN, Kabataang Pinoy, "
                           "Youth Revolt and the League of Filipino Students of the Philippines.\n")
    assert "League of Filipino Students of the Philippines" in found and "League" not in found


@pytest.mark.parametrize("sentence", [
    "Many partner groups, Leeds, York, Hull and Sheffield marched on Monday.",
    "The groups, Students and Workers, Teachers and Nurses, Doctors and Farmers marched on Monday.",
])
def test_towns_and_people_listed_after_a_kind_of_body_are_no_bodies(sentence: str):
    assert _organisations(f"March news\n\n{sentence}\n") == set()
