"""Kinds on pages the rules were never tuned on (issue 16, round 7b): an
ultimatum is a demand, a strike sanction vote is a vote, a class boycott
begun is a strike, a shutdown called is a protest, an act in the past
perfect is background, and a press release's header lines are no lede."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.page_furniture import is_page_furniture


def test_an_ultimatum_given_over_a_strike_is_no_strike():
    _, main = _main(
        "The teachers' union has issued a ten-day ultimatum to the ministry and the lecturers to settle the "
        "strike by university staff.\n\n"
        "The union president said members would close schools if the two sides failed to agree.\n\n"
        "He called the lecturers' strike patriotic.\n")
    assert main.kind == "other"


def test_a_strike_sanction_vote_is_a_vote():
    _, main = _main(
        "Strike Sanction Vote Backs Striking-Ready Nurses\n\n"
        "FOR IMMEDIATE RELEASE: Monday, March 4th, 2019\n\n"
        "Contact: Press Office – 555 010 2030 –\n\n"
        "Delegates of the county labour council voted unanimous support for a possible strike by the "
        "city's nurses.\n\n"
        "The nurses' union said the strike vote showed the strength of the movement; a strike could begin "
        "next month.\n")
    assert main.kind == "vote"


def test_a_class_boycott_begun_is_a_strike():
    _, main = _main(
        "Pupils begin week-long class boycott\n\n"
        "Thousands of pupils attended a rally on the school field at the start of the boycott.\n\n"
        "Speakers at the rally said the protest would continue all week.\n")
    assert main.kind == "strike"


def test_a_shutdown_called_is_a_protest():
    _, main = _main(
        "Last week the country watched its campuses. The national students' union called for a nationwide "
        "shutdown of universities after the minister postponed the fee announcement.\n\n"
        "The ministry released a media statement explaining the delay.\n\n"
        "On Monday students marched outside the main campus.\n")
    assert main.kind == "protest"


def test_a_protest_that_had_happened_before_the_news_is_background():
    _, main = _main(
        "A youth group warned the president to expect more walkouts after he criticised students who had led "
        "a protest on Thursday.\n\n"
        "The group said the walkouts will start at colleges across the city on the 23rd.\n\n"
        "Organisers expect thousands to walk out of classes.\n")
    assert main.kind == "walkout"


def test_a_press_release_header_is_page_furniture():
    assert is_page_furniture("FOR IMMEDIATE RELEASE: Thursday, October 4th, 2018")
    assert is_page_furniture("Contact: Jo Bloggs – 555 123 4567")
    assert is_page_furniture("Media contact: press office")
    assert not is_page_furniture("Contacts between the two unions continued all week.")
