"""Split document text into lines and sentences, keeping offsets.

Every later step (dates, kinds, people) works on sentences, and every event
points back at the sentence it came from, so spans are offsets into the
original text rather than copies that lose their position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets)
# when whitespace and an opening capital, digit, quote or hashtag follow.
_SENTENCE_END = re.compile(r"""(?<=[.!?…])["'”’)\]]*[ \t]+(?=["'“‘(\[#]?[A-Z0-9])""")
_LINE = re.compile(r"[^\n]+")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Rev|Cllr|Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec|No|vs|e\.g|i\.e|etc)|\b[A-Z])\.$"
)


@dataclass(frozen=True)
class Span:
    """A stretch of the document: ``text == document[start:end]``."""

    start: int
    end: int
    text: str


def lines(text: str) -> list[Span]:
    """Non-blank lines with their offsets, surrounding whitespace trimmed."""
    found: list[Span] = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        found.append(Span(start, start + len(stripped), stripped))
    return found


def sentences(text: str) -> list[Span]:
    """Sentences in reading order; each line break also ends a sentence,
    because headings, datelines and captions rarely end with a full stop."""
    found: list[Span] = []
    for line in lines(text):
        cursor = 0
        body = line.text
        for match in _SENTENCE_END.finditer(body):
            if _ABBREVIATIONS.search(body, max(0, match.start() - 6), match.start()):
                continue
            piece = body[cursor : match.start()]
            if piece.strip():
                found.append(_span(line.start, cursor, piece))
            cursor = match.end()
        rest = body[cursor:]
        if rest.strip():
            found.append(_span(line.start, cursor, rest))
    return found


def _span(line_start: int, offset: int, piece: str) -> Span:
    lead = len(piece) - len(piece.lstrip())
    stripped = piece.strip()
    start = line_start + offset + lead
    return Span(start, start + len(stripped), stripped)


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def plain_apostrophes(value: str) -> str:
    """Names and roles compare equal whatever apostrophe the source typed."""
    return value.translate(_APOSTROPHES)
