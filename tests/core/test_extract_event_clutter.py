"""Secondary events a reader would not put on a movement's timeline (issue
16: "background sentences become 'other' events that clutter the
timeline"): figures and periods dated by a year, a page's stamp line, a
state that began in some month, history decades before the news; and
titles that do not open on the end of a date."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.titles import event_title
from timeline_app.core.models import ReadDocument


def _secondary_starts(*paragraphs: str) -> set[str | None]:
    """The dates of the secondary events of a short report on an occupation
    followed by ``paragraphs``."""
    text = _REPORT + "\n\n".join(paragraphs) + "\n"
    return {e.start for e in extract(ReadDocument(text=text, format="txt")).events if not e.main}


_REPORT = ("Students occupy the finance office over rent rises\n\n"
           "Published 14 March 2023\n\n"
           "Students occupied the finance office of the university on Monday 13 March 2023 over the rise in "
           "hall rents.\n\n")


@pytest.mark.parametrize("clutter, kept, clutter_year, kept_year", [
    # a figure dated by its year is none; a decision dated so is one
    ("Rent in the halls is now 190 pounds a week, up from 120 pounds a week in 2019.",
     "The rent agreement was adopted by the council in 2021, the students said.", "2019", "2021"),
    # history a decade before the news is left out; recent background stays
    ("In 1985, students occupied the same office for a week over grants.",
     "In 2020, students occupied the library over the closure of the night bus.", "1985", "2020"),
])
def test_background_is_left_out_and_the_movement_s_past_events_stay(clutter, kept, clutter_year, kept_year):
    starts = _secondary_starts(clutter, kept)
    assert clutter_year not in starts
    assert kept_year in starts


def test_a_span_of_years_or_a_deadline_year_is_no_event():
    assert _secondary_starts("The students want the terms of the 2021-2024 housing agreement honoured.",
                             "The university plans no new halls until 2030.") == set()


def test_a_page_stamp_line_is_no_event():
    assert "2023-03-15" not in _secondary_starts("03/12/2023 09:15 am GMT Updated Mar 15, 2023",
                                                 "The occupation continued into Tuesday night.")


def test_a_state_that_began_in_some_month_is_no_event():
    assert "2021-04" not in _secondary_starts(
        "The union has been negotiating the rents with the university since April 2021.")


def test_a_title_does_not_open_on_the_year_of_a_date_written_with_commas():
    title = event_title("At a board meeting on October 2, 2021, the tenants' union asked the landlord to publish "
                        "the repair budget for every hall.", "October 2, 2021")
    assert title.startswith("The tenants' union asked the landlord")


def test_a_title_keeps_a_number_after_a_place_clause():
    title = event_title("In the city centre near the station, 25 people were arrested by the police after the "
                        "long march ended at the gates.")
    assert title.startswith("25 people were arrested")


def test_a_year_that_names_a_thing_dates_no_event():
    assert "2019" not in _secondary_starts("The students say the rise broke the terms set in the 2019 rent review.")
