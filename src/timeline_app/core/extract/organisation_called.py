"""A body introduced by its kind and "called": "an organisation called
'Equal Education'", "a group known as Parents Rising".

The sentence itself says a body is being named, so the name needs no head
word and may be one word; quotation marks around it are dropped. "A
campaign called X" names a campaign, which is what a body runs, not a body.
"""

from __future__ import annotations

import re

from .organisation_context_names import context_name
from .prefilter import literal_starts

_CALLED = re.compile(
    r"(?i:organi[sz]ation|group|union|movement|network|coalition|charity|body|society|party|collective)"
    r"[ \t]+(?:called|named|known[ \t]+as)[ \t]+[‘“'\"]?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*[A-Z][\w'’-]*){0,6})"
)
_CUES = (" called ", " named ", " known as ")
_KIND_LOOKBACK = 16  # the longest kind word and its blank


def called_bodies(text: str) -> list[tuple[str, int, int]]:
    """Bodies named after "<kind> called", as (name, start, end)."""
    found = []
    for at in literal_starts(text, _CUES):
        match = _CALLED.search(text, max(0, at - _KIND_LOOKBACK), at + 60)
        if match is None or match.start("name") < at:  # a match must take this cue
            continue
        words = context_name(match["name"].rstrip("’'").split(), single_ok=True)
        if words:
            start = text.find(words[0], match.start("name"))
            found.append((" ".join(words), start, start + len(" ".join(words))))
    return found
