"""A report told as one day's story dates its undated act to the page's day (issue 16): "earlier in the day" on a
page dated to the day, with no sentence dating the act. Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _main_date(text: str) -> tuple[str | None, str]:
    main = next(event for event in extract(ReadDocument(text=text, format="txt")).events if event.main)
    return main.start, main.precision


_DAY_TOLD = ("Harbourton students face riot police at the ministry\n\n"
             "14-06-2023\n\n"
             "Students from Westbrook College marched to the Lakeland ministry gates to demand lower fees. "
             "Earlier in the day, the Harbourton police had asked a judge to bar the march, and the judge refused. "
             "Later in the afternoon, the crowd moved on to the assembly building.\n")


def test_a_story_told_as_one_day_dates_its_act_to_the_pages_day() -> None:
    assert _main_date(_DAY_TOLD) == ("2023-06-14", "day")


def test_without_a_days_words_the_undated_act_stays_approximate() -> None:
    text = _DAY_TOLD.replace("Earlier in the day, the", "The").replace("Later in the afternoon, the", "Then the")
    assert _main_date(text) == ("2023-06-14", "approximate")


def test_a_longer_span_is_no_day() -> None:
    text = _DAY_TOLD.replace("Earlier in the day", "Earlier in the year").replace("Later in the afternoon", "Next")
    assert _main_date(text) == ("2023-06-14", "approximate")
