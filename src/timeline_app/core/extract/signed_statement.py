"""A statement its signatories put their names to is a letter.

Statements and declarations that speak as "we" and close with the names of
those who signed them ("Signed (in a personal capacity): ...", or one name a
line) are read as open letters: the act is the signing, whatever protests
or strikes the text supports. A report that merely lists people does not
speak as "we", and a letter's opening is found by ``document_form``.
"""

from __future__ import annotations

import re

from .sentences import Span

__all__ = ["is_signed_statement"]

# A line that introduces the signatures: "Signed (all in a personal capacity):", "Signatories:".
_SIGNED = re.compile(r"^(?:signed|signatories|signed[ \t]+by|co-?signed[ \t]+by|the[ \t]+undersigned)\b[^.!?]{0,60}:",
                     re.IGNORECASE)
# The body speaks for those who sign: "We strongly condemn", "We the teachers", "We are calling upon".
_WE = re.compile(r"(?:^|[.!?][ \t]+|\n)We[ \t]+(?:the|are|strongly|demand|call|condemn|support|stand|urge|ask|"
                 r"believe|wish|reject|express|welcome|oppose|will|have)\b")
# One signature a line: two to five name words (initials allowed), nothing else.
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w'’-]+,?$")
#: How many signature lines in a row make a list of signatories.
_NAME_RUN = 8


def is_signed_statement(text: str, lines: list[Span]) -> bool:
    """Whether ``text`` speaks as "we" and carries its signatures: a line
    introducing them, or at least eight name lines in a row."""
    if _WE.search(text) is None:
        return False
    run = 0
    for line in lines:
        if _SIGNED.match(line.text):
            return True
        run = run + 1 if _NAME_LINE.match(line.text.strip()) else 0
        if run >= _NAME_RUN:
            return True
    return False
