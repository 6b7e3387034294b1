"""The columns the timeline draws from: dated events in order, undated ones
on their shelf, the window slice the canvas paints, and the date labels and
tooltips a person reads."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.partial_dates import date_to_days, event_span
from timeline_app.core.timeline_data import TimelineData, describe_span


def day(year: int, month: int = 1, dom: int = 1) -> float:
    return date_to_days(date(year, month, dom))


def sample() -> TimelineData:
    """Four dated events given out of order, one undated, one campaign."""
    spans = [event_span("2017-02-20", None, "day"), event_span("2015-11", None, "month"),
             (None, None), event_span("2016-02", "2016-05", "month"), event_span("2016", None, "year")]
    return TimelineData.from_columns(
        ids=[10, 11, 12, 13, 14],
        titles=["Walkout", "Fees march", "Open letter", "Rent strike campaign", "Vote"],
        kinds=["walkout", "protest", "letter", "campaign", "vote"],
        starts=[s for s, _ in spans],
        ends=[e for _, e in spans],
        precisions=["day", "month", "unknown", "month", "year"],
        lanes_org=["NUS", "NUS", None, "ACORN", "UCU"],
        orgs=["NUS, UCU", "NUS", "", "ACORN", "UCU"],
    )


def test_dated_events_are_ordered_by_when_they_start():
    data = sample()
    assert data.ids.tolist() == [11, 14, 13, 10]
    assert [data.title_of(i) for i in range(data.dated_count)] == [
        "Fees march", "Vote", "Rent strike campaign", "Walkout"]


def test_undated_events_wait_on_their_own_shelf():
    data = sample()
    assert (len(data), data.dated_count, data.undated_count) == (5, 4, 1)
    assert data.undated_ids.tolist() == [12]
    assert data.undated_title_of(0) == "Open letter"


def test_the_extent_runs_from_the_first_start_to_the_last_end():
    assert sample().extent() == (day(2015, 11), day(2017, 2, 21))
    assert TimelineData.empty().extent() is None


def test_a_month_long_event_is_a_date_but_a_campaign_over_months_is_a_range():
    data = sample()
    is_range = dict(zip(data.ids.tolist(), data.is_range.tolist()))
    assert is_range == {11: False, 14: False, 13: True, 10: False}


def test_a_single_date_marker_sits_in_the_middle_of_what_it_may_mean():
    data = sample()
    march, _, campaign, _ = range(4)
    assert data.anchors[march] == pytest.approx(day(2015, 11) + 15)
    assert data.anchors[campaign] == day(2016, 2)  # a range is marked where it starts


def test_the_visible_slice_includes_a_long_campaign_that_began_before_the_window():
    data = sample()
    lo, hi = data.visible_slice(day(2016, 4), day(2016, 4, 30))
    assert 13 in data.ids[lo:hi].tolist()
    assert 10 not in data.ids[lo:hi].tolist()


def test_an_empty_window_before_everything_shows_nothing():
    lo, hi = sample().visible_slice(day(2000), day(2001))
    assert hi - lo == 0


def test_every_event_can_be_found_by_its_id_and_a_stranger_cannot():
    data = sample()
    assert data.locate(10) == (True, 3)
    assert data.locate(12) == (False, 0)
    assert data.locate(99) is None


def test_the_tooltip_names_every_organisation_given_else_the_lane_one():
    data = TimelineData.from_columns([1, 2], ["a", "b"], ["vote", "vote"], [day(2020), day(2021)],
                                     [None, None], ["day", "day"], ["NUS", "UCU"], ["NUS, UCU", ""])
    assert data.orgs_of(0) == "NUS, UCU"
    assert data.orgs_of(1) == "UCU"


def test_the_busiest_organisation_gets_the_first_lane():
    data = sample()
    assert data.org_names == ("NUS", "ACORN", "UCU")


def test_the_legend_lists_only_kinds_that_occur_in_the_usual_order():
    assert sample().present_kinds() == ["walkout", "campaign", "letter", "protest", "vote"]


def test_an_unknown_kind_falls_back_to_other_instead_of_failing():
    data = TimelineData.from_columns([1], ["x"], ["a kind from the future"], [day(2020)], [None], ["day"], [None])
    assert data.kind_name(data.kinds[0]) == "other"


def test_columns_of_different_lengths_are_refused_with_the_lengths():
    with pytest.raises(ValueError, match="ids has 2, titles has 1"):
        TimelineData.from_columns([1, 2], ["only one"], ["vote"] * 2, [None] * 2, [None] * 2, ["day"] * 2,
                                  [None] * 2)


def test_timeline_data_cannot_be_built_half_initialised():
    with pytest.raises(TypeError):
        TimelineData()


@pytest.mark.parametrize(("start", "end", "precision", "shown"), [
    (day(2017, 2, 20), day(2017, 2, 21), "day", "20 February 2017"),
    (day(2017, 2, 20), day(2017, 2, 23), "day", "20 – 22 February 2017"),
    (day(2017, 2, 27), day(2017, 3, 3), "day", "27 February – 2 March 2017"),
    (day(2016, 12, 30), day(2017, 1, 2), "day", "30 December 2016 – 1 January 2017"),
    (day(2017, 2), day(2017, 3), "month", "February 2017"),
    (day(2017, 2), day(2017, 6), "month", "February – May 2017"),
    (day(2016, 11), day(2017, 3), "month", "November 2016 – February 2017"),
    (day(2016), day(2017), "year", "2016"),
    (day(2016), day(2018), "year", "2016 – 2017"),
    (day(2024), day(2027), "approximate", "about 2025"),
    (day(2022), day(2023), "unknown", "not before 2022"),
    (None, None, "unknown", "undated"),
])
def test_a_span_reads_as_a_person_would_write_it(start, end, precision, shown):
    assert describe_span(start, end, precision) == shown
