"""A body's name behind a code in capitals joined by a hyphen: "ABC-Harbourton St. Kea Hospital", "K-P Bar Council".

A run of capitalised words never starts inside a word, so a name whose first word is glued by a hyphen to a code in
capitals loses the code, though the page writes them as one word; and a name after a place's initials joined by
hyphens (a province of two names written "K-P") loses the place it is named by, as "Harbourton Bar Council" would
keep its town.
"""

from __future__ import annotations

import re

# A code of capitals glued to the name's first word by a hyphen ("ABC-", "AB-CD-"); single initials joined by
# hyphens standing before the name as a word of their own ("K-P ").
_GLUED_CODE = re.compile(r"(?<![\w'’&.-])[A-Z]{1,5}(?:-[A-Z]{1,5})*-$")
_INITIALS = re.compile(r"(?<![\w'’&.-])[A-Z](?:-[A-Z])+[ \t]$")
_WINDOW = 24  # characters read before the name: a code is short


def with_code_before(text: str, name: str, start: int) -> tuple[str, int]:
    """(name, start), taking back the code in capitals the name is glued to by a hyphen, or the hyphened initials
    of a place right before it."""
    before = text[start - 1 : start] if start else ""
    if before == "-":
        code = _GLUED_CODE.search(text, max(0, start - _WINDOW), start)
    elif before in (" ", "\t"):
        code = _INITIALS.search(text, max(0, start - _WINDOW), start)
    else:
        return name, start
    return (text[code.start() : start] + name, code.start()) if code else (name, start)
