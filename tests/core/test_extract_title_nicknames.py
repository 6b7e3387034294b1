"""A quoted nickname set beside an action is dropped before a title would be
cut (issue 16, stop 67); a quoted judgement ("dubbed “illegal” by ...") is
no nickname and stays. Every text here is written for the test."""

from __future__ import annotations

from extracted import event_titles
from timeline_app.core.extract.title_nicknames import without_nickname


def test_a_nickname_after_the_action_leaves_a_whole_title():
    text = ("More than 8 000 harbour workers belonging to the three main trade union federations of Ostland will "
            "down tools indefinitely from Tuesday 3 March 2020, dubbed the “Day of Harbour Action”.\n")
    titles = event_titles(text)
    assert titles, "no event"
    assert any("down tools" in title and not title.endswith("…") for title in titles), titles


def test_a_quoted_judgement_is_no_nickname():
    text = "The strike by the Lakeland Teachers Union, dubbed “illegal” by the Ostland government, went ahead"
    assert without_nickname(text) == text
    named = "The march through Arlen, billed as the “March of Ten Thousand”, ended at the harbour"
    assert without_nickname(named) == "The march through Arlen ended at the harbour"


def test_a_quoted_judgement_in_commas_stays():
    # "illegal" is the page's judgement of the strike, not a name it was given
    text = "The strike, dubbed “illegal”, went ahead."
    assert without_nickname(text) == text
    assert without_nickname("The protest, dubbed “#HarbourNow”, filled the square") == "The protest filled the square"


def test_a_nickname_after_an_earlier_comma_stays():
    # the commas pair otherwise: dropping the aside would leave one between the subject and its verb
    for text in ("The leaders, Jo Arlen and Mira Tane, billed as “the Harbour Two”, were arrested",
                 "In Harbourton, the march, billed as the “March of Ten Thousand”, drew 8,000 people"):
        assert without_nickname(text) == text


def test_a_comma_inside_a_number_is_no_earlier_comma():
    text = "The 1,200 nurses' strike, dubbed the “Great Harbour Walkout of the Summer”, closed two wards."
    assert without_nickname(text) == "The 1,200 nurses' strike closed two wards."
