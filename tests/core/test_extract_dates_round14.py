"""Main-event and publication dates on real pages (issue 16, round 14)."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.dates import find_dates


def test_this_weekend_begins_on_the_saturday_of_the_week_of_writing():
    # Written on a Wednesday: the weekend's protests begin on Saturday.
    result, main = _main(
        "Tenants to protest in twelve towns this weekend\n\n"
        "12 June 2024 | Housing\n\n"
        "The renters' union will stage protests in twelve towns this weekend against rising rents.\n")
    assert result.published == "2024-06-12"
    assert (main.start, main.precision) == ("2024-06-15", "approximate")


def test_a_date_in_a_following_clause_is_the_earlier_act_not_the_news():
    _result, main = _main(
        "Bulletin No. 4\n"
        "Following the march by students in the capital on the 3rd of March 2011, which ended in "
        "arrests, students in the north took to the streets again on the 9th of March 2011 and "
        "vowed to continue their protests.\n")
    assert (main.start, main.precision) == ("2011-03-09", "day")


def test_the_day_a_leader_spoke_gives_way_to_the_day_he_announced():
    _result, main = _main(
        "Lecturers' union calls off its strike while the technicians go ahead\n"
        "The union's general secretary addressed the media on Sunday, March 3, 2024, revealing that "
        "the lecturers' strike set to begin tomorrow, March 4, 2024, was called off, but the "
        "technicians' union will strike as planned.\n")
    assert (main.start, main.precision) == ("2024-03-04", "day")


def test_a_date_line_run_into_the_headline_below_it_is_the_publication_date():
    result, main = _main(
        "News\n"
        "Bulletin No. 2.09\n"
        "14 March 2008Students March Again In The Capital Following the sit-in at the ministry on "
        "the 2nd of March 2009, students marched through the capital on the 12th of March 2009 "
        "to demand lower fees.\n")
    assert result.published == "2008-03-14"
    assert (main.start, main.precision) == ("2009-03-12", "day")


def test_a_header_line_of_spaced_numbers_is_the_posts_date():
    result, main = _main(
        "Thousands of students march against fees\n\n"
        "9 03 2011\n\n\n"
        "After the march a hundred activists held a sit-down protest outside the parliament.\n")
    assert result.published == "2011-03-09"
    assert (main.start, main.precision) == ("2011-03-09", "approximate")


def test_spaced_numbers_inside_a_sentence_are_no_date():
    result, _main_event = _main(
        "Thousands of students march against fees\n\n"
        "The union counted 9 03 2011 members at the march, and held a sit-down protest after it.\n")
    assert result.published is None




def test_a_yearless_dateline_under_an_issue_line_takes_the_issues_year():
    result, main = _main(
        "Nurses on Strike!\n\n"
        "by Jo Writer / June 2011 issue of Workers Monthly\n\n"
        "SUNDERLAND, May 20—Over 9,000 nurses in the region are on strike.\n\n"
        "Since the first wards went on strike on April 28, more have joined the action.\n")
    assert result.published == "2011-05-20"
    assert (main.start, main.precision) == ("2011-04-28", "day")


def test_a_december_dateline_in_a_january_issue_is_the_year_before():
    result, _main_event = _main(
        "Nurses on Strike!\n\n"
        "January 2012 issue of Workers Monthly\n\n"
        "LEEDS, December 12—Over 9,000 nurses in the region are on strike.\n")
    assert result.published == "2011-12-12"


def test_a_town_in_capitals_is_no_weekday():
    dates = find_dates("SUNDERLAND, May 20—Nurses struck. MONTREAL, March 19—Students struck.")
    assert [d.text for d in dates] == ["May 20", "March 19"]


def test_weekdays_in_capitals_still_open_their_dates():
    for text in ("WEDS 5 March 2019 rally", "THURS 6 March 2019", "SUNDAY March 9, 2019", "MON. 4 March 2019"):
        assert [d.text for d in find_dates(text)] == [text.replace(" rally", "")]
