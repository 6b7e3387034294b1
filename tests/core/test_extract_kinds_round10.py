"""Kinds, round 10 (issue 16): other Englishes' strike words, strike
authorisations and passive strike votes, letters that speak as "we, the
undersigned" or name themselves a joint statement, and a protest launched."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_hartal_is_a_strike_though_the_report_calls_its_cause_agitation():
    _, main = _main(
        "Traders to shut shops for hartal on Thursday\n\n"
        "Traders' associations said shops would stay closed during the hartal called by opposition parties, "
        "after weeks of agitation over fuel prices.\n\n"
        "Buses are not expected to run.\n")
    assert main.kind == "strike"


def test_a_stoppage_of_some_hours_is_staff_striking_even_when_they_rally():
    _, main = _main(
        "Museum guards hold two-hour stoppage over rosters\n\n"
        "Guards at the city's museums stopped for two hours on Thursday morning and then joined a rally in "
        "the square, with more stoppages to follow.\n\n"
        "The rally heard from the branch secretary.\n")
    assert main.kind == "strike"


def test_members_approving_a_strike_authorization_is_the_vote_not_the_strike():
    _, main = _main(
        "Bus drivers in the city approved a strike authorization on Wednesday, their union said, clearing "
        "the way for action next month.\n\n"
        "The union will now set a date for the strike.\n")
    assert main.kind == "vote"


def test_a_headline_saying_strike_action_was_voted_reports_the_vote():
    _, main = _main(
        "Strike action voted through at packed branch meeting\n\n"
        "Cleaning staff at the college will strike for two days in June after the branch backed the "
        "union's call.\n\n"
        "The branch will tell the college of the strike dates next week.\n")
    assert main.kind == "vote"


def test_a_page_that_speaks_as_we_the_undersigned_is_the_letter_it_reads_as():
    _, main = _main(
        "We, the undersigned tenants' advisers, support the students whose protest and sit-down in the "
        "rent office was ended by security staff.\n\n"
        "The protest was calm; protests in the other halls have been calm too, and the protesters left "
        "when asked.\n\n"
        "We ask the warden to meet the protesters.\n")
    assert main.kind == "letter"


def test_a_petition_that_speaks_as_we_the_undersigned_stays_a_petition():
    _, main = _main(
        "Petition to save the music department\n\n"
        "Staff and students have started a petition against the closure of the music department.\n\n"
        "Dear Principal,\n\n"
        "We, the undersigned, ask you to keep the department open.\n")
    assert main.kind == "petition"


def test_a_heading_naming_the_page_a_joint_statement_makes_it_a_letter():
    _, main = _main(
        "Rents: a joint statement from the tenants' union and the lecturers' branch\n\n"
        "The hall rents have risen for four years in a row while rooms went unrepaired. The college has "
        "not answered our questions. We ask the college to freeze the rents for the coming year.\n")
    assert main.kind == "letter"


def test_a_report_quoting_a_joint_statement_is_not_made_a_letter_by_it():
    _, main = _main(
        "Nurses walk out over unpaid overtime\n\n"
        "Nurses at the county hospital went on strike on Monday over unpaid overtime, the two unions "
        "said in a joint statement.\n\n"
        "The strike will last three days.\n")
    assert main.kind == "strike"


def test_apprentices_who_launched_a_protest_are_protesting_not_giving_an_ultimatum():
    _, main = _main(
        "On Friday, June 14, apprentices from six colleges launched a protest outside the ministry over "
        "the unpaid training allowance.\n\n"
        "The apprentices gave a three-day ultimatum to the ministry.\n\n"
        "They then marched to the parliament building.\n")
    assert main.kind == "protest"
    assert main.title.startswith("Apprentices from six colleges launched a protest")


def test_a_protest_campaign_launched_stays_a_campaign():
    _, main = _main(
        "Students launch a protest campaign against hall fees\n\n"
        "The students' union has launched a protest campaign against the rise in hall fees, with a "
        "campaign website and a series of meetings.\n")
    assert main.kind == "campaign"
