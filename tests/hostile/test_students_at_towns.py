"""Whether a town's institution is named in full is read from one pass over the page, never by a search of
the whole page per town.

A page of thousands of "Students at Westbrook ..." once searched the whole page with a pattern for each of
them (22 s at 400 KB); asking once per town still read the page once per distinct town, so a page of
thousands of different towns grew with its square (1.15 s at 200 KB). The tests count the characters the
page's literal searches read, never a time.
"""

from __future__ import annotations

import itertools
import string

import pytest

from timeline_app.core.extract import organisation_schools
from timeline_app.core.extract.organisation_schools import school_names


class CountedText(str):
    """A page that counts the characters its ``find`` calls read (up to the hit, or to the end)."""

    read = 0

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        low = 0 if start is None else start
        high = len(self) if end is None else end
        at = str.find(self, sub, low, high)
        CountedText.read += max(0, (at + len(sub) if at != -1 else high) - low)
        return at


def _towns(count: int) -> list[str]:
    letters = itertools.product(string.ascii_lowercase.replace("y", ""), repeat=3)  # "-ly" reads as an adverb
    return ["Westbro" + "".join(next(letters)) for _ in range(count)]


def test_a_page_of_thousands_of_distinct_towns_is_read_a_bounded_number_of_times():
    towns = _towns(2_000)
    page = CountedText("".join(f"Students at {town} marched on Monday. " for town in towns)
                       + "The Westbroaab Students' Union backed them.")
    CountedText.read = 0
    found = {name.name for name in school_names(page)}
    assert found == set(towns) - {"Westbroaab"}
    assert CountedText.read <= 20 * len(page)


def test_a_town_named_thousands_of_times_is_still_found_once_per_mention():
    page = "Students at Westbrook marched on Monday, and students at Lakeland joined them. " * 2_000
    names = school_names(page)
    assert {name.name for name in names} == {"Westbrook", "Lakeland"}
    assert len(names) == 4_000


@pytest.mark.parametrize(("page", "named"), [
    ("Students at Westbrook marched. The Westbrook Students' Union backed them.", True),
    ("Students at Westbrook marched. The University of Westbrook said nothing.", True),
    ("Students at Westbrook marched. The University of Westbrooke said nothing.", False),
    ("Students at Westbrook marched. NorthWestbrook University said nothing.", False),
    ("Students at Westbrook marched. The University of  Westbrook said nothing.", False),
    ("Students at Westbrook marched. Westbrook\tCollege said nothing.", True),
])
def test_an_institution_named_in_full_is_still_found(page: str, named: bool):
    assert organisation_schools._names_in_full(page, {"Westbrook", "Lakeland"}) == ({"Westbrook"} if named else set())
    assert ({name.name for name in school_names(page)} == {"Westbrook"}) is not named
