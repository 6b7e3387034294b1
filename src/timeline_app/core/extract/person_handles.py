"""A name followed by its owner's own social-media handle is a person's.

Pages quote posts with their author's name and handle: "— Tonyo Cruz
(@tonyocruz) January 19, 2017", "Laura Isensee (@lauraisensee)". When the
handle spells the whole name (its letters, in order, from the start:
"@NasyaSmith_SA"), the name is its owner's own, and a body's handle
rarely spells a two- or three-word name so ("Extinction Rebellion
(@ExtinctionR)" does not).
"""

from __future__ import annotations

import re

_HANDLE_AFTER = re.compile(r"[ \t]*\(@(?P<handle>[A-Za-z0-9_]{2,30})\)")


def named_by_own_handle(text: str, name_words: list[str], end: int) -> bool:
    """Whether "(@handle)" right after the name at ``end`` spells ``name_words``."""
    if not 2 <= len(name_words) <= 3:
        return False
    handle = _HANDLE_AFTER.match(text, end)
    if handle is None:
        return False
    letters = "".join(ch for ch in handle["handle"].lower() if ch.isalpha())
    return letters.startswith("".join(name_words).lower())
