"""A clock's "a.m."/"p.m." before its day, date or time zone ends no sentence (US news writes "at 10 a.m.
Thursday"); before another sentence it still does."""

from __future__ import annotations

import pytest

from extracted import headed_page, main_event
from timeline_app.core.extract.sentences import sentences

_BYLINE = "By Ana Lindqvist, 12 March 2024"


def _page(body: str) -> str:
    return headed_page("Westbrook students walk out over fees", f"{_BYLINE}\n\n{body}")


@pytest.mark.parametrize(
    ("body", "day", "time"),
    [
        ("Students at Westbrook College will walk out at 10 a.m. Thursday, March 14, over the rise in fees.",
         "2024-03-14", "10:00"),
        ("Students at Westbrook College walked out at 11:30 a.m. March 5 to protest the rise in fees.",
         "2024-03-05", "11:30"),
        ("Students at Westbrook College will walk out at 2 p.m. GMT on Friday 15 March over fees.", "2024-03-15",
         "14:00"),
    ],
)
def test_a_clock_before_its_day_keeps_the_sentence_whole(body: str, day: str, time: str) -> None:
    main = main_event(_page(body))
    assert (main.start, main.time) == (day, time)
    assert body.rstrip(".") in main.evidence


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("The march ended at 5 p.m. Police said four people were held.",
         ["The march ended at 5 p.m.", "Police said four people were held."]),
        ("The rally lasted until 11 a.m. March 8, 2024, will be the first day of the strike.",
         ["The rally lasted until 11 a.m.", "March 8, 2024, will be the first day of the strike."]),
        ("The picket ended at 3 p.m. Saturday's march will start at noon.",
         ["The picket ended at 3 p.m.", "Saturday's march will start at noon."]),
        ("Staff walked out at 7 a.m. CT scans were delayed.", ["Staff walked out at 7 a.m.", "CT scans were delayed."]),
        ("The strike ended at 5 p.m. March 14 and 15 are the next strike days.",
         ["The strike ended at 5 p.m.", "March 14 and 15 are the next strike days."]),
    ],
)
def test_a_clock_before_another_sentence_still_ends_its_own(text: str, split: list[str]) -> None:
    assert [span.text for span in sentences(text)] == split
