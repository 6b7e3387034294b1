"""A federal university's member named the official way: "Goldsmiths,
University of London", "Royal Holloway, University of London",
"Birkbeck, University of London".

Signature lists and letters write a member college with a comma before
its federation, so the capitalised run before ", University of London"
is one body with it, not a separate name. A person's name there ("Ken
Jones, University of London") is a signatory's affiliation instead: a run
opening with a common given name is left alone. Lists also write the
federation in brackets after the member ("Birkbeck (University of London)"),
the same body.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Protocol

from .given_names import GIVEN_NAMES
from .organisation_names import HEADS

# Federations whose members take the comma form, and their bracketed form in lists.
_FEDERATIONS = (", University of London",)
_BRACKETED = (" (University of London)",)
# The member's name right before the comma: capitalised words, perhaps joined by
# "of", "and", "the" ("Westbrook School of Art and Design"), or an acronym.
_MEMBER_BEFORE = re.compile(r"(?<![\w'’&.-])(?P<member>(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|and|for|the)[ \t]+){0,2}){0,5}"
                            r"[A-Z][\w'’&-]*)$")


def federal_members(text: str, given_names: Collection[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each "Member, University of London" or "Member (University of London)", named
    the comma way."""
    found = []
    for federation in _FEDERATIONS + _BRACKETED:
        at = text.find(federation)
        while at != -1:
            member = _MEMBER_BEFORE.search(text, max(0, at - 80), at)
            if member and member["member"].split()[0] not in given_names:
                start = _own_start(member)
                name = f"{' '.join(text[start:at].split())}, {federation.strip(' ,()')}"
                found.append((name, start, at + len(federation)))
            at = text.find(federation, at + 1)
    return found


_WORD = re.compile(r"\S+")


def _own_start(member: re.Match[str]) -> int:
    """Where the member's own words start: a list run together without commas ends the item before at its head
    word followed by a capitalised name ("Lakeland Metro University Westbrook (University of London)", not
    "College Of Music"), or before a code in capitals ("Arlen School Of Art KSA (University of London)")."""
    words = list(_WORD.finditer(member.string, member.start(), member.end()))
    if len(words) > 1 and words[-1].group().isupper() and not words[-2].group().isupper():
        return words[-1].start()
    cut = max((i + 1 for i, word in enumerate(words[:-1]) if word.group() in HEADS and
               words[i + 1].group()[:1].isupper() and words[i + 1].group().lower() not in _JOINING), default=0)
    return words[cut].start()


_JOINING = frozenset("of and for the".split())


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
