"""Universities named by their towns in a report of campus actions.

"Students in Leeds, Newcastle and Bristol set up tents", "occupations in
Newcastle, Bristol, Bradford and York": a wave of campus actions is told
town by town, each town standing for its university. A list of places is
also just places ("students from Kenya, Uganda and Tanzania"), so a list
counts only where the page ties one of its towns to a university ("Bristol
students said", "Leeds student Issy", "the University of York") or an
institution's acronym stands in it ("Leeds, Goldsmiths, Bristol and UCL").
"""

from __future__ import annotations

import re

from .organisation_names import NOT_ORGANISATIONS, is_sentence_noise
from .prefilter import literal_matches

# The students or the actions, then where they are: the list follows.
_LEADS = tuple(f"{noun} {where} " for noun in ("students", "Students", "occupations", "Occupations", "encampments",
                                              "Encampments", "sit-ins") for where in ("in", "at", "from"))
_TOWN = r"[A-Z][a-z][\w'’-]*"
_ACRONYM = r"[A-Z]{2,6}"
_ITEM = rf"(?:{_TOWN}|{_ACRONYM})(?![\w'’-]|[ \t]+[A-Z])"
_LIST = re.compile(rf"(?P<items>{_ITEM}(?:,[ \t]+{_ITEM})+,?[ \t]+(?:and|&)[ \t]+{_ITEM})")
_SPLIT = re.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+")
# How a page ties a town to its university: "Bristol students", "Leeds Uni", "University of York".
_TIED_AFTER = ("students", "student", "University", "Uni", "UCU", "SU", "Students")


def campus_towns(text: str) -> list[tuple[str, int, int, str]]:
    """(name, start, end, town) of each university a campus-action list names by its town."""
    found = []
    for _, end in literal_matches(text, _LEADS):
        match = _LIST.match(text, end)
        if not match:
            continue
        items = _items(match["items"], match.start("items"))
        if not any(item.isupper() or _tied(text, item) for item, _ in items):
            continue
        for item, start in items:
            if item.isupper() or is_sentence_noise(item) or item in NOT_ORGANISATIONS:
                continue  # an acronym is found as written; "London" is a city's, not one university's
            found.append((f"University of {item}", start, start + len(item), item))
    return found


def _tied(text: str, town: str) -> bool:
    """Whether the page ties ``town`` to its university anywhere."""
    return f"University of {town}" in text or any(f"{town} {word}" in text for word in _TIED_AFTER)


def _items(items: str, offset: int) -> list[tuple[str, int]]:
    result = []
    cursor = 0
    for piece in _SPLIT.split(items):
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        result.append((piece, offset + at))
    return result
