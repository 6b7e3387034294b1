"""Speaker labels of a transcript: "Student 5, Thandi Mokoena: ..." or
"Jane Roe: ..." opening a line.

A name that opens a line and ends at a colon is who speaks next, in a
meeting's minutes or an interview. Alone, such a line could be a heading
("Key Points: ..."), so a label counts when it carries a numbered speaker
tag before the name ("Student 5, ", "Speaker 2, ") or when two lines or
more of the text open with a name label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .line_bounds import line_around
from .name_tokens import NAME_TOKEN, NEXT_TOKEN

_LABEL = re.compile(
    rf"[ \t]*(?P<tag>[A-Z][a-z]+[ \t]+\d{{1,3}}[ \t]*,[ \t]*)?(?P<name>{NAME_TOKEN}(?:{NEXT_TOKEN}){{1,2}})[ \t]*:[ \t]+\S"
)
# A label and its colon fit in the first characters of a line.
_LABEL_REACH = 70


def speakers_of_transcript(text: str, name_ok: Callable[[list[str]], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each speaker label; ``name_ok`` refuses words and
    sizes no name has."""
    labels = [match for match in _labels(text) if name_ok(match["name"].split())]
    if len(labels) >= 2:
        return [(match["name"], match.start("name")) for match in labels]
    return [(match["name"], match.start("name")) for match in labels if match["tag"]]


def _labels(text: str) -> list[re.Match[str]]:
    """Label matches on the lines that hold a colon near their start (only
    those lines are tried: most of a text has none)."""
    found: list[re.Match[str]] = []
    tried = -1
    at = text.find(":")
    while at != -1:
        line_start = line_around(text, at)[0]  # (bisected: a one-line text of colons read its line per colon)
        if line_start > tried and at - line_start <= _LABEL_REACH:
            tried = line_start
            match = _LABEL.match(text, line_start)
            if match:
                found.append(match)
        at = text.find(":", at + 1)
    return found
