"""Round 34 (issue 16), from real pages: universities named by their towns in
a list where students occupy, courts a report names as parties, the
writers' line that opens with the page's date, a weekday an action is
called for, weekdays a preposition governs kept in titles, acronyms that a
sentence treats as bodies, hospitals and schools written with a lower-case
head, and a standfirst between the headline and the page's date line.
Each rule has guards: the same words where they say something else."""

from __future__ import annotations

import pytest

from extracted import organisation_names, read_text
from timeline_app.core.extract.title_openings import without_day_words

_UNIVERSITY_PAGE = "Westbrook University staff backed the students.\n\n"


def test_students_in_a_list_of_towns_occupying_name_their_universities():
    text = _UNIVERSITY_PAGE + ("Students in Harbourton, Lakeland and Arlen set up tents outside university "
                               "buildings on Monday.")
    found = organisation_names(text)
    assert {"University of Harbourton", "University of Lakeland", "University of Arlen"} <= set(found)


def test_occupations_in_a_list_of_towns_name_their_universities():
    text = _UNIVERSITY_PAGE + "There were also occupations in Harbourton, Lakeland and Arlen on Tuesday."
    assert {"University of Harbourton", "University of Arlen"} <= set(organisation_names(text))


@pytest.mark.parametrize("text", [
    # visitors, not occupiers: nothing in the clause speaks of a campus
    _UNIVERSITY_PAGE + "Students from Harbourton, Lakeland and Arlen travelled by coach; the occupation went on.",
    # countries
    _UNIVERSITY_PAGE + "Students from Syria, Iraq and Yemen occupied the university library.",
    # one town alone is as often where the students live
    _UNIVERSITY_PAGE + "Students in Harbourton set up tents outside university buildings.",
    # a page about no university
    "Students in Harbourton, Lakeland and Arlen set up tents outside the town hall.",
])
def test_towns_and_countries_that_are_no_universities_stay_places(text):
    assert not any(name.startswith("University of") for name in organisation_names(text)
                   if name != "Westbrook University")


def test_countries_and_regions_are_places_and_towns_are_not():
    from timeline_app.core.extract.places import is_place  # (new in this round)

    assert is_place("Chile") and is_place("Hong Kong") and is_place("Latin America") and is_place("Wales")
    assert not is_place("Harbourton") and not is_place("Leeds")


@pytest.mark.parametrize("court", ["Harbourton High Court", "Constitutional Court", "International Criminal Court",
                                   "Ostland Court of Appeal"])
def test_a_court_a_report_names_as_a_party_is_a_body(court):
    text = f"Strike news\n\nThe union took its case to the {court}, which ruled on Monday."
    assert court in organisation_names(text)


@pytest.mark.parametrize("text", [
    "Strike news\n\nThe protest moved past Lakeland Court, a block of flats, on Monday.",
    "Strike news\n\nThe Supreme Court ruled on the right to strike years ago.",
    "Strike news\n\nThe Harbourton Party's High Court appeal failed on Monday.",
])
def test_a_building_a_supreme_court_cited_or_a_body_s_case_are_no_court_body(text):
    found = organisation_names(text)
    assert not any(name.endswith("Court") for name in found)


def test_a_date_line_going_on_with_its_writers_dates_the_page_and_is_no_title():
    text = ("News\nAugust 27, 2025 by Jo Writer, Harbourton, Ann Other, Lakeland, Sam Smith, Arlen, Kim Lee, "
            "Westbrook, Pat Doe, Ostland, Lee Roe and Ray Poe\nLecturers' strike: campuses grounded\n\n"
            "University teachers protested on campuses yesterday over unpaid allowances.")
    result = read_text(text)
    assert result.published == "2025-08-27"
    assert all("by Jo Writer" not in event.title for event in result.events)


def test_a_date_and_a_bar_before_the_writers_still_dates_the_page():
    text = ("Union calls strike over fuel prices\n\nOctober 05, 2003|By Wire services\n\n"
            "The union has now called a one-day strike for Thursday, its leader said.")
    assert read_text(text).published == "2003-10-05"


def test_a_date_before_a_by_election_is_no_writers_line():
    text = "Vote news\n\nMarch 3, 2020 by-election in Harbourton: turnout was low.\n"
    assert read_text(text).published != "2020-03-03"


def test_a_weekday_a_strike_is_called_for_is_still_to_come():
    text = ("Union calls strike over fuel prices\n\nOctober 05, 2003|By Wire services\n\n"
            "The Ostland Labour Congress has called a national strike for Thursday over fuel prices, "
            "its leader said.")
    starts = {event.start for event in read_text(text).events if event.kind == "strike"}
    assert "2003-10-09" in starts and "2003-10-02" not in starts


def test_a_weekday_that_a_strike_happened_on_is_still_past():
    text = ("Strike news\n\nOctober 05, 2003|By Wire services\n\n"
            "Workers went on strike on Thursday over fuel prices, the union said.")
    starts = {event.start for event in read_text(text).events if event.kind == "strike"}
    assert "2003-10-02" in starts


