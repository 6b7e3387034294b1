"""Dates written in each style Preferences offers."""

from __future__ import annotations

import pytest

from timeline_app.core.date_formats import DATE_STYLES, format_date, format_span
from timeline_app.core.partial_dates import describe, span_days
from timeline_app.core.timeline_data import describe_span


@pytest.mark.parametrize(("style", "day", "month", "year"), [
    ("long", "20 February 2017", "February 2017", "2017"),
    ("short", "20 Feb 2017", "Feb 2017", "2017"),
    ("iso", "2017-02-20", "2017-02", "2017"),
    ("us", "February 20, 2017", "February 2017", "2017"),
])
def test_each_style_writes_a_day_a_month_and_a_year(style, day, month, year):
    assert format_date("2017-02-20", "day", style=style) == day
    assert format_date("2017-02", "month", style=style) == month
    assert format_date("2017", "year", style=style) == year
    assert format_span(*span_days("2017-02-20"), "day", style=style) == day
    assert format_span(*span_days("2017-02"), "month", style=style) == month
    assert format_span(*span_days("2017"), "year", style=style) == year


def test_every_offered_style_is_shown_by_its_own_example():
    for style, example in DATE_STYLES.items():
        assert format_date("2017-02-20", "day", style=style) == example


def test_the_long_style_is_the_original_wording():
    for iso, precision in (("2017-02-20", "day"), ("2025", "approximate"), ("2022", "unknown")):
        assert format_date(iso, precision) == describe(iso, precision)
        assert format_span(*span_days(iso, precision), precision) == describe_span(
            *span_days(iso, precision), precision)


def test_qualifiers_times_and_ranges_survive_every_style():
    assert format_date("2025", "approximate", style="iso") == "about 2025"
    assert format_span(*span_days("2025", "approximate"), "approximate", style="iso") == \
        "about 2025"
    assert format_date("2022-06", "unknown", style="short") == "not before Jun 2022"
    assert format_date("2017-02-20", "day", "14:30", style="iso") == "2017-02-20, 14:30"
    start, _ = span_days("2017-02-20")
    _, end = span_days("2017-03-02")
    assert format_span(start, end, "day", style="iso") == "2017-02-20 – 2017-03-02"
    assert format_date(None, "day", style="iso") == "undated"
    assert format_date("garbage", "day", style="us") == "undated"
