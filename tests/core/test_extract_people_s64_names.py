"""People rules of stop 64: a surname that is a season's plural ("Ama Summers", "Jo Winters") is a name's word after
a known given name or an initial, not the season that keeps a run from being a name; a place before the plural
("Lakeland Winters") stays a season's. A person the page goes on with ", which" is still a person."""

from __future__ import annotations

import pytest

from extracted import person_names as _people

_OPENING = "Porters at the Harbourton depot walked out on 3 May 2021.\n\n"


@pytest.mark.parametrize(("text", "name"), [
    ("A doctoral student in geology, Ama Summers said in a note that the picket would stay until the board met.",
     "Ama Summers"),
    ("Jo Winters, the branch secretary, said the depot would stay shut all week.", "Jo Winters"),
    ("A doctoral student in geology, K. Summers said in a note that the picket would stay.", "K. Summers"),
])
def test_a_seasons_plural_closes_a_name(text, name):
    assert name in _people(_OPENING + text)


# One text per guard: a place's seasons, with a speaker beside them or a verb of saying after them.
@pytest.mark.parametrize(("text", "kept"), [
    ("Lakeland Winters, said Mira Tane, are hard on porters who sleep at the depot.", ["Mira Tane"]),
    ("Ostland Summers said the depot was cold.", []),
])
def test_a_places_seasons_are_no_name(text, kept):
    assert _people(_OPENING + text) == kept


# ", which" after a person may tell of the whole clause: the person stays, with or without an office or a known
# given name, after a verb or a verb of saying, and elsewhere on the page.
@pytest.mark.parametrize(("text", "name"), [
    ("Mira Tane said the offer was an insult. Members cheered Mira Tane, which pleased the organisers.", "Mira Tane"),
    ("Kea Holm said the offer was an insult. The porters elected Kea Holm, which surprised the managers.", "Kea Holm"),
    ('Mira Tane said the offer was an insult. "We will not be moved by Westbrook," said Mira Tane, which drew '
     "cheers.", "Mira Tane"),
    ('"The offer is an insult," said Kea Holm, which drew loud cheers from the picket.', "Kea Holm"),
    ("Mira Tane said the offer was an insult. Managers met Mira Tane, which was the first meeting since March.",
     "Mira Tane"),
    ("Mira Tane said the offer was an insult. The porters wrote to Mira Tane, which the managers called a stunt.",
     "Mira Tane"),
    ("The picket was joined by Ama Lind and Okonkwo Dunmore, which surprised the managers. Okonkwo Dunmore said the "
     "offer was an insult.", "Okonkwo Dunmore"),
    ("Branch secretary Kea Holm said the offer was an insult. The porters cheered Kea Holm, which surprised the "
     "managers.", "Kea Holm"),
    ("Jo Arlen said the offer was an insult. The porters cheered Jo Arlen, which surprised the managers.", "Jo Arlen"),
])
def test_a_person_before_which_stays(text, name):
    assert name in _people(_OPENING + text)