@pytest.mark.parametrize("sentence, expected", [
    ("Nurses will strike from Monday over pay", "Nurses will strike from Monday over pay"),
    ("Members will use between Sunday and Wednesday to withdraw funds",
     "Members will use between Sunday and Wednesday to withdraw funds"),
    ("The strike runs until Friday when talks resume", "The strike runs until Friday when talks resume"),
    ("At Westbrook staff walked out on Monday and Tuesday", "At Westbrook staff walked out"),
    ("Students, on Tuesday, staged a sit-in", "Students staged a sit-in"),
])
def test_a_weekday_a_preposition_governs_stays_and_a_pair_of_them_goes_whole(sentence, expected):
    assert without_day_words(sentence) == expected


@pytest.mark.parametrize("text, acronym", [
    ("The ministry kept ordering the TSC to stop payment of teachers' salaries.", "TSC"),
    ("Most members said they do not want OSU to support the walkout.", "OSU"),
    ("The strike mandate was counted in front of our LCPE National Representative.", "LCPE"),
    ("Delegates met on Monday. The HSW recently released a list of the wards affected.", "HSW"),
    ("Talks broke down when OUK attempted to end the strike through a deal.", "OUK"),
])
def test_an_acronym_the_sentence_treats_as_a_body_is_one(text, acronym):
    assert acronym in organisation_names("Strike news\n\n" + text)


@pytest.mark.parametrize("text, acronym", [
    ("The council ordered pizza to feed the pickets, the KCSE results aside.", "KCSE"),
    ("The students sat the KCSE to qualify for university places.", "KCSE"),
])
def test_an_acronym_no_sentence_treats_as_a_body_stays_none(text, acronym):
    assert acronym not in organisation_names("Strike news\n\n" + text)


def test_a_known_union_s_acronym_opening_a_line_before_trade_union_is_that_union():
    text = "Union consults over escalation of strike\n\n\nThe SIPTU trade union is organising meetings at every station."
    assert "SIPTU" in organisation_names(text)


@pytest.mark.parametrize("text, name", [
    ("Nurses stood on the picket line outside Harbourton hospital on Monday.", "Harbourton hospital"),
    ("Teachers at Lakeland primary school joined the go-slow on Monday.", "Lakeland primary school"),
    ("Staff at Saint Arlen hospital walked out on Monday.", "Saint Arlen hospital"),
])
def test_a_hospital_or_school_named_with_a_lower_case_head_is_a_body(text, name):
    assert name in organisation_names("Strike news\n\n" + text)


@pytest.mark.parametrize("text", [
    "The minister will visit the Harbourton hospital next month.",
    "Pupils at a Lakeland primary school walked out on Monday.",
    "Nurses at every Westbrook hospital walked out on Monday.",
    "A South-East hospital closed two wards on Monday.",
])
def test_a_hospital_or_school_after_an_article_or_a_region_is_no_named_body(text):
    found = organisation_names("Strike news\n\n" + text)
    assert not any(name.endswith(("hospital", "school")) for name in found)


def test_the_headline_over_a_standfirst_over_the_date_line_is_the_title():
    text = ("ADVERTISEMENT\n\nTeachers' Day: Ostland teachers will hold a walkout on 3 October\n\n"
            "Teachers, porters and cleaners ask for a day of action over wages, staffing, and class sizes\n\n"
            "Published Sep 29, 2025 09:15 am\n\nOstland teachers plan to leave their classrooms on 3 October.")
    main = next(event for event in read_text(text).events if event.main)
    assert main.title.endswith("Ostland teachers will hold a walkout on 3 October")
    assert main.kind == "walkout"


def test_a_short_line_over_the_headline_is_not_taken_for_it():
    text = ("Education News\n\nTeachers, lecturers and porters walk out over pay, pensions, and workloads\n\n"
            "Published Sep 30, 2025 04:27 pm\n\nTeachers walked out of classrooms on Monday.")
    main = next(event for event in read_text(text).events if event.main)
    assert main.title.startswith("Teachers, lecturers and porters walk out")


@pytest.mark.parametrize("text, branch", [
    ("Pickets were joined by OSEU Ontario President Jo Arlen on Monday.", "OSEU Ontario"),
    ("The rally was backed by churches and OSEU Iowa.", "OSEU Iowa"),
    ("The strike goes ahead, said OSEU Nova Scotia President Kim Lee.", "OSEU Nova Scotia"),
])
def test_a_union_s_acronym_before_a_state_or_province_is_its_branch_there(text, branch):
    assert branch in organisation_names("Strike news\n\n" + text)


def test_a_state_that_opens_a_longer_name_after_an_acronym_is_no_branch():
    text = "Strike news\n\nIn Harbourton, OSEU Florida Public Services Union staff joined the rally."
    assert "OSEU Florida" not in organisation_names(text)
