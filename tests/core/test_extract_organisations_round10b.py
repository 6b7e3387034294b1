"""Organisations on real pages (round 10b): universities a page names by
their town alone ("students at Keele", "60 Durham students", "the Bangor
occupation"), as the page's fuller name when it gives one, and a
university named before its campus. Towns met in passing and nationalities
stay places. Every sentence here is written for the test."""

from __future__ import annotations

from test_extract_organisations_round10 import _found, _names


def test_students_at_a_list_of_towns_are_at_their_universities():
    names = _names("The University of Kent said talks would go on. Students at Keele, Bangor and Aston "
                   "have held their buildings since Monday.")
    assert {"University of Keele", "University of Bangor", "University of Aston"} <= names


def test_a_counted_group_of_town_students_names_the_university():
    names = _names("Staff at the University of York walked out. Over 60 Durham students joined the picket.")
    assert "University of Durham" in names


def test_a_sentence_opening_list_of_towns_before_students_names_universities():
    names = _names("Dundee, Stirling and Robert Gordon students ended their sit-ins after each university agreed.")
    assert {"University of Dundee", "University of Stirling", "Robert Gordon University"} <= names


def test_the_town_occupation_names_the_university_there():
    names = _names("Universities across Wales faced protests. The Bangor occupation ended on Friday.")
    assert "University of Bangor" in names


def test_a_short_name_joins_the_fuller_name_the_page_gives():
    found = _found("Members of the Ashdown College Oxford Students' Union met on Monday; "
                   "about 90 Ashdown students then marched to the gates.")
    college = [o for o in found if o.name == "Ashdown College Oxford"]
    assert college and not any(o.name == "University of Ashdown" for o in found)


def test_nationalities_and_towns_in_passing_stay_places():
    names = _names("The university welcomed 40 Nigerian students. Students from Leeds, York and Hull "
                   "travelled by coach; the Irish occupation of the square was peaceful.")
    assert not {"University of Nigerian", "University of Leeds", "University of York", "University of Hull",
                "University of Irish"} & names


def test_towns_on_a_page_about_no_university_stay_places():
    names = _names("Over 200 Bristol students of the guitar gathered for a weekend of music.")
    assert "University of Bristol" not in names


def test_a_university_named_before_its_campus_is_a_body():
    names = _names("Police entered the University of Tamale campus at dawn to clear the protest.")
    assert "University of Tamale" in names


def test_a_union_building_stays_a_place():
    names = _names("The march ended outside the Student Union building at noon.")
    assert "Student Union" not in names


def test_a_university_named_in_its_union_and_then_alone_is_a_body():
    found = _found("Ardmore College Dublin Students' Union said the canteen would stay closed. "
                   "Staff criticised Ardmore's handling of the dispute.")
    college = [o for o in found if o.name == "Ardmore College Dublin"]
    assert college and "Ardmore" in college[0].aliases


def test_a_union_named_by_its_university_acronym_and_the_acronym_alone():
    names = _names("The ACU Students' Union has booked buses. Some students will not be in ACU next year.")
    assert "ACU" in names


def test_a_union_s_university_inside_another_name_is_not_counted():
    names = _names("Ardmore College Students' Union backed the Save Ardmore Campaign on Friday.")
    assert "Ardmore College" not in names


def test_lines_under_a_heading_of_universities_are_universities():
    names = _names("Below are the universities where staff have voted to walk out:\n"
                   "Keele (@keele_walkout)\nRobert Gordon - two buildings\nQMU\n"
                   "More campuses may join next week, organisers say.\n")
    assert {"University of Keele", "Robert Gordon University", "QMU"} <= names


def test_lines_under_a_heading_of_towns_stay_places():
    names = _names("Staff at the University of Kent voted. Marches are planned in these towns:\nKeele\nBangor\n")
    assert not {"University of Keele", "University of Bangor"} & names


def test_a_town_before_its_namesake_with_an_acronym_is_its_own_university():
    names = _names("Staff from Ardmore, Ardmore University of Technology (AUT), Bangor and Aston will strike.")
    assert {"University of Ardmore", "Ardmore University of Technology", "University of Bangor"} <= names
