"""A word in capitals joined by "&" to the acronym that opens a body's name.

"the KEEP & HOLD Coalition": a name in capitals may join two words with "&"; the acronym finder reads the name
from its last capital word ("HOLD Coalition"), so the word before the "&" is given back to it. Only one word in
capitals (two to eight letters) right before the "&", with "the" right before it, is taken: without the article
two codes joined by "&" are a list of two bodies ("talks between HRA & KEF Coalition", "HRA, NTA & KEF
Coalition"), and a word in capitals opening a line is a heading's ("STRIKE NEWS & KEF Coalition calls ...").
A code the page also writes standing alone ("HRA said") is a body of its own, so the two stay apart.
"""

from __future__ import annotations

import re

from .document_memo import remembered

_CODE_AND = re.compile(r"(?<![\w'’&.-])[Tt]he[ \t]+(?P<code>[A-Z][A-Z0-9]{1,7})[ \t]+&[ \t]+$")
# Such a code with no "&" after it ("HRA said"); the look-behind stands after the capital, so a search skips
# from capital to capital.
_ALONE_CODE = re.compile(r"[A-Z](?<![\w'’&.-].)[A-Z0-9]{1,7}(?![\w'’&-]|[ \t]*&)")


def with_code_before_ampersand(text: str, name: str, start: int) -> tuple[str, int]:
    """``name`` (starting at ``start``) with a capitals word and "&" right before it, and its new start."""
    if start < 4 or text[start - 2] != "&":
        return name, start
    before = _CODE_AND.search(text, max(0, start - 16), start)
    if before is None or before["code"] in remembered(_codes_alone, text):
        return name, start
    return f"{before['code']} & {name}", before.start("code")


def _codes_alone(text: str) -> frozenset[str]:
    """The codes in capitals ``text`` writes with no "&" after them, once per document."""
    return frozenset(match.group() for match in _ALONE_CODE.finditer(text))
