"""A hashtag that tags a headline names its topic, not a campaign the page reports.

News sites head a story with the tag of the debate it belongs to
("#Harbourton2030: Council delays the ring road"): the tag, set off by a colon
at the line's start, files the story, and what follows says what happened.
Elsewhere a hashtag is a campaign's name and counts as a light cue of one.
"""

from __future__ import annotations

import re

__all__ = ["names_campaign"]

# The tag and its colon, read at the hashtag (lower case).
_TAG = re.compile(r"#[a-z]\w*[ \t]*:")


def names_campaign(lowered: str, at: int) -> bool:
    """Whether the hashtag at ``at`` in the lower-cased text counts as a campaign's name: it does not open its
    line followed by a colon."""
    return not ((at == 0 or lowered[at - 1] == "\n") and _TAG.match(lowered, at))
