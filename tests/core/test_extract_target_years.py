"""A year a page sets as a target ("cut emissions by 2030") dates no event and
does not place an undated one (issue 16, round 16). Texts written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _events(text: str):
    return extract(ReadDocument(text=text, format="txt")).events


def test_a_target_year_places_no_undated_event_in_the_future():
    events = _events("Thousands of pupils across Eastland took to the streets on Friday to demand climate action.\n\n"
                     "The strikers want the government to cut emissions by 60 per cent by 2030 and to end new coal "
                     "projects.\n")
    assert all(event.start is None or not event.start.startswith("2030") for event in events), \
        [(event.start, event.title) for event in events]


def test_a_year_the_page_reports_still_dates_its_event():
    events = _events("Thousands of pupils across Eastland walked out of school in 2019 to demand climate action.\n\n"
                     "They want emissions cut by 2030.\n")
    assert events[0].start == "2019"
    assert not any(event.start == "2030" for event in events)


def test_a_year_looked_back_to_is_no_target():
    events = _events("The Eastport student movement grew quickly.\n\n"
                     "By 1970 students had occupied every college in the city and the council gave way.\n")
    assert any(event.start == "1970" for event in events), [(event.start, event.title) for event in events]


def test_a_goal_listed_without_a_verb_places_no_event():
    # a list's item under the demands says no year anything happened in
    events = _events("Thousands of pupils across Eastland took to the streets on Friday to demand climate action.\n\n"
                     "Their demands:\n\n"
                     "- No new coal or gas projects in Eastland\n"
                     "- 100% renewable power for every town by 2030\n")
    assert all(event.start is None or not event.start.startswith("2030") for event in events), \
        [(event.start, event.title) for event in events]


def test_a_year_a_count_reaches_back_to_dates_no_event():
    events = _events("Eastport teachers walked out of their schools on 24 June 2013 over unpaid allowances.\n\n"
                     "This is the fifth strike the staff have held since 2007.\n")
    starts = [event.start for event in events]
    assert starts[0] == "2013-06-24" and "2007" not in starts, starts


def test_an_undated_page_is_still_placed_after_a_year_a_count_reaches_back_to():
    events = _events("Eastport graduate workers agreed to end their strike just before the holidays.\n\n"
                     "The wave of organising goes back to 2012, organisers said.\n\n"
                     "Since 2022, there have been at least ten graduate strikes in the region.\n")
    assert events[0].start == "2022" and events[0].precision == "unknown", [(e.start, e.title) for e in events]


def test_a_count_after_of_is_no_year():
    # "a target of 1500 signatories" once made an undated petition's page a petition of the year 1500
    events = _events("Harbourton petition to scrap fees\n\n"
                     "The petition is 306 signatures off its target of 1500 signatories. It was started by "
                     "Mira Tane, a student at Harbourton.\n")
    assert events[0].kind == "petition"
    assert all(event.start is None for event in events), [(event.start, event.title) for event in events]


@pytest.mark.parametrize("text", [
    "The strike of 2019 workers at the Harbourton depot lasted a month.",
    "The Class of 2024 students walked out of Harbourton High School.",
    "The spring of 2019 students rose up across Harbourton.",
])
def test_a_year_after_of_still_dates_its_event(text):
    events = _events(f"Harbourton remembers\n\n{text}\n")
    assert any(event.start == text.split(" of ")[1][:4] for event in events), \
        [(event.start, event.title) for event in events]
