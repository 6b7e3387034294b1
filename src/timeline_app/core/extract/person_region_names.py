"""Names whose own words mark a region, never a person.

A city's wider area is named with "Metro" ("Metro Arlen", and inside a
body's name after a hyphen: "Harbourton Workers-Metro Arlen"), and a
province split by its compass side carries a Latin or Spanish compass word
last ("Kea Holm Occidental", "Westbrook Norte"). Both read as a given name
and a surname to the name rules when a list of places or a body's branch
holds them, yet no person's name is made that way. (A compass word is a
rare surname too: after a known given name, "Ama Norte", it stays a person's.)
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES

# "Metro" as a whole word, or as the part after a hyphen ("Workers-Metro").
_METRO = re.compile(r"(?:^|[ \t-])Metro(?=[ \t]|$)")
# A compass side that names half a province, last in its name.
_COMPASS_SIDES = frozenset("Occidental Oriental Norte Sur Septentrional Meridional".split())


def names_a_region(name: str) -> bool:
    """Whether ``name`` is made as a region's is: "Metro" as one of its words, or a compass side last after
    no known given name ("Lakeland Oriental", not "Ama Norte")."""
    words = name.split()
    return len(words) >= 2 and (words[-1] in _COMPASS_SIDES and words[0] not in GIVEN_NAMES or
                                _METRO.search(name) is not None)
