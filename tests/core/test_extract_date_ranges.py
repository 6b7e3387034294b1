"""A range of days written across two months ("from 28 April–9 May") is one
stretch: the act is dated by where it began, the closing day is no date of
its own but the act's end, and three or more days joined by dashes are a
list, no range (issue 16). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract.date_ranges import dashed_ranges
from timeline_app.core.extract.dates import DateMention

from extracted import read_text


def test_a_range_across_two_months_is_dated_by_its_first_day():
    result = read_text(
        "date 2023-05-20 Westbrook porters back a walkout\n\n"
        "After a ballot that ran 28 April–9 May, porters at Westbrook Infirmary voted to strike "
        "by a wide margin, the Lakeland porters' union said.\n\n"
        "The union will now write to the infirmary's board about the rosters.\n")
    main = next(event for event in result.events if event.main)
    assert (main.start, main.precision) == ("2023-04-28", "day")
    assert all(event.start != "2023-05-09" for event in result.events)


def test_only_a_dash_joins_a_range():
    text = "28 April–9 May, and 3 June to 7 June"
    first = DateMention(0, 8, "28 April", None, 4, 28)
    second = DateMention(9, 14, "9 May", None, 5, 9)
    third = DateMention(20, 26, "3 June", None, 6, 3)
    fourth = DateMention(30, 36, "7 June", None, 6, 7)
    assert dashed_ranges(text, [first, second, third, fourth]) == {0: second}


def test_the_closing_day_is_the_acts_end():
    result = read_text(
        "date 2024-05-20 Lakeland nurses to strike\n\n"
        "Nurses at Lakeland General will strike on 28 June–2 July, their union said.\n")
    main = next(event for event in result.events if event.main)
    assert (main.start, main.end, main.precision) == ("2024-06-28", "2024-07-02", "day")


def test_three_days_joined_by_dashes_are_a_list():
    text = "3 May – 12 June – 20 July"
    days = [DateMention(0, 5, "3 May", None, 5, 3), DateMention(8, 15, "12 June", None, 6, 12),
            DateMention(18, 25, "20 July", None, 7, 20)]
    assert dashed_ranges(text, days) == {}
