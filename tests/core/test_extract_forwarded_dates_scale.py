"""The sending dates of quoted e-mails are found in one pass over the
dates: a list archive that quotes thousands of headers is read in time
linear in its length, and each header still takes the date on its line."""

from __future__ import annotations

from datetime import date

from timeline_app.core.extract.dates import find_dates
from timeline_app.core.extract.forwarded_dates import ForwardedDates


class _CountedList(list):
    """A list that counts how often it is walked from the start."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_many_quoted_headers_walk_the_dates_once():
    text = "".join(f"> Date: {day % 28 + 1} Jan 2002\nquoted line\n" for day in range(400))
    mentions = _CountedList(find_dates(text))
    _CountedList.walks = 0
    ForwardedDates(text, mentions)
    assert _CountedList.walks <= 2  # not once per header


def test_each_quoted_header_dates_what_follows_it():
    text = "Date: 1 Mar 2002\nFrom: a\n\n> Date: 23 Oct 2002\n> today we marched\n> Date: 5 Nov 2002 x\n> today\n"
    forwarded = ForwardedDates(text, find_dates(text))
    assert forwarded.reference(text.index("marched"), None) == date(2002, 10, 23)
    assert forwarded.reference(text.rindex("today"), None) == date(2002, 11, 5)
    assert forwarded.reference(text.index("From"), date(2002, 3, 1)) == date(2002, 3, 1)


def test_a_header_without_a_date_on_its_line_takes_none_from_the_next_line():
    text = "Date: 1 Mar 2002\nFrom: a\n> Date: soon\n> 9 Dec 2002 today\n"
    forwarded = ForwardedDates(text, find_dates(text))
    assert forwarded.reference(len(text) - 3, None) is None
