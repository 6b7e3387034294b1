"""Round 20 (issue 16): invented pages on which a review of the round's first
rules found them wrong, each kept right now."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.lede_action import act_in_opening
from timeline_app.core.extract.page_furniture import is_page_furniture


def test_no_strike_where_tools_were_not_downed_and_no_protest_where_only_signs_or_a_case_were_taken():
    assert act_in_opening(["The union urged members not to down tools and held a rally."]) == "protest"
    assert act_in_opening(["Police took their protest signs away as strikers picketed the gates."]) != "protest"
    assert act_in_opening(["Dockers took their protest to the High Court for an injunction."]) != "protest"


@pytest.mark.parametrize("line", ["Change Country of Origin Labelling Rules, Farmers Demand",
                                  "Choose Country Over Party, Protesters Urge Senators"])
def test_a_headline_opening_with_a_pickers_words_is_no_furniture(line: str):
    assert not is_page_furniture(line)


@pytest.mark.parametrize("headline", ["Remembering the Ford Dagenham strike (1968)", "Film night: Pride (2014)"])
def test_a_bracketed_year_of_an_anniversary_or_a_film_dates_no_days(headline: str):
    _, main = _main(f"{headline}\n\nMachinists and their families will gather on Thursday 7 June to remember "
                    "the strike that won equal pay.\n")
    assert main.precision != "day", main


def test_a_sites_follow_widget_is_no_post_that_dates_the_page():
    _, main = _main("Teachers walk out\n\nTeachers walked out today over pay, the union said.\n\n"
                    "Follow Unison (@unisontweets) March 14, 2019\n")
    assert main.precision != "day", main


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("On Monday the Liberal Democrats and Green Party Councillor Sian Berry backed the strike at the depot.",
     {"Liberal Democrats", "Green Party"}),
    ("On Monday the Young Farmers and Rotary Club President Tom Jones backed the strike at the depot.",
     {"Rotary Club"})])
def test_a_body_before_an_office_after_and_is_a_body_of_its_own(sentence: str, bodies: set[str]):
    result, _ = _main(f"Strike news\n\n{sentence}\n")
    assert {o.name for o in result.organisations} == bodies
