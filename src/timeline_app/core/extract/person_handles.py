"""A name followed by its owner's own social-media handle is a person's.

Pages quote posts with their author's name and handle: "— Tonyo Cruz
(@tonyocruz) January 19, 2017", "Laura Isensee (@lauraisensee)". When the
handle spells the whole name (its letters, in order, from the start:
"@NasyaSmith_SA"), the name is its owner's own; a body's handle spells its
name too ("Harbourton Live (@harbourtonlive)"), so the name must also open
with a given name or sign an embedded post (a dash before it, the post's
date after the handle).
"""

from __future__ import annotations

import re

from .byline_dates import MONTH_NAME
from .given_names import GIVEN_NAMES

_HANDLE_AFTER = re.compile(r"[ \t]*\(@(?P<handle>[A-Za-z0-9_]{2,30})\)")


def named_by_own_handle(text: str, name_words: list[str], start: int, end: int) -> bool:
    """Whether "(@handle)" right after the name at ``text[start:end]`` spells ``name_words``
    and the name opens with a given name or signs an embedded post."""
    if not 2 <= len(name_words) <= 3:
        return False
    handle = _HANDLE_AFTER.match(text, end)
    if handle is None:
        return False
    letters = "".join(ch for ch in handle["handle"].lower() if ch.isalpha())
    if not letters.startswith("".join(name_words).lower()):
        return False
    return name_words[0] in GIVEN_NAMES or _DASH_BEFORE.search(text, max(0, start - 4), start) is not None or \
        _DATE_AFTER.match(text, handle.end()) is not None


_DASH_BEFORE = re.compile(r"[—–-][ \t]*$")
_DATE_AFTER = re.compile(rf"[ \t]+(?:\d{{1,2}}[ \t]+)?{MONTH_NAME}\.?[ \t]+\d")  # "(@handle) January 19, 2017"
