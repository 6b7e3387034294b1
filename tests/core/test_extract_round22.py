"""Round 22 (issue 16), from real pages. Days: a headline's bare weekday is
the day of that weekday the page writes within a week of its own date; an
ordinal glued to its month ("13thApril 2020") is a date; a ballot's closing
line is no page date. Kinds: staff who walk off the job strike. Bodies: a
listed name keeps its "and" beside its acronym; an adjective before "and"
waits for the noun after it; a centre named for its work, a council of
office holders and rail operators are bodies; a square, a date in capitals
and a second office are not. People: an office's portfolio and an Irish TD's
title are no part of a name."""

from __future__ import annotations

import pytest

from test_extract_bodies_round21 import _people  # the names of the people a text names
from test_extract_kinds_and_main import _main  # the document's extraction and its main event
from test_extract_organisation_parts import _organisations  # the names of the bodies a text names


_STRIKE = ("Workers to Strike Nationwide on Thursday\n\n"
           "WASHINGTON, Dec. 18, 2024 /PRNewswire/ -- The Teamsters will launch the largest strike in "
           "U.S. history beginning at 6 a.m. EST on {day}. Workers will join the picket line in New York.\n")


def test_a_headlines_weekday_is_the_day_the_lede_writes_within_the_week():
    _, main = _main(_STRIKE.format(day="Thurs., Dec. 19"))
    assert (main.kind, main.start) == ("strike", "2024-12-19")


def test_a_headlines_weekday_is_not_moved_to_a_day_weeks_away():
    _, main = _main(_STRIKE.format(day="Thursday, Jan. 30, 2025"))
    assert main.start != "2025-01-30"


def test_an_ordinal_glued_to_its_month_dates_a_letter():
    result, main = _main("13thApril 2020\n\nTo,\n\nThe Union Labour Minister\n\nSub: Labour Codes\n\n"
                         "We write to oppose the labour codes. We, the undersigned unions, urge you to withdraw them.\n")
    assert (result.published, main.start) == ("2020-04-13", "2020-04-13")


def test_a_ballots_closing_line_is_no_page_date_but_the_votes_day():
    result, main = _main("A&E BALLOT RESULT\nDear member\nUNISON members have given the branch a clear mandate "
                         "for industrial action.\nBallot closed on/at: 10am 6 August 2014\n"
                         "Total number voting Yes: 736 (90%)\n"
                         "The Branch committee is meeting on Friday to discuss the next steps.\n")
    assert result.published is None
    assert (main.kind, main.start) == ("vote", "2014-08-06")


def test_workers_who_walk_off_the_job_strike():
    result, _ = _main(" date 2013-09-04 Solidarity in the Fight for 15\n\nOrganisers in several towns describe a "
                      "one-day strike by fast-food workers demanding a living wage and union recognition.\n\n"
                      "ON AUGUST 19, low-wage workers in 50 cities walked off the job at fast-food restaurants as part "
                      "of the latest action in the \"Fight for 15\" campaign for union recognition.\n\n"
                      "In Seattle, some 80 workers struck. They met at 3 a.m. on August 29, rallied downtown, and "
                      "marched all day to urge other workers to go out on strike.\n")
    walked_off = next(event for event in result.events if event.start == "2013-08-19")
    assert walked_off.kind == "strike"  # not the campaign it was part of


def test_a_date_in_capitals_is_no_union_local():
    assert "AUGUST 19" not in _organisations("ON AUGUST 19, low-wage workers in 50 cities struck.\n")


def test_a_listed_name_keeps_its_and_before_its_acronym():
    names = _organisations("It continues to engage unions like the Guyana Agricultural and General Workers "
                           "Union (GAWU) and the Clerical and Commercial Workers Union (CCWU).\n")
    assert "Guyana Agricultural and General Workers Union" in names
    assert not {"Guyana Agricultural", "General Workers Union"} & names


@pytest.mark.parametrize(("sentence", "whole"), [
    ("Present were Norris Witter and the Guyana Postal and Telecommunications Workers Union on Monday.",
     "Guyana Postal and Telecommunications Workers Union"),
    ("Leaders of the Kenya Medical and Allied Workers Union met on Monday.", "Kenya Medical and Allied Workers Union"),
])
def test_an_adjective_before_and_waits_for_the_noun_after_it(sentence: str, whole: str):
    assert whole in _organisations(sentence)


def test_two_firms_joined_by_and_stay_apart():
    names = _organisations("Lockheed Martin and Northrop Grumman Corporation staff walked out on Monday.")
    assert "Northrop Grumman Corporation" in names
    assert "Lockheed Martin and Northrop Grumman Corporation" not in names


def test_a_square_named_after_a_body_is_a_place():
    assert "UPNG Forum" not in _organisations("During the rally at the UPNG Forum Square, the minister spoke.")


def test_an_association_of_university_teachers_is_named_whole():
    names = _organisations("On Monday, the Canadian Association for University Teachers issued a statement.")
    assert "Canadian Association for University Teachers" in names


@pytest.mark.parametrize("sentence", [
    "The group worked with the Southern Poverty Law Center and the American Civil Liberties Union on Monday.",
    "The group worked with the American Civil Liberties Union, the Southern Poverty Law Center and others.",
])
def test_a_centre_named_for_its_work_is_a_body(sentence: str):
    assert "Southern Poverty Law Center" in _organisations(sentence)


def test_a_centre_that_is_a_building_or_a_room_is_still_no_body():
    names = _organisations("Students met at the Kimmel Center and asked the Advice Centre for help on Monday.")
    assert not {"Kimmel Center", "Advice Centre"} & names


def test_a_council_of_office_holders_is_a_body_but_a_board_of_them_is_not_read_as_one():
    assert "Council of Governors" in _organisations("The union condemned the Council of Governors on Monday.")
    assert "Board of Governors" not in _organisations("The union condemned the Board of Governors on Monday.")


def test_a_second_office_before_a_head_word_names_no_body():
    names = _organisations("The news delivered by Judith Nalukwago, the Vice Guild President, sent them into a frenzy.")
    assert "Vice Guild" not in names


def test_rail_operators_named_by_their_trains_are_bodies():
    names = _organisations("Staff at Northern Trains and West Midlands Trains will strike on Saturday, the RMT said.")
    assert {"Northern Trains", "West Midlands Trains"} <= names


def test_staff_at_a_firms_sites_make_it_an_employer():
    names = _organisations("Workers at seven Amazon facilities went on strike Thursday. "
                           "Amazon said it did not expect an impact on its operations.")
    assert "Amazon" in names


def test_a_town_with_sites_is_no_employer():
    names = _organisations("Workers at seven Leeds facilities went on strike Thursday, in Leeds and beyond.")
    assert "Leeds" not in names


def test_a_ministrys_portfolio_is_no_part_of_the_ministers_name():
    people = _people("Minister of Higher Education, Research, Science and Technology Malakai Tabar urged them.")
    assert people == {"Malakai Tabar"}


def test_an_irish_tds_title_marks_the_name_after_it():
    people = _people("Sinn Féin TD Mairéad Farrell and Labour TD Aodhán Ó Riordáin joined the event in "
                     "solidarity with the students who marched through the city on Wednesday.")
    assert {"Mairéad Farrell", "Aodhán Ó Riordáin"} <= people
