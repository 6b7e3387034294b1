"""Photo captions: what a picture shows is not what the piece reports.

A caption ("San Francisco climate strike, March 15. (photo by ...)") and
the image's alternative text repeated just above it often date an earlier
event shown as an illustration; standing near the top, under the headline,
they would otherwise look like the lede. Their dates are left out of the
events (the body repeats a caption's date when the picture shows the event
itself).
"""

from __future__ import annotations

import re

from .date_mentions import DateMention
from .sentences import Span

__all__ = ["caption_ranges", "outside_ranges"]

_CAPTION = re.compile(
    r"\((?:photo|photograph|image|picture|credit|file photo)s?\b|"
    r"\b(?:photo|photograph|image|picture)s?(?:[ \t]+credit)?[ \t]*(?:by\b|:|\|)|\bcredit[ \t]*:",
    re.IGNORECASE,
)
# A photographer's name in capitals after a slash closes a caption with no
# "photo" word ("Students protest in Nairobi on October 14, 2025/JANET ONYANGO").
_CREDIT_TAIL = re.compile(r"/[ \t]*[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+){1,3}[ \t]*$")
_CAPTION_WORDS = ("photo", "image", "picture", "credit")
_CAPTION_CHARS = 300
_SAME_OPENING_WORDS = 3


def caption_ranges(lines: list[Span], lowered: str) -> list[tuple[int, int]]:
    """(start, end) of caption lines and of the image text just above one
    (a short line opening with the caption's first words)."""
    with_words = any(word in lowered for word in _CAPTION_WORDS)
    if not with_words and "/" not in lowered:
        return []
    found: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if len(line.text) > _CAPTION_CHARS:
            continue
        if not _is_caption(line.text, lowered[line.start:line.end], with_words):
            continue
        found.append((line.start, line.end))
        if index:
            above = lines[index - 1]
            opening = line.text.split()[:_SAME_OPENING_WORDS]
            if len(opening) == _SAME_OPENING_WORDS and above.text.split()[:_SAME_OPENING_WORDS] == opening:
                found.append((above.start, above.end))
    return found


def _is_caption(text: str, lowered: str, with_words: bool) -> bool:
    if with_words and any(word in lowered for word in _CAPTION_WORDS) and _CAPTION.search(text) is not None:
        return True
    return "/" in text and _CREDIT_TAIL.search(text) is not None


def outside_ranges(mentions: list[DateMention], ranges: list[tuple[int, int]]) -> list[DateMention]:
    """The date mentions that stand outside every range (captions, page lines)."""
    if not ranges:
        return mentions
    return [m for m in mentions if not any(start <= m.start < end for start, end in ranges)]
