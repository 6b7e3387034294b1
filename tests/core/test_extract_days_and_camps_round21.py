"""Round 21 (issue 16): a relative day inside a quote counts from the day
the quote was spoken ("'... a strike tomorrow,' he told reporters Tuesday
night"); a whole date opening the first line before a bar or a colon dates
the page; a tent city set up, even outside a building, is an occupation."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_day_said_in_a_quote_counts_from_the_weekday_it_was_spoken():
    _, main = _main(
        " date 2020-03-11 The Lakeland teachers' union warned families to plan for a one-day strike unless a "
        "deal is struck by midnight.\n\n"
        "\"Unless you hear otherwise, expect a strike tomorrow,\" Mara Quell, leader "
        "of the union, told reporters Tuesday night. \"Lessons resume on Thursday.\"\n")
    assert main.start == "2020-03-11"


def test_a_day_in_a_quote_without_a_spoken_weekday_counts_from_the_page():
    _, main = _main(
        " date 2020-03-11 Teachers get ready for a strike.\n\n"
        "\"Expect a strike tomorrow,\" Mara Quell, leader of the union, told reporters.\n")
    assert main.start == "2020-03-12"


@pytest.mark.parametrize("opening", ["9 February 2017 | Thursday: It all started", "9 February 2017: It all started"])
def test_a_whole_date_opening_the_first_line_before_a_bar_or_a_colon_dates_the_page(opening: str):
    result, _ = _main(f"Students barge into the administration block\n\n{opening} with students coming to the "
                      "building to submit petitions.\n")
    assert result.published == "2017-02-09"


@pytest.mark.parametrize("sentence", [
    "After the national day of action on May 8, an overnight tent city was set up in the main quadrangle.",
    "Eleven unions have set up a tent city outside the Assembly to press for their jobs back.",
])
def test_a_tent_city_set_up_is_an_occupation(sentence: str):
    _, main = _main(f"Students camp out\n\n{sentence} About 10 tents were pitched on the lawns.\n")
    assert main.kind == "occupation"


def test_a_sit_in_outside_a_building_is_still_a_protest():
    _, main = _main("Cleaners demand unpaid wages\n\nCleaners staged a sit-in outside the Town Hall on Monday "
                    "to claim unpaid wages.\n")
    assert main.kind == "protest"
