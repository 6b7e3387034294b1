"""Partly known dates: what a person reads for each, and the span of days the
timeline draws, filters and sorts by."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.partial_dates import (
    date_to_days,
    days_to_date,
    describe,
    event_span,
    parse_iso,
    span_days,
    stored_span,
    year_of,
)


def days(year: int, month: int, day: int) -> float:
    return date_to_days(date(year, month, day))


@pytest.mark.parametrize(("iso", "precision", "time", "shown"), [
    ("2017-02-20", "day", None, "20 February 2017"),
    ("2017-02-20", "day", "10:30", "20 February 2017, 10:30"),
    ("2017-02", "month", None, "February 2017"),
    ("2016", "year", None, "2016"),
    ("2025", "approximate", None, "about 2025"),
    ("2022", "unknown", None, "not before 2022"),
    (None, "unknown", None, "undated"),
    ("", "day", None, "undated"),
    ("20/02/2017", "day", None, "undated"),
])
def test_a_date_is_described_as_a_person_would_say_it(iso, precision, time, shown):
    assert describe(iso, precision, time) == shown


def test_a_time_is_shown_only_for_a_known_day():
    assert describe("2017-02", "month", "10:30") == "February 2017"


def test_iso_dates_split_into_the_parts_they_state():
    assert parse_iso("2017-02-20") == (2017, 2, 20)
    assert parse_iso("2017-02") == (2017, 2, None)
    assert parse_iso(" 2017 ") == (2017, None, None)


@pytest.mark.parametrize("bad", ["2017-13", "2017-02-30", "2017-2-x", "20 Feb 2017", "0", "2017-01-01-01", ""])
def test_strings_that_are_no_iso_date_are_refused(bad):
    with pytest.raises(ValueError):
        parse_iso(bad)


def test_a_day_spans_one_day():
    assert span_days("2017-02-20") == (days(2017, 2, 20), days(2017, 2, 21))


def test_a_month_spans_its_days_including_a_leap_february():
    assert span_days("2016-02", "month") == (days(2016, 2, 1), days(2016, 3, 1))
    assert span_days("2017-02", "month") == (days(2017, 2, 1), days(2017, 3, 1))


def test_a_year_spans_the_whole_year():
    assert span_days("2016", "year") == (days(2016, 1, 1), days(2017, 1, 1))


def test_about_a_year_widens_to_the_years_either_side():
    assert span_days("2025", "approximate") == (days(2024, 1, 1), days(2027, 1, 1))


def test_about_a_day_stays_that_day():
    assert span_days("2025-03-04", "approximate") == (days(2025, 3, 4), days(2025, 3, 5))


def test_an_undated_or_unreadable_date_has_no_span():
    assert span_days(None) == (None, None)
    assert span_days("someday") == (None, None)


def test_an_event_with_an_end_spans_from_its_start_to_its_end():
    assert event_span("2017-02-20", "2017-02-22", "day") == (days(2017, 2, 20), days(2017, 2, 23))


def test_an_end_before_the_start_is_ignored():
    assert event_span("2017-02-20", "2017-02-01", "day") == (days(2017, 2, 20), days(2017, 2, 21))


def test_not_before_a_year_is_stored_undated_so_no_year_filter_matches_it():
    assert stored_span("2022", None, "unknown") == (None, None, None)


def test_a_dated_event_is_stored_with_its_span_and_year():
    assert stored_span("2017-02", None, "month") == (days(2017, 2, 1), days(2017, 3, 1), 2017)


def test_the_year_of_a_date_is_its_first_part():
    assert year_of("2017-02-20") == 2017
    assert year_of(None) is None
    assert year_of("not a date") is None


def test_day_numbers_and_calendar_dates_convert_both_ways():
    assert date_to_days(date(1970, 1, 1)) == 0
    assert days_to_date(date_to_days(date(2017, 2, 20))) == date(2017, 2, 20)
    assert days_to_date(days(2017, 2, 20) + 0.75) == date(2017, 2, 20)
