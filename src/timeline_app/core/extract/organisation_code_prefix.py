"""A body's name behind a code in capitals joined by a hyphen: "ABC-Harbourton St. Kea Hospital", "K-P Bar Council".

A run of capitalised words never starts inside a word, so a name whose first word is glued by a hyphen to a code in
capitals loses the code, though the page writes them as one word; and a name after a place's initials joined by
hyphens (a province of two names written "K-P") loses the place it is named by, as "Harbourton Bar Council" would
keep its town. A code that is a name of its own stays apart: one the page also writes standing alone ("UCU said"),
one that opens a line (a dateline, "ARLEN-Westbrook Union said"), and one before a name the page gives a dispute
or talks, which have two sides ("the UCU-Harbourton University dispute").
"""

from __future__ import annotations

import re

from .document_memo import remembered

# A code of capitals glued to the name's first word by a hyphen ("ABC-", "AB-CD-"); single initials joined by
# hyphens standing before the name as a word of their own ("K-P ").
_GLUED_CODE = re.compile(r"(?<![\w'’&.-])[A-Z]{1,5}(?:-[A-Z]{1,5})*-$")
_INITIALS = re.compile(r"(?<![\w'’&.-])[A-Z](?:-[A-Z])+[ \t]$")
_WINDOW = 24  # characters read before the name: a code is short
# A code of two or more capitals standing as a word of its own, glued to no capitalised word ("UCU said", "(UCU)";
# a single capital is any sentence's "A").
_STANDING_CODE = re.compile(r"(?<![\w'’&.-])[A-Z]{2,5}(?:-[A-Z]{1,5})*(?![\w&]|-[A-Z])")
# What two sides have between them, straight after the name.
_TWO_SIDES = re.compile(r"[ \t]+(?:dispute|talks|negotiations|row|deal|agreement|stand-?off)\b")


def with_code_before(text: str, name: str, start: int) -> tuple[str, int]:
    """(name, start), taking back the code in capitals the name is glued to by a hyphen, or the hyphened initials
    of a place right before it."""
    before = text[start - 1 : start]  # ("" at the text's start: text[-1:0] is empty)
    code: re.Match[str] | None = None
    if before == "-":
        code = _GLUED_CODE.search(text, max(0, start - _WINDOW), start)
        if code and _a_name_of_its_own(text, code.start(), start - 1, start + len(name)):
            code = None
    elif before in (" ", "\t") and start >= 4 and text[start - 3] == "-":  # ("K-P ": a hyphen, a capital, a blank)
        code = _INITIALS.search(text, max(0, start - _WINDOW), start)
    return (text[code.start() : start] + name, code.start()) if code else (name, start)


def _a_name_of_its_own(text: str, start: int, end: int, name_end: int) -> bool:
    """Whether the code at ``text[start:end]``, glued to the name ending at ``name_end``, names something apart."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() or _TWO_SIDES.match(text, name_end) is not None or \
        text[start:end] in remembered(_standing_codes, text)


def _standing_codes(text: str) -> frozenset[str]:
    """The codes of capitals ``text`` writes standing alone, once per document."""
    return frozenset(match.group() for match in _STANDING_CODE.finditer(text))
