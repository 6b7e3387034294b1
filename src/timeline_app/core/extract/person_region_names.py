"""Names whose own words mark a region, never a person.

A city's wider area is named with "Metro" ("Metro Arlen", and inside a
body's name after a hyphen: "Harbourton Workers-Metro Arlen"). Such a name
reads as a given name and a surname to the name rules when a list of places
or a body's branch holds it, yet no person's name is made that way. (A
compass word last, "Mira Norte", is a surname too often to say the same.)
"""

from __future__ import annotations

import re

# "Metro" as a whole word, or as the part after a hyphen ("Workers-Metro").
_METRO = re.compile(r"(?:^|[ \t-])Metro(?=[ \t]|$)")


def names_a_metro_area(name: str) -> bool:
    """Whether ``name`` is made as a region's is: "Metro" as one of its words ("Metro Arlen")."""
    return len(name.split()) >= 2 and _METRO.search(name) is not None
