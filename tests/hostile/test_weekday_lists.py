"""A page's weekdays are fitted to its dates by reading those dates a bounded number of times, never once
per weekday.

An undated page's weekday is fitted to the years the page states ("Monday, April 8th" beside "2019") and,
in its lede, to the one full day the page writes on that weekday. Both were worked out again for each
weekday: one line of bracketed day lists grew with its square (1.9 s at 400 KB), and so did a run of
clauses with bare weekdays (4.6 s at 400 KB). The tests count the dates the extraction reads, never a time.
"""

from __future__ import annotations

import pytest

import timeline_app.core.extract as extract_package
from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


class CountedDates(list):
    """A list of dates that counts every date read from it by iteration."""

    read = 0

    def __iter__(self):
        for item in super().__iter__():
            CountedDates.read += 1
            yield item


def _bracketed(i: int) -> str:
    day = 1 + i % 9
    return (f"({_WEEKDAYS[i % 7]} {day}, {_WEEKDAYS[(i + 1) % 7]} {day + 10} and "
            f"{_WEEKDAYS[(i + 2) % 7]} {day + 20} {_MONTHS[i % 10]}) ")


def _clauses(i: int) -> str:
    return (f"on {_WEEKDAYS[i % 7]}, {_WEEKDAYS[(i + 1) % 7]} {1 + i % 9} and "
            f"{_WEEKDAYS[(i + 2) % 7]} {11 + i % 9} {_MONTHS[i % 10]} will see ")


def _dates_read(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """How many dates the events were given, and how many times in all one was read from those lists."""
    given: list[int] = []
    build_events = extract_package.build_events

    def counted(text, sentences, mentions, *args, written=None, **kwargs):
        given.append(len(mentions))
        written = CountedDates(written) if written is not None else None
        return build_events(text, sentences, CountedDates(mentions), *args, written=written, **kwargs)

    monkeypatch.setattr(extract_package, "build_events", counted)
    CountedDates.read = 0
    extract(ReadDocument(text=text, format="txt"))
    return given[0], CountedDates.read


@pytest.mark.parametrize("piece", [_bracketed, _clauses], ids=["bracketed day lists", "clauses of weekdays"])
def test_a_line_of_a_thousand_weekdays_reads_the_pages_dates_a_bounded_number_of_times(monkeypatch, piece):
    dates, read = _dates_read(monkeypatch, "".join(piece(i) for i in range(1_000)))
    assert dates >= 1_000  # every weekday's date reaches the events, so each one is fitted
    assert read <= 50 * dates  # once per weekday would be dates ** 2, millions here
