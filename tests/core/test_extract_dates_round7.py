"""Publication and main-event dates on fresh real pages (issue 16, round 7):
an outlet named "... Today", a place dateline with its region, a day-first
date glued to a section name, a caption closed by a photographer's name,
and an action in "its second day"."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.dates import find_dates


def test_an_outlet_named_today_is_no_date():
    result, main = _main(
        "date 2019-11-28 Students rally for cheaper halls\n\n"
        "Students formed a human chain outside the library on Wednesday to protest the rent rise.\n\n"
        "\"We will not pay,\" their president told Campus Today TV, and Metro Today reported 500 took part.\n")
    assert result.published == "2019-11-28"
    assert (main.start, main.precision) == ("2019-11-27", "day")


def test_today_in_a_title_case_headline_is_still_today():
    assert [m.relative for m in find_dates("Students Walk Out Against Cuts Today")] == ["today"]
    assert [m.relative for m in find_dates("Today, students walked out.")] == ["today"]


def test_a_place_dateline_with_its_state_dates_the_page():
    result, main = _main(
        "Students end sit-in\n\n"
        "Springfield, Illinois, April 28, 2011 – Twelve students occupied the president's office "
        "to demand a tuition freeze.\n")
    assert result.published == "2011-04-28"
    assert (main.start, main.precision) == ("2011-04-28", "approximate")


def test_a_day_first_date_glued_to_its_section_name_is_read():
    assert [(m.year, m.month, m.day) for m in find_dates("News14 October 2025 - 12:20")] == [(2025, 10, 14)]
    assert [m.day for m in find_dates("Route714 October 2025")] != [14]  # digits glued to digits stay a number


def test_a_caption_closed_by_a_photographer_in_capitals_dates_no_event():
    result, main = _main(
        "Students protest as the strike bites\n\nby A WRITER\n\nNews14 October 2025 - 12:20\n\n"
        "Students protest outside the library on October 14, 2025/ANNE CAMERA\n\n"
        "Hundreds of students on Monday held protests demanding that classes resume.\n")
    assert result.published == "2025-10-14"
    assert (main.start, main.precision) == ("2025-10-13", "day")


def test_an_occupation_in_its_second_day_began_the_day_before():
    result, main = _main(
        "Thursday, 25 November 2010\n\nDay Two Press Release\n\n"
        "This message was sent to the press on the 25th November 2010:\n\n"
        "The Riverside Occupation continued peacefully for its second day in the arts building.\n")
    assert result.published == "2010-11-25"
    assert (main.start, main.precision) == ("2010-11-24", "day")


def test_the_second_day_of_something_else_is_no_count_back():
    assert [m.relative for m in find_dates("On the second day of the conference, staff spoke.")] == []
    assert [m.relative for m in find_dates("The strike entered its 12th day.")] == ["day 12"]
