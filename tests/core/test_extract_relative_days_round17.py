"""Days told relative to the page's date (issue 16, round 17, from the
tuning set tune17d). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _main(text: str):
    return next(event for event in extract(ReadDocument(text=text, format="txt")).events if event.main)


def test_an_action_set_on_a_weekday_is_the_coming_one():
    main = _main("date 2017-03-04 The start of the nationwide transport strike by the drivers' groups of Harbourtown "
                 "is set on Monday.\n\n"
                 "Groups taking part in the strike include the Harbour Drivers Union and the Ferry Workers League.\n")
    assert (main.start, main.precision) == ("2017-03-06", "day")


def test_a_caption_credited_after_a_slash_dates_nothing():
    main = _main("date 2018-07-31 Hundreds of customs staff will walk off the job across Lakeland tomorrow "
                 "in a dispute over pay.\n\n"
                 "Customs staff picketing for fairer pay on July 12. Photo / Jane Rowe\n\n"
                 "The union said many members found it hard to vote for another strike.\n")
    assert main.start == "2018-08-01", (main.start, main.title)
