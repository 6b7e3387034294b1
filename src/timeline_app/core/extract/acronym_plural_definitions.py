"""A plural acronym's definition: "the Lakeland District Health Boards (DHBs)".

Some countries run a service through a set of local public bodies that is
written once with its plural and a plural acronym: "District Health
Boards (DHBs)", "Metropolitan, Municipal and District Assemblies (MMDAs)".
Pages name that set as the other side of a dispute ("strike notices to the
District Health Boards (DHBs)"), and label it a body. ``definitions`` reads
only an acronym in capitals, so the trailing "s" kept these out.

The set is taken only when its plural head is one of a closed list of
public bodies (boards, assemblies, councils, trusts, authorities): a plural
of a type noun in general ("Civil Society Organisations (CSOs)", "Outdoor
Patient Departments (OPDs)", "Members of the County Assembly (MCAs)")
names a kind of thing or people, not one body. The name must be
capitalised, read as ``acronym_definitions`` reads a name before its
brackets, and its initials must spell the acronym. A name in lower case is
a common noun far more often than a set of bodies ("community land trusts
(CLTs)", "works councils (WCs)", "school boards (SBs)"), so it is left out.
A capitalised kind that every employer or university has ("European Works
Councils (EWCs)") reads the same as "District Health Boards" and is taken.
"""

from __future__ import annotations

import re

from .acronym_definitions import NAME_BEFORE, defined_words

__all__ = ["plural_definitions"]

# "(DHBs)": two to nine capitals and a plural "s"; the words before it end with a public body's plural.
_PLURAL_ACRONYM = re.compile(
    r"(?<![\w'’-])(?:Boards|Assemblies|Councils|Trusts|Authorities)[ \t]*\((?P<acr>[A-Z]{2,9})s\)")
_LOOKBACK = 100
_WORD = re.compile(r"\S+")


def plural_definitions(text: str) -> list[tuple[str, str, int]]:
    """(acronym without its "s", name, name offset) for each "Name Boards (ACRs)" (see the module docstring)."""
    found: list[tuple[str, str, int]] = []
    if "s)" not in text:
        return found
    for match in _PLURAL_ACRONYM.finditer(text):
        before = NAME_BEFORE.search(text, max(0, match.start() - _LOOKBACK), match.start("acr") - 1)  # (up to "(")
        if before is None:
            continue
        spans = [(word.start(), word.group()) for word in _WORD.finditer(before["full"])]
        named = defined_words(match["acr"], [word for _, word in spans])
        if not named or len(named) < 2:
            continue
        first = spans[len(spans) - len(named)][0]  # (the words a name is spelled by are a tail of the run)
        found.append((match["acr"], " ".join(named), before.start("full") + first))
    return found
