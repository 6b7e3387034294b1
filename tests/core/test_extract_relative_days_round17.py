"""Days told relative to the page's date (issue 16, round 17, from the
tuning set tune17d). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _main(text: str):
    return next(event for event in extract(ReadDocument(text=text, format="txt")).events if event.main)


def test_an_action_set_on_a_weekday_is_the_coming_one():
    main = _main("date 2017-02-25 The start of the nationwide transport strike by the drivers' groups of Harbourtown "
                 "is set on Monday.\n\n"
                 "Groups taking part in the strike include the Harbour Drivers Union and the Ferry Workers League.\n")
    assert (main.start, main.precision) == ("2017-02-27", "day")


def test_a_caption_credited_after_a_slash_dates_nothing():
    main = _main("date 2018-07-31 Thousands of tax office workers will walk off the job throughout the country tomorrow "
                 "in protest over pay.\n\n"
                 "Tax office staff striking for better pay on July 9. Photo / Jane Rowe\n\n"
                 "The union said the decision to strike again was hard for many members.\n")
    assert main.start == "2018-08-01", (main.start, main.title)
