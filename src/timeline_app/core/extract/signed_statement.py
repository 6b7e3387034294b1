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
from .signature_affiliations import SignatureRun

__all__ = ["is_signed_statement", "opens_as_undersigned"]

# A line that speaks as the signatories: "We, the undersigned staff, ...".
_UNDERSIGNED = re.compile(r"^(?:date[ \t]+\S+[ \t]+)?we,?[ \t]+the[ \t]+undersigned\b", re.IGNORECASE)
#: How far down (in lines) the addresses and the salutation may push that line.
_UNDERSIGNED_LINES = 15
# A line that introduces the signatures: "Signed (all in a personal capacity):", "Signatories:".
_SIGNED = re.compile(r"^(?:signed|signatories|signed[ \t]+by|co-?signed[ \t]+by|the[ \t]+undersigned)\b[^.!?]{0,60}:",
                     re.IGNORECASE)
# The body speaks for those who sign: "We strongly condemn", "We the teachers", "We are calling upon".
_WE_SAYS = re.compile(r"We[ \t]+(?:the|are|strongly|demand|call|condemn|support|stand|urge|ask|"
                      r"believe|wish|reject|express|welcome|oppose|will|have)\b")
# One signature a line: two to five name words (initials allowed), nothing else.
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w'’-]+,?$")
_SIGNED_FIRST = frozenset("SsTtCc")
_LOOK_BACK = 8
_NAME_CHARS = 60
#: How many signature lines in a row make a list of signatories.
_NAME_RUN = 8


def is_signed_statement(text: str, lines: list[Span]) -> bool:
    """Whether ``text`` speaks as "we" and carries its signatures: a line
    introducing them, or at least eight name lines in a row."""
    if not _speaks_as_we(text):
        return False
    run, signatures = 0, SignatureRun()
    for line in lines:
        line_text = line.text
        if line_text[:1] in _SIGNED_FIRST and _SIGNED.match(line_text):
            return True
        # a signature line is short and starts with a capital: most lines fail before the regex
        run = run + 1 if len(line_text) <= _NAME_CHARS and line_text[:1].isupper() and \
            _NAME_LINE.match(line_text.strip()) else 0
        if run >= _NAME_RUN:
            return True
        if signatures.add(line_text, run > 0):  # "Dr Ann Lee, University of Leeds": fewer lines tell as much
            return True
    return False


def _speaks_as_we(text: str) -> bool:
    """Whether a sentence or line opens "We demand", "We the ...": tried
    only where "We " stands (most pages never say it)."""
    at = text.find("We ")
    while at != -1:
        before = text[max(0, at - _LOOK_BACK):at].rstrip(" \t")  # a window: no copy of the whole text per hit
        if before[-1:] in ("", ".", "!", "?", "\n") and _WE_SAYS.match(text, at):
            return True
        at = text.find("We ", at + 1)
    return False


def opens_as_undersigned(lines: list[Span]) -> bool:
    """Whether one of the first lines opens "We, the undersigned ...": the
    voice of a letter (or a petition) itself, after its addresses and its
    salutation. A report quotes such words inside a paragraph, not as one."""
    return any(line.text[:1] in "WwDd" and _UNDERSIGNED.match(line.text) for line in lines[:_UNDERSIGNED_LINES])
