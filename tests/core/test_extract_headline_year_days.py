"""A headline's year lends itself only to days that year has: "February
29th" under "February 2009" is no date, and is never stored as one."""

from __future__ import annotations

from datetime import date

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _starts(text: str) -> list[str | None]:
    return [event.start for event in extract(ReadDocument(text=text, format="txt")).events]


def test_a_day_the_headline_year_lacks_is_left_undated():
    starts = _starts("Campus protest, February 2009\n\nA protest was organised on February 29th by students.")
    assert "2009-02-29" not in starts
    for start in starts:
        if start and len(start) == 10:
            date.fromisoformat(start)  # every stored day is a real one


def test_a_leap_day_in_a_leap_headline_year_is_still_dated():
    assert "2008-02-29" in _starts("Campus protest, February 2008\n\nA protest was organised on February 29th by students.")


def test_an_ordinary_day_takes_the_headline_year():
    assert "2009-02-16" in _starts("Campus protest, February 2009\n\nA protest was organised on February 16th by students.")
