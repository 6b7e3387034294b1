"""People rules of stop 64: a surname that is a season's plural ("Kea Summers", "Jo Winters") is a name's word,
as "Banks" and "Parks" are, not the season that keeps a run from being a name; a name-shaped run with no office
and no known given name that the page goes on with ", which" is a thing's, not a person's."""

from __future__ import annotations

import pytest

from extracted import person_names as _people


@pytest.mark.parametrize(("text", "name"), [
    ("Porters at the Harbourton depot walked out on Monday.\n\nA doctoral student in geology, Kea Summers said in a "
     "note that the picket would stay until the board met.", "Kea Summers"),
    ("Porters at the Harbourton depot walked out on Monday.\n\nJo Winters, the branch secretary, said the depot "
     "would stay shut all week.", "Jo Winters"),
])
def test_a_seasons_plural_closes_a_name(text, name):
    assert name in _people(text)


def test_the_season_alone_is_still_no_name():
    text = ("Porters at the Harbourton depot walked out on Monday.\n\nSince Winter Term began, Lakeland Summer "
            "Schools said the depot had been shut twice.")
    assert not any("Winter" in name or "Summer" in name for name in _people(text))


# A name-shaped run the page goes on with ", which" is a thing's (a firm's, a band's), not a person's.
def test_a_name_before_which_is_no_person():
    text = ("Porters at the Harbourton depot walked out on Monday.\n\nWestbrook Dunmore said the stoppage was "
            "regrettable. Westbrook Dunmore, which runs the depot for the council, offered two per cent.")
    assert "Westbrook Dunmore" not in _people(text)


@pytest.mark.parametrize("text", [
    # what a person made, after "by": the report is the thing
    "Porters at the Harbourton depot walked out on Monday.\n\nKea Holm said the offer was an insult. A survey by "
    "Kea Holm, which came out in May, found most porters in debt.",
    # a given name opens a person's name
    "Porters at the Harbourton depot walked out on Monday.\n\nBranch secretary Jo Arlen said the offer was an "
    "insult. The porters cheered Jo Arlen, which surprised the managers.",
])
def test_a_person_before_which_stays(text):
    names = _people(text)
    assert "Kea Holm" in names or "Jo Arlen" in names
