"""Kinds, round 14 (issue 16): a page that opens with a letter's salutation
is the letter."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_page_opening_with_a_dated_salutation_is_the_letter():
    _, main = _main(
        "Monday, March 3, 2025 Dear Mayor Ortiz: As community groups and tenants' advocates we write to urge "
        "you to keep the peace at Saturday's march.\n\n"
        "We ask that police at the protest respect the right to march, and that no protesters be arrested "
        "for marching. The protest organisers have asked for calm, and the march will be peaceful.\n\n"
        "Sincerely,\nTenants United\n")
    assert main.kind == "letter"


def test_a_salutation_under_a_headline_naming_a_ballot_stays_the_ballot():
    _, main = _main(
        "Strike ballot on pay opens next week\n\n"
        "Dear Sam,\n\n"
        "Members will be asked to vote in a strike ballot on the pay offer from next week. Please "
        "use your vote in the ballot: every vote counts.\n")
    assert main.kind != "letter"


def test_a_salutation_quoted_down_a_report_leaves_the_report_a_protest():
    _, main = _main(
        "Students protest outside the council over bus fares\n\n"
        "Hundreds of students protested outside the council offices on Tuesday over the rise in bus fares.\n\n"
        "Their placards read the opening of a letter the union sent last month.\n\n"
        "Dear Councillor Reid, we ask you to think again.\n")
    assert main.kind == "protest"



def test_strikers_who_ratify_contracts_in_the_headline_report_the_vote():
    _, main = _main(
        "Library workers end strike, ratify two-year contracts\n\n"
        "Library workers at the city council voted this week to accept two new contracts, ending their "
        "four-week strike on Friday.\n\n"
        "The strike closed every branch, and strikers picketed the central library through the strike.\n")
    assert main.kind == "vote"


def test_a_contract_ratified_in_passing_leaves_the_strike_the_news():
    _, main = _main(
        "Porters walk out as strike over rotas begins\n\n"
        "Hospital porters went on strike on Monday over new rotas, a month after cleaners ratified "
        "their own contract.\n\n"
        "The strike will last a week, and the union said further strikes are planned.\n")
    assert main.kind == "strike"


def test_a_ballot_the_strike_comes_after_is_its_cause_not_the_news():
    _, main = _main(
        "Union sets the date of its first action\n\n"
        "The union has decided its opening action is to be a half-day strike and a rally on Wednesday at the "
        "main library.\n\n"
        "The strike comes after members voted overwhelmingly for industrial action over pay last term.\n\n"
        "The branch president said staff are angry, and more strikes may follow.\n")
    assert main.kind == "strike"


def test_members_who_voted_for_action_open_a_report_of_the_vote():
    _, main = _main(
        "Union sets the date of its ballot result\n\n"
        "Members voted overwhelmingly for industrial action over pay, the union said on Friday.\n\n"
        "Turnout in the ballot was 61 %, and the branch said a strike could follow in the spring.\n")
    assert main.kind == "vote"


def test_a_lede_that_is_the_launch_of_a_submission_reports_no_protest():
    _, main = _main(
        "Students' union officers at the city theatre\n\n"
        "The launch today of the students' union pre-budget submission at the city theatre.\n\n"
        "The union invited members of parliament to back students and said grants must rise.\n\n"
        "A national rally for fair grants is planned for the capital on October 8.\n")
    assert main.kind == "other"


def test_the_launch_of_a_campaign_is_the_campaign():
    _, main = _main(
        "Students' union officers at the city theatre\n\n"
        "The launch today of the students' union fair rent campaign at the city theatre.\n\n"
        "The campaign asks landlords to freeze rents, and the union will lobby the council.\n")
    assert main.kind == "campaign"


def test_a_circular_to_members_reports_its_news_not_a_letter():
    _, main = _main(
        "Dear Colleagues,\n\n"
        "Staff across the university went on strike on Monday over pay, and picket lines stood at every "
        "gate.\n\n"
        "The strike continues on Tuesday and Wednesday; join the picket at the main gate from 8am.\n")
    assert main.kind == "strike"


def test_police_who_storm_a_campus_do_not_make_the_protest_an_occupation():
    _, main = _main(
        "Police storm the campus as students protest fee rise\n\n"
        "Police stormed the campus on Monday as students protested against the fee rise at the main gate.\n\n"
        "The protest went on into the evening, and protesters said they would march again on Friday.\n")
    assert main.kind == "protest"


def test_a_salutation_over_a_long_run_of_capitals_is_read_at_once():
    # a backtracking pattern would try every way of splitting the run into
    # six words (it would not end); read in one pass there is no salutation
    from timeline_app.core.extract.document_form import opens_with_salutation
    from timeline_app.core.extract.sentences import Span
    line = "Dear " + "A" * 400 + " we write about the fees."
    assert not opens_with_salutation([Span(0, len(line), line)])


def test_a_launch_that_is_only_where_the_act_happened_leaves_the_act():
    _result, main = _main(
        "At the launch of the government's long-awaited higher education white paper in Westbrook on Monday "
        "3 March 2025, hundreds of students staged a walkout.\n")
    assert main.kind == "walkout"
