"""Kinds, stop 65 (issue 16): a letter that greets its addressee with "Greetings <name>," under the addressee's
name and office is the letter, whatever strike or march it backs; a newsletter greeting its members as a group,
or a report quoting such a greeting after its own opening, stays the news it reports."""

from __future__ import annotations

from extracted import main_event


def test_a_letter_greeting_its_addressee_by_name_is_the_letter_not_the_strike_it_backs():
    main = main_event(
        "Harbourton Federation of Dock Workers\n"
        "Mira Tane, General Secretary\n"
        "Greetings Sister Tane,\n"
        "Re: Support for the Harbourton dock strike on 4 March\n"
        "On behalf of the Lakeland Transport Union, we send our full support for your strike on 4 March, "
        "and for every striking worker on the docks.\n\n"
        "The strike is a just answer to the cuts, and our members stand with you.\n\n"
        "In solidarity,\n"
        "Jo Arlen, President\n")
    assert main.kind == "letter"


def test_a_newsletter_greeting_its_members_as_a_group_reports_the_strike():
    main = main_event(
        "Lakeland Transport Union\n"
        "Branch news\n"
        "Greetings Brothers and Sisters,\n"
        "Our members at the Westbrook depot will strike on 4 March after talks on pay broke down.\n\n"
        "The strike will last two days, and picket lines will be at both gates.\n")
    assert main.kind == "strike"


def test_a_greeting_quoted_after_the_report_has_begun_is_not_the_page():
    main = main_event(
        "Dock workers strike in Harbourton\n"
        "Dock workers in Harbourton went on strike on Monday over cuts to their pay and hours.\n"
        "Greetings Sister Tane, the letter from the Lakeland union began, pledging support.\n"
        "The strike is expected to last a week.\n")
    assert main.kind == "strike"
