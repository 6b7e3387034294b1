"""Universities listed by short name beside a university's acronym.

"occupations at SOAS, UWE, Manchester Metropolitan, Plymouth and Royal
Holloway", "the rent strikes at UCL and Goldsmiths": a list after "at"
that mixes a campus acronym with capitalised short names lists campuses,
when its sentence is about students, campuses or their actions. An
acronym in the list is the cue; a list of plain names ("at Leeds and
York") stays with the tighter frames of ``organisation_town_mentions``,
since towns are listed after "at" far more often than campuses are.
"""

from __future__ import annotations

import re

from .prefilter import literal_starts

_ACRONYM = r"[A-Z]{2,6}"
_SHORT = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_ITEM = rf"(?:{_ACRONYM}|{_SHORT})"
_AT_LIST = re.compile(rf"at[ \t]+(?P<items>{_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+(?:and|&)[ \t]+{_ITEM})"
                      r"(?![ \t]+[A-Z]|[\w'’&-])")
_SPLIT = re.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+")
# The sentence before "at" is about campuses: their students, occupations or strikes.
_CAMPUS_CUES = re.compile(r"universit|campus|occupation|students|rent[ \t]+strike|sit-in|encampment", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def listed_beside_acronyms(text: str) -> list[tuple[str, int, int]]:
    """(short name, start, end) of each capitalised name in such a list."""
    found = []
    for at in literal_starts(text, (" at ",)):
        if not text[at + 4 : at + 5].isupper():
            continue  # most "at"s come before a lower-case word: no list of names
        match = _AT_LIST.match(text, at + 1)
        if match is None:
            continue
        pieces = [(piece, match.start("items") + offset) for piece, offset in _pieces(match["items"])]
        if not any(piece.isupper() for piece, _ in pieces) or all(piece.isupper() for piece, _ in pieces):
            continue
        opening = _SENTENCE_START.search(text, max(0, at - 200), at)
        if not _CAMPUS_CUES.search(text, opening.start() if opening else max(0, at - 200), at):
            continue
        found += [(piece, start, start + len(piece)) for piece, start in pieces if not piece.isupper()]
    return found


def _pieces(items: str) -> list[tuple[str, int]]:
    result, cursor = [], 0
    for piece in _SPLIT.split(items):
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        result.append((piece, at))
    return result
