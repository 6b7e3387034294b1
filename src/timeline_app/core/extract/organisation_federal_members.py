"""A federal university's member named the official way: "Goldsmiths,
University of London", "Royal Holloway, University of London",
"Birkbeck, University of London".

Signature lists and letters write a member college with a comma before
its federation, so the capitalised run before ", University of London"
is one body with it, not a separate name. A person's name there ("Ken
Jones, University of London") is a signatory's affiliation instead: a run
opening with a common given name is left alone. Lists also write the
federation in brackets after the member ("Westbrook (University of London)"),
the same body.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Protocol

from .given_names import GIVEN_NAMES
from .organisation_names import HEADS

# Federations whose members take the comma form ("X, University of London"), or in lists the bracketed form
# ("X (University of London)"): (what follows the member, the federation, whether bracketed).
_FEDERATIONS = ("University of London",)
_FORMS = tuple((f", {federation}", federation, False) for federation in _FEDERATIONS) + \
    tuple((f" ({federation})", federation, True) for federation in _FEDERATIONS)
# The member's name right before the comma: capitalised words, perhaps joined by
# "of", "and", "the" ("Westbrook School of Art and Design"), or an acronym.
_MEMBER_BEFORE = re.compile(r"(?<![\w'’&.-])(?P<member>(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|and|for|the)[ \t]+){0,2}){0,5}"
                            r"[A-Z][\w'’&-]*)$")


def federal_members(text: str, given_names: Collection[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each "Member, University of London" or "Member (University of London)", named
    the comma way."""
    found = []
    for form, federation, bracketed in _FORMS:
        at = text.find(form)
        while at != -1:
            member = _MEMBER_BEFORE.search(text, max(0, at - 80), at)
            if member and member["member"].split()[0] not in given_names:
                end = at + len(form)
                if bracketed:  # (a list, perhaps run together: the member's own words only)
                    start = _own_start(member)
                    found.append((f"{' '.join(text[start:at].split())}, {federation}", start, end))
                else:
                    found.append((text[member.start() : end], member.start(), end))
            at = text.find(form, at + 1)
    return found


_WORD = re.compile(r"\S+")


def _own_start(member: re.Match[str]) -> int:
    """Where the bracketed member's own words start: a list run together without commas ends the item before at
    its head word followed by a capitalised name ("Lakeland Metro University Westbrook (University of London)",
    not "College Of Music"), or before a code in capitals ("Arlen School Of Art KSA (University of London)"). A
    head opening the run, or next to another head, is inside one name ("University College Arlen", "Arlen
    Royal College Hospital")."""
    found = list(_WORD.finditer(member.string, member.start(), member.end()))
    words = [word.group() for word in found]
    if len(words) > 1 and words[-1].isupper() and not words[-2].isupper():
        return found[-1].start()
    cut = max((i + 1 for i, word in enumerate(words[:-1]) if i and word in HEADS and words[i - 1] not in HEADS and
               words[i + 1][:1].isupper() and words[i + 1].lower() not in _JOINING and words[i + 1] not in HEADS),
              default=0)
    return found[cut].start()


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
