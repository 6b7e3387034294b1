"""A federal university's member named the official way: "Goldsmiths,
University of London", "Royal Holloway, University of London",
"Birkbeck, University of London".

Signature lists and letters write a member college with a comma before
its federation, so the capitalised run before ", University of London"
is one body with it, not a separate name. A person's name there ("Ken
Jones, University of London") is a signatory's affiliation instead: a run
opening with a common given name is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Protocol

from .given_names import GIVEN_NAMES

# Federations whose members take the comma form.
_FEDERATIONS = (", University of London",)
# The member's name right before the comma: capitalised words, perhaps joined by
# "of", "and", "the" ("Westbrook School of Art and Design"), or an acronym.
_MEMBER_BEFORE = re.compile(r"(?<![\w'’&.-])(?P<member>(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|and|for|the)[ \t]+){0,2}){0,5}"
                            r"[A-Z][\w'’&-]*)$")


def federal_members(text: str, given_names: Collection[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each "Member, University of London"."""
    found = []
    for federation in _FEDERATIONS:
        at = text.find(federation)
        while at != -1:
            member = _MEMBER_BEFORE.search(text, max(0, at - 80), at)
            if member and member["member"].split()[0] not in given_names:
                end = at + len(federation)
                found.append((text[member.start():end], member.start(), end))
            at = text.find(federation, at + 1)
    return found


class _Body(Protocol):
    surfaces: list[str]


class _Reading(Protocol):
    text: str
    covered: bytearray

    def skipped(self, start: int) -> bool: ...

    def record(self, name: str, start: int, end: int) -> _Body: ...


def add_federal_members(reading: _Reading) -> None:
    """Record each member in ``reading`` (``organisations._Reading``) under
    the comma form, with the member's own name as an alias; a name already
    read there stays as it was."""
    for name, start, end in federal_members(reading.text, GIVEN_NAMES):
        if not (reading.skipped(start) or any(reading.covered[start:end])):
            org = reading.record(name, start, end)
            if (member := name.split(",")[0]) not in org.surfaces:
                org.surfaces.append(member)  # "Goldsmiths" of "Goldsmiths, University of London"
