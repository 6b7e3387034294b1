"""Capitalised pairs a name's cue catches that name no person.

* A place's adjective opening another person's role: in "said Western
  Australian school striker Aden Kenworthy" the speech verb cues "Western
  Australian" too, yet those words are only the start of Kenworthy's role.
* A work's title after a performance word ("a rendition of Bella Ciao",
  "sang Joe Hill"): a song or a piece, whatever given name it opens with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol

# A place's adjective: "Australian", "Victorian", "Congolese", "Scottish".
_PLACE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")
# The words right before a work's title.
_PERFORMED = re.compile(r"\b(?:(?:rendition|renditions|performance|chorus|verse|version|singing|sing-along)[ \t]+of|"
                        r"sang|sing|sung|singing|chanted|chanting|played|playing|song|anthem|hymn)[ \t]+$",
                        re.IGNORECASE)


# Words that open a Spanish place's name, never an English-language page's
# person's (a person's "San" stands later: "Aung San Suu Kyi").
_PLACE_OPENERS = frozenset("Santa San Los Las".split())


class _Named(Protocol):
    role: str | None


def names_a_work(text: str, start: int) -> bool:
    """Whether a performance word comes right before text[start:] (see the
    module docstring)."""
    return _PERFORMED.search(text, max(0, start - 30), start) is not None


def names_a_place(name: str) -> bool:
    """Whether ``name`` opens as a Spanish place's name does (see the module docstring)."""
    return name.split(None, 1)[0] in _PLACE_OPENERS


def role_openings(people: Mapping[str, _Named]) -> set[str]:
    """Role-less names ending in a place's adjective that open another
    person's role ("Western Australian" of "Western Australian school
    striker"): no people."""
    candidates = {name for name, person in people.items()
                  if not person.role and _PLACE_ADJECTIVE.fullmatch(name.split()[-1])}
    if not candidates:
        return set()
    # A role's openings that end before a blank, no longer than the longest
    # candidate: one set look-up a name, not a pass over every role, and a
    # long role never makes more openings than the names could match.
    longest = max(map(len, candidates))
    openings = {role[:at] for person in people.values() if (role := person.role)
                for at in range(min(len(role), longest + 1)) if role[at] == " "}
    return candidates & openings
