"""Round 40 (issue 16), from real pages: days listed each after its weekday, a South Asian name's honorific
prefix, a page date after a headline's comma, a mail's date header run into a line, "the Federal Government"
named again and again, and hunger strikes reported as strikes. Each rule has guards: the same words where they
say something else, many of them from a review of invented probes."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names, read_text

from timeline_app.core.extract.dates import find_dates
from timeline_app.core.extract.headline_dates import date_after_headline_comma


def _main(text: str):
    return next(event for event in read_text(text).events if event.main)


# -- days listed each after its weekday --------------------------------------------------------------------------

@pytest.mark.parametrize(("listed", "start", "end"), [
    ("in the coming week (Tuesday 22 and Wednesday 23 November)", "2016-11-22", "2016-11-23"),
    ("on Monday 21, Tuesday 22 and Thursday 24 November", "2016-11-21", "2016-11-24"),
    ("on Monday 21st and Wednesday 23rd November", "2016-11-21", "2016-11-23"),
    ("on Monday, 21, Tuesday, 22 and Thursday, 24 November", "2016-11-21", "2016-11-24"),
])
def test_days_listed_each_after_its_weekday_start_the_action_on_the_first(listed, start, end):
    text = (f"Westbrook teaching assistants to strike again\n\n16 November 2016\n\n"
            f"Teaching assistants will take further strike action {listed} over cuts to their pay.")
    main = _main(text)
    assert (main.start, main.end) == (start, end)


@pytest.mark.parametrize("text", [
    # days not in order: no list of one month's days
    "Westbrook staff strike\n\n16 November 2016\n\nStaff struck on Friday 25 and Thursday 24 November over pay.",
    # a weekday read alone, a sentence away
    "Westbrook staff strike\n\n16 November 2016\n\nStaff met on Monday. Thursday 24 November is the strike day.",
    # two clauses, not a list: a verb after the last day, or one day set off by a comma before "and"
    "Westbrook staff strike\n\n16 November 2016\n\nThe ballot closed on Monday 21, and Thursday 24 November will "
    "see the first walkout.",
    "Westbrook staff strike\n\n16 November 2016\n\nThe branch met on Monday 21 and Thursday 24 November was fixed "
    "for the walkout.",
])
def test_weekdays_that_list_no_days_leave_the_date_alone(text):
    assert _main(text).start == "2016-11-24"


# -- a South Asian name's honorific prefix -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "LAHORE: Protesters on Monday threw eggs on the health adviser of Punjab, Khawaja Salman Arlen, during the protest.",
    "Doctors demanded an apology from Khawaja Salman Arlen, the adviser, on Monday.",
    "Doctors booed Khawaja Salman Arlen when he arrived at the hospital on Monday.",
])
def test_khawaja_opening_a_name_is_part_of_it(text):
    assert person_names(text) == ["Khawaja Salman Arlen"]


def test_an_office_nobody_listed_before_a_name_is_still_cut():
    assert person_names("Taoiseach Brian Arlen said the strike was regrettable.") == ["Brian Arlen"]


# -- a page date after a headline's comma ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "published"), [
    ("Nurses back a strike ballot by a large margin, 12 May 2023\nDear member,\nThe ballot opens soon.",
     "2023-05-12"),
    ("Open letter from staff and students of Westbrook University, December 8 2008\n\nCall from staff: restore "
     "freedom\n\nThe vice-chancellor suspended two staff.", "2008-12-08"),
])
def test_a_whole_date_after_a_headline_s_comma_dates_the_page(text, published):
    assert read_text(text).published == published


@pytest.mark.parametrize(("text", "published"), [
    # a date line below the headline is the page's (the headline's date is the day it recalls)
    ("Solidarity with the miners of Harbourton, 16 August 2012\nJo Arlen\n20 August 2022\n\nTen years on, the "
     "union repeats its call.", "2022-08-20"),
    ("Re: your letter to members of the branch, 3 April 2023\n17 April 2023\n\nDear Ms Arlen,\nThank you.",
     "2023-04-17"),
    # a deadline's time of day
    ("Nominations for branch secretary close at noon, 12 May 2023\n\nMembers should return the form.", None),
])
def test_a_headline_s_comma_date_gives_way_to_a_date_line_and_dates_no_deadline(text, published):
    assert read_text(text).published == published


def test_a_list_of_events_below_a_heading_keeps_its_first_event_as_the_main_one():
    text = ("Upcoming events\nSolidarity rally for the Harbourton strikers, 20 May 2023\nBranch meeting at the Labour "
            "Club, 27 May 2023\n\nAll members welcome.")
    assert (_main(text).start, _main(text).kind) == ("2023-05-20", "protest")


@pytest.mark.parametrize("line", [
    "Teachers to strike on Friday, 30 June 2023",  # the day the headline's act happens on
    "Teachers to strike from, 30 June 2023",
    "Strike, 30 June 2023",  # too few words to be a headline
    "Teachers strike, 30 June",  # no year
    "Teachers strike, 30 June 2023 and 1 July 2023",  # the date does not close the line
])
def test_a_date_after_a_comma_that_is_no_headline_s_date_is_not_the_page_s(line):
    mention = find_dates(line)[0 if "Friday" not in line else -1]
    assert not date_after_headline_comma(line, mention.start, mention)


# -- a mail's date header run into a line ------------------------------------------------------------------------

def test_a_mail_s_date_header_run_into_a_line_dates_the_page():
    text = ("Statement for international action Message: 12 Date: Tue, 4 Mar 2003 09:41:07 -0500 From: Jo Arlen "
            "Subject: statement. The meeting on March 1st 2003 called for a march.")
    result = read_text(text)
    assert result.published == "2003-03-04"
    assert _main(text).start == "2003-03-01"


@pytest.mark.parametrize("text", [
    "Rally for the Westbrook cleaners Event Date: Sat, 20 May 2023 12:00 GMT From: the branch. Meet at the gate.",
    "Branch meeting on Zoom Date: Wed, 10 May 2023 18:30 +0100 Meeting ID: 812 4471. Members will vote.",
    "The statement was signed on Tue, 4 Mar 2003 and sent to members. The meeting on March 1st 2003 called a march.",
    "Statement Date: Tue, 4 Mar 2003 of the meeting. The meeting on March 1st 2003 called a march.",
])
def test_a_date_without_a_mail_s_label_or_its_clock_and_zone_does_not(text):
    assert read_text(text).published not in ("2003-03-04", "2023-05-20", "2023-05-10")


def test_a_forwarded_mail_s_date_gives_way_to_the_page_s_date_line():
    text = ("Harbourton strike bulletin\nForwarded message From: Jo Arlen Date: Tue, 4 Mar 2003 09:41:07 -0500 "
            "Subject: picket rota\n10 March 2003\n\nThe picket rota for next week is below.")
    assert read_text(text).published == "2003-03-10"


# -- the Federal Government --------------------------------------------------------------------------------------

def test_the_federal_government_named_again_and_again_is_a_body():
    text = ("Lecturers gave the Federal Government three weeks to honour the agreement. If the Federal Government "
            "does nothing, the union will strike.")
    assert "Federal Government" in organisation_names(text)


@pytest.mark.parametrize("text", [
    "Lecturers gave the Federal Government three weeks to honour the agreement, the union said.",
    "The union wrote to the federal government twice. The federal government did not answer, the union said.",
    "Members of the Federal Government Employees Union walked out. The Federal Government Employees Union said more "
    "strikes would follow.",
    "Lecturers gave the Federal Government of Westland three weeks. If the Federal Government of Westland does "
    "nothing, the union will strike.",
    "The union said the Federal Government Act gave it no right to strike. Under the Federal Government Act, notice "
    "is needed.",
])
def test_the_federal_government_named_once_or_in_small_letters_is_not(text):
    assert "Federal Government" not in organisation_names(text)


# -- hunger strikes ----------------------------------------------------------------------------------------------

def test_a_hunger_strike_is_reported_as_a_strike():
    text = ("Students continue hunger strike\n\n12 March 2019\n\nFive students of Westbrook University are on "
            "an indefinite hunger strike outside the administration block, demanding the fee rise be withdrawn.")
    assert _main(text).kind == "strike"


@pytest.mark.parametrize("text", [
    "Students march for hunger strikers\n\n12 March 2019\n\nHundreds of students marched through Westbrook on "
    "Tuesday in support of five classmates who have refused food for a week.",
    "Picket at Westbrook jail for hunger striking unionist\n\n3 May 2020\n\nTrade unionists picketed Westbrook jail "
    "on Saturday in support of Kea Holm, who is on hunger strike.",
    "Demo for Harbourton hunger strikers\n\n14 June 2018\n\nAbout 100 people demonstrated outside the Home Office "
    "on Wednesday over the treatment of detainees at Harbourton.",
])
def test_marches_pickets_and_demos_for_hunger_strikers_are_protests(text):
    assert _main(text).kind == "protest"


def test_a_march_in_support_of_hunger_strikers_is_still_a_protest():
    text = ("Students march for hunger strikers\n\n12 March 2019\n\nHundreds of students marched through Westbrook "
            "and held a rally outside the administration block in support of the hunger strikers, a protest the "
            "union called.")
    assert _main(text).kind == "protest"
