"""Signature lines that carry the signer's affiliation.

Letters from academics, clergy or councillors close with one signer a
line, each followed by where they work: "Dr Ann Lee, University of Leeds",
"Professor Tom Roe (Birkbeck)", "Kay Ng – Unite branch secretary". A run of
such lines under a text that speaks as "we" is the letter's signatures
(``signed_statement``), however the excerpt cuts the list short; a contact
block puts a telephone line between its names, so its run breaks at once.
"""

from __future__ import annotations

import re

__all__ = ["AFFILIATED_RUN", "SignatureRun", "is_affiliated_signature"]

# An optional title, two to four name words (initials allowed), then a comma,
# a bracket or a spaced dash and an affiliation that starts with a capital
# and holds no sentence's end.
_AFFILIATED = re.compile(
    r"(?:(?:Dr|Prof|Professor|Rev|Revd|Cllr|Councillor|Sir|Dame|Mr|Mrs|Ms|Mx)\.?[ \t]+)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]+[ \t]*(?:,|\(|[ \t][–—-])[ \t]*"
    r"[A-Z][^.!?\n]{1,100}$")
#: Longest line read as one signature with its affiliation.
_LINE_CHARS = 140
#: How many affiliated signatures in a row make a list of signatories.
AFFILIATED_RUN = 6


def is_affiliated_signature(line: str) -> bool:
    """Whether ``line`` is one signer with their affiliation."""
    return len(line) <= _LINE_CHARS and line[:1].isupper() and _AFFILIATED.match(line) is not None


class SignatureRun:
    """Counts signature lines in a row, bare names and affiliated ones
    alike; the run is a list of signatories once it is ``AFFILIATED_RUN``
    long and at least one of its lines names an affiliation."""

    def __init__(self) -> None:
        self._lines = 0
        self._affiliated = 0

    def add(self, line: str, bare_name: bool) -> bool:
        """Count ``line`` (``bare_name``: a name alone); whether the run is a list now."""
        if bare_name:
            self._lines += 1
        elif is_affiliated_signature(line):
            self._lines += 1
            self._affiliated += 1
        else:
            self._lines = self._affiliated = 0
        return self._affiliated > 0 and self._lines >= AFFILIATED_RUN
