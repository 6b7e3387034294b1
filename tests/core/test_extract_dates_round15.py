"""Main-event and publication dates on real pages (issue 16, round 15):
shapes of date a reader reads without thinking, on pages nobody tuned on."""

from __future__ import annotations

from datetime import date

from timeline_app.core.extract.dates import find_dates, resolve


def _resolved(sentence: str, reference: date) -> str | None:
    found = resolve(find_dates(sentence)[0], reference, sentence)
    return found.iso if found is not None else None


def test_this_weekday_in_a_sentence_without_a_past_verb_is_still_to_come():
    wednesday = date(2021, 3, 10)
    assert _resolved("The teach-in and march is this Friday on the main lawn at noon.", wednesday) == "2021-03-12"
    assert _resolved("Join the sit-in this Monday!", wednesday) == "2021-03-15"


def test_this_weekday_in_a_sentence_told_in_the_past_is_the_one_gone_by():
    wednesday = date(2021, 3, 10)
    assert _resolved("This Monday, there was a walkout outside the library.", wednesday) == "2021-03-08"
