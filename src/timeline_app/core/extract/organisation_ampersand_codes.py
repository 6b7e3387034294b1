"""A word in capitals joined by "&" to the acronym that opens a body's name.

"the KEEP & HOLD Coalition": a name in capitals may join two words with "&"; the acronym finder reads the name
from its last capital word ("HOLD Coalition"), so the word before the "&" is given back to it. Only one word in
capitals (two to eight letters) right before the "&" is taken: a small word or a name in mixed case there is a
list's other item ("Lakeland & KTU Council"), read by the finders of lists.
"""

from __future__ import annotations

import re

_CODE_AND = re.compile(r"(?<![\w'’&.-])[A-Z][A-Z0-9]{1,7}[ \t]+&[ \t]+$")


def with_code_before_ampersand(text: str, name: str, start: int) -> tuple[str, int]:
    """``name`` (starting at ``start``) with a capitals word and "&" right before it, and its new start."""
    if start < 4 or text[start - 2] != "&":
        return name, start
    before = _CODE_AND.search(text, max(0, start - 12), start)
    if before is None:
        return name, start
    return f"{text[before.start() : start - 3].rstrip()} & {name}", before.start()
