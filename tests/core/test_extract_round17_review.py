"""What a review of round 17's rules found wrong, kept right (issue 16).
Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _result(text: str):
    return extract(ReadDocument(text=text, format="txt"))


def _main(text: str):
    return next(event for event in _result(text).events if event.main)


@pytest.mark.parametrize("headline", [
    "Dock workers approve deal, ending six-week strike at Harbour port",
    "Minister approves pay rise as nurses' strike enters third week",
    "Court authorises police to clear dockers' strike at Harbour port",
])
def test_a_strike_the_news_only_touches_a_vote_on_stays_a_strike(headline: str):
    text = (f"{headline}\n\n"
            "The strike by refuse and dock workers went on for another day in Harbourtown on Monday, and the union "
            "said the strike would continue.\n")
    assert _main(text).kind == "strike"


@pytest.mark.parametrize("text", [
    "Pupils walk out for their teachers\n\nPupils at Harbour High walked out of lessons on Friday in support of "
    "their teachers, who are on strike over pay. The pupils marched to the gates.\n",
])
def test_walking_out_for_strikers_is_a_walkout(text: str):
    assert _main(text).kind == "walkout"


def test_marching_in_solidarity_with_strikes_is_a_protest():
    assert _main("Thousands march for rail workers\n\nThousands of people marched through Harbourtown on Saturday in "
                 "solidarity with strikes across the rail network, and rallied outside the station.\n").kind == "protest"


def test_a_year_a_dispute_began_is_kept_when_the_comparison_is_another_clauses():
    main = _main("Hospital cleaners' dispute\n\nCleaners at Harbour General have been on strike since 2022, the "
                 "longest dispute in the hospital's history.\n")
    assert main.start == "2022", (main.start, main.precision)


def test_a_past_told_with_an_irregular_verb_is_no_target():
    main = _main("School strikes\n\nBy 2019 the school strikes grew to a million pupils in a hundred countries.\n")
    assert main.start == "2019", (main.start, main.precision)


@pytest.mark.parametrize("line", ["Monday (4 March 2024): Nurses walked out at 40 hospitals across Harbourshire.",
                                  "UPDATE (12 March 2024): Nurses walked out at 40 hospitals across Harbourshire."])
def test_a_diary_or_update_line_is_no_wire_dateline(line: str):
    dates = [event.start for event in _result(f"Nurses' strike diary\n\n{line}\n").events]
    assert "2024-03-04" in dates or "2024-03-12" in dates, dates


def test_people_named_in_anothers_role_stay_people():
    people = [p.name for p in _result("Harbour court case\n\n\"We will appeal,\" said Jennifer Holt, a lawyer for "
                                      "Julian Marsh. Julian Marsh did not speak.\n").people]
    assert "Julian Marsh" in people, people


def test_many_target_years_in_one_sentence_stay_quick():
    # hostile input: a sentence of thousands of "by YEAR" reads each year's neighbourhood only (no timing here:
    # the result must simply come back, with no year as an event's date)
    text = "Cleaner air " + " ".join(f"by {1900 + i % 100}" for i in range(2000)) + ".\n"
    assert all(event.start is None or event.precision == "unknown" for event in _result(text).events)
