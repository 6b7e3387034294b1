"""Round 40 (issue 16), from real pages: an action's days listed each after its weekday, a South Asian name's
honorific prefix, a list digest's mail header run into a line, "the Federal Government" named again and again,
and hunger strikes reported as strikes. Each rule has guards: the same words where they say something else,
many of them from two reviews of invented probes."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names, read_text


def _main(text: str):
    return next(event for event in read_text(text).events if event.main)


# -- days listed each after its weekday --------------------------------------------------------------------------

@pytest.mark.parametrize(("listed", "start", "end"), [
    ("in the coming week (Tuesday 22 and Wednesday 23 November)", "2016-11-22", "2016-11-23"),
    ("on Monday 21, Tuesday 22 and Thursday 24 November", "2016-11-21", "2016-11-24"),
    ("on Monday 21 & Tuesday 22 November", "2016-11-21", "2016-11-22"),
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
    "Westbrook staff strike\n\n16 November 2016\n\nTalks collapsed on Monday 21 and Thursday 24 November marks the "
    "start of the strike.",
    "Westbrook staff strike\n\n16 November 2016\n\nMembers voted for strike action on Monday 21 and Thursday 24 "
    "November will be the first day of the walkout.",
])
def test_weekdays_that_list_no_days_leave_the_date_alone(text):
    assert _main(text).start == "2016-11-24"


# -- a South Asian name's honorific prefix -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "LAHORE: Protesters on Monday threw eggs on the health adviser, Khawaja Salman Arlen, during the protest.",
    "Doctors demanded an apology from Khawaja Salman Arlen, the adviser, on Monday.",
    "Doctors booed Khawaja Salman Arlen when he arrived at the hospital on Monday.",
])
def test_khawaja_opening_a_name_is_part_of_it(text):
    assert person_names(text) == ["Khawaja Salman Arlen"]


def test_an_office_nobody_listed_before_a_name_is_still_cut():
    assert person_names("Taoiseach Brian Arlen said the strike was regrettable.") == ["Brian Arlen"]


# -- a mail's date header run into a line ------------------------------------------------------------------------

def test_a_digest_s_mail_header_run_into_a_line_dates_the_page():
    text = ("Statement for international action Message: 12 Date: Tue, 4 Mar 2003 09:41:07 -0500 From: Jo Arlen "
            "Subject: statement. The meeting on March 1st 2003 called for a march.")
    result = read_text(text)
    assert result.published == "2003-03-04"
    assert _main(text).start == "2003-03-01"


@pytest.mark.parametrize("text", [
    "Rally for the Westbrook cleaners Event Date: Sat, 20 May 2023 12:00 GMT From: the branch. Meet at the gate.",
    "March for jobs. Date: Sat, 20 May 2023 11:00 GMT From: Westbrook Park To: City Hall. Bring banners.",
    "Branch meeting on Zoom Date: Wed, 10 May 2023 18:30 +0100 Meeting ID: 812 4471. Members will vote.",
    "The statement was signed on Tue, 4 Mar 2003 and sent to members. The meeting on March 1st 2003 called a march.",
    "Statement Date: Tue, 4 Mar 2003 of the meeting. The meeting on March 1st 2003 called a march.",
])
def test_a_date_without_a_digest_s_label_or_its_clock_and_zone_does_not(text):
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


def test_the_federal_government_opening_its_sentences_counts_too():
    text = ("The Federal Government has refused to fund the pay rise. The Federal Government says the states must pay, "
            "the union said.")
    assert "Federal Government" in organisation_names(text)


@pytest.mark.parametrize("text", [
    "Lecturers gave the Federal Government three weeks to honour the agreement, the union said.",
    "The branch is reading Inside the Federal Government, a book by a former official. The author of Inside the "
    "Federal Government will speak at the meeting.",
    "Teachers at the Federal Government girls' college walked out on Monday. Parents said the Federal Government "
    "girls' college had no water.",
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

@pytest.mark.parametrize("text", [
    "Support staff on hunger strike\n\n6 March 2023\n\nSupport staff began a hunger strike at Westbrook Academy on "
    "Monday over cuts to their hours.",
    "Workers end hunger strike\n\n6 March 2023\n\nWorkers ended their ten-day hunger strike on Friday after the "
    "company agreed to pay the arrears.",
    "Council workers fast\n\n6 March 2023\n\nCouncil workers owed back pay began a hunger strike outside the town "
    "hall on Monday.",
])
def test_a_hunger_strike_of_support_staff_or_one_ended_is_still_a_strike(text):
    assert _main(text).kind == "strike"


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


@pytest.mark.parametrize("text", [
    "Thousands march to mark jail hunger strike\n\n12 March 2019\n\nThousands marched through Westbrook on Saturday "
    "to mark the anniversary of the jail hunger strike.",
    "Union leaders lead motorcade\n\n12 March 2019\n\nUnion leaders led a motorcade through Westbrook on Monday to "
    "back the teachers' hunger strike.",
])
def test_a_march_or_motorcade_backing_or_remembering_a_hunger_strike_is_a_protest(text):
    assert _main(text).kind == "protest"


def test_a_march_in_support_of_hunger_strikers_is_still_a_protest():
    text = ("Students march for hunger strikers\n\n12 March 2019\n\nHundreds of students marched through Westbrook "
            "and held a rally outside the administration block in support of the hunger strikers, a protest the "
            "union called.")
    assert _main(text).kind == "protest"
