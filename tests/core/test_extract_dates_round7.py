"""Publication and main-event dates on fresh real pages (issue 16, round 7):
an outlet named "... Today", a place dateline with its region, a day-first
date glued to a section name, a caption closed by a photographer's name,
and an action in "its second day"."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.dates import find_dates
from timeline_app.core.extract.headline_dates import date_closing_headline
from timeline_app.core.extract.sentences import lines


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
        "This statement went out to reporters on the 25th November 2010:\n\n"
        "The Riverside Occupation continued calmly for its second day inside the arts block.\n")
    assert result.published == "2010-11-25"
    assert (main.start, main.precision) == ("2010-11-24", "day")


def test_the_second_day_of_something_else_is_no_count_back():
    assert [m.relative for m in find_dates("On the second day of the conference, staff spoke.")] == []
    assert [m.relative for m in find_dates("The strike entered its 12th day.")] == ["day 12"]


def test_a_date_run_into_the_end_of_the_headline_dates_the_page():
    result, main = _main(
        "Hundreds of Teachers to Strike over Class Sizes March 3, 2022 jo Local News School teachers "
        "will walk off the job on March 15 over class sizes.\n")
    assert result.published == "2022-03-03"
    assert (main.start, main.precision) == ("2022-03-15", "day")


def test_a_date_after_a_preposition_or_a_sentence_does_not_close_the_headline():
    for text in ("Teachers To Strike On March 3, 2022 Over Class Sizes",
                 "Teachers walked off the job, the union said, March 3, 2022 News"):
        assert date_closing_headline(lines(text), find_dates(text)) is None


def test_a_year_first_dotted_date_is_read():
    assert [(m.year, m.month, m.day) for m in find_dates("Posted 2019.03.14")] == [(2019, 3, 14)]
    assert [(m.year, m.month, m.day) for m in find_dates("see section 2019.3.1")] != [(2019, 3, 1)]


def test_a_date_line_that_also_says_when_the_page_changed_dates_the_page():
    result, main = _main(
        "Students walk out over fees\n\nMon 3 Mar 2019 12.00 GMT Last modified on Tue 4 Mar 2019 09.00 GMT\n\n"
        "Hundreds of students walked out of classes on Friday to protest against fees.\n")
    assert result.published == "2019-03-03"
    assert (main.start, main.precision) == ("2019-03-01", "day")


def test_a_weekday_of_last_week_is_that_week_s_day():
    _, main = _main("Students walk out\nPublished: 20 March 2019\n\n"
                    "Students staged a walkout on Tuesday last week over climate change.\n")
    assert (main.start, main.precision) == ("2019-03-12", "day")
    _, main = _main("Students walk out\nPublished: 20 March 2019\n\n"
                    "Students will stage a walkout on Friday next week over climate change.\n")
    assert (main.start, main.precision) == ("2019-03-29", "day")


def test_a_date_set_off_by_a_dash_at_the_start_of_the_first_paragraph_dates_the_page():
    result, _ = _main("Students walk out\n\nFebruary 12, 2019 - Hundreds of students walked out of classes on Friday.\n")
    assert result.published == "2019-02-12"
    result, _ = _main("Students walk out\n\nWASHINGTON, D.C. — March 3, 2019 — Hundreds of students walked out on Friday.\n")
    assert result.published == "2019-03-03"


def test_an_archive_date_is_not_the_publication():
    result, _ = _main("Students walk out\nArchived from the original on 12 May 2021\n\n"
                      "Hundreds of students walked out of classes on Friday to protest against fees.\n")
    assert result.published is None


def test_dates_under_related_stories_or_comments_do_not_date_a_short_page():
    body = "Students walk out\n\nHundreds of students walked out of classes on Friday to protest against fees.\n\n"
    for tail in ("Related articles\nStaff strike over pensions\nMarch 20, 2019\n",
                 "3 comments\nJane says:\nMarch 4, 2019 at 10:12 am\n"):
        result, _ = _main(body + tail)
        assert result.published is None


def test_a_sentence_opening_with_a_date_after_a_preposition_is_no_place_dateline():
    result, main = _main(
        "Police arrest student leaders\n\n"
        "POLICE on Tuesday 27 June 2017 detained three student leaders after a march held on "
        "Monday 26 June 2017 against higher fees.\n")
    assert result.published is None


def test_the_day_a_vote_was_announced_does_not_date_the_vote():
    _, main = _main(
        "Teachers vote to strike\ndate 2023-10-24\n\n"
        "Teachers across the district have voted to go on strike, the union announced Tuesday.\n\n"
        "According to the teachers' association, the strike vote closed Monday night.\n")
    assert main.kind == "vote"
    assert (main.start, main.precision) == ("2023-10-23", "day")


def test_a_month_named_without_a_day_dates_an_act_months_before_the_page():
    _, main = _main("Students occupy library\nPublished: 10 February 2019\n\n"
                    "In December, students occupied the library for three weeks to protest against fees.\n")
    assert (main.start, main.precision) == ("2018-12", "month")
    _, main = _main("Students occupy library\nPublished: 1 June 2019\n\n"
                    "Students occupied the library in early March to protest against fees.\n")
    assert (main.start, main.precision) == ("2019-03", "month")


def test_a_month_that_is_a_name_a_title_or_a_bound_is_no_date():
    for text in ("The cuts in May's budget angered students.", "Students joined in March for Our Lives.",
                 "Students will stay away until mid-February.", "Students marched in march formation."):
        assert [m for m in find_dates(text) if m.day is None and m.year is None and m.month] == []
    _, main = _main("Students occupy library\n\nIn December, students occupied the library for three weeks.\n")
    assert main.precision == "unknown"  # no publication date: the month's year is not guessed


def test_an_updated_label_set_off_by_a_slash_is_still_an_update():
    result, _ = _main("Students walk out\nUpdated / Monday, 4 March 2019 10:32\n\n"
                      "Hundreds of students walked out of classes on Friday to protest against fees.\n")
    assert result.published is None


def test_a_month_expected_ahead_is_the_coming_one_and_a_deadline_is_no_date():
    result, main = _main("Students march\nPublished: 11 November 2010\n\n"
                         "Fifty thousand students marched through the capital on Wednesday.\n\n"
                         "MPs are expected to vote on the fees rise in December.\n")
    assert ("2010-12", "month") in {(e.start, e.precision) for e in result.events}
    assert not [m for m in find_dates("We will hand it in at the end of October.") if m.month == 10]


def test_a_share_bar_item_named_comments_does_not_end_the_header():
    result, _ = _main("Students walk out over fees\nBy Jane Smith, Staff Writer\nShare this article\nFacebook\n"
                      "Twitter\nWhatsApp\nEmail\nPrint\nComments\nMarch 3, 2019\n\n"
                      "Hundreds of students walked out of classes on Friday to protest against fees.\n")
    assert result.published == "2019-03-03"
