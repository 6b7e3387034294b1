"""Campaigns named by what they stand against: "Action Against Cuts".

Student and union pages name their coalitions by a body's kind word, then
"Against" and what they oppose ("the National Campaign Against Fees and
Cuts"). No head word ends such a name, and the older "Students Against
Cuts" shape (``organisation_shapes``) only knows groups of people before
"Against", so these were read as no body at all.

The kind word may follow one word of scope ("National", "Student"). Such a
name is read only where a reader meets it as a name: after "the" ("joined the
Coalition Against Cuts in Education"), or filling its line or a list's item
(a signatory line "United Against Racism,"). Elsewhere the same words are a
call or a slogan ("a Call to Action Against Hate", "Take Action Against
Evictions:", placards reading "Action Against Austerity", "we are United
Against Hate"), and a short line whose other words are all capitalised is a
headline, not a name.
"""

from __future__ import annotations

import re

from .organisation_runs import CAP_WORD
from .prefilter import literal_starts

__all__ = ["against_campaigns"]

_KINDS = "Campaign|Action|Coalition|Alliance|Network|Front|United"
_SCOPES = r"National|Student|Students['’]?|Local|Global|International|Community|Grassroots|Joint"
# The kind word (and its scope) right before " Against ", read back from the connector.
_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?P<scope>{_SCOPES})[ \t]+)?(?P<kind>{_KINDS})[ \t]+$")
# What the body opposes: up to three capitalised words, "and", "of", "to", "in" or "for" between them.
_TAIL = re.compile(rf"Against[ \t]+(?:the[ \t]+)?{CAP_WORD}(?:[ \t]+(?:(?:and|of|to|in|for)[ \t]+)?{CAP_WORD}){{0,2}}"
                   r"(?![\w'’&-]|[ \t]+[A-Z])")
# "the" right before the name.
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")
# What may follow a name that fills its line: a list's comma or a stop.
_LINE_END = re.compile(r"[ \t]*[,.;]?[ \t]*(?:\n|\Z)")
_LOOK_BACK = 40
_BULLETS = " \t-–—•*"
_BULLET_CHARS = 4
_HEADLINE_CHARS = 200


def against_campaigns(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each "Campaign Against Cuts" name in ``text``."""
    found = []
    for at in literal_starts(text, ("Against ",)):
        before = _BEFORE.search(text, max(0, at - _LOOK_BACK), at)
        tail = _TAIL.match(text, at)
        if before is None or tail is None:
            continue
        start = before.start()
        fills_line = _opens_line(text, start) and _LINE_END.match(text, tail.end()) is not None
        if before["kind"] == "United" and (before["scope"] or not fills_line):
            continue
        if not (fills_line or _THE_BEFORE.search(text, max(0, start - _LOOK_BACK), start)):
            continue
        if _in_headline(text, start, tail.end()):
            continue
        found.append((text[start:tail.end()], start, tail.end()))
    return found


def _opens_line(text: str, start: int) -> bool:
    """Whether only a list's bullet stands between the line's start and ``start``."""
    before = text[max(0, start - _BULLET_CHARS - 1):start]
    opened = "\n" in before or start <= _BULLET_CHARS
    return opened and not before.rpartition("\n")[2].strip(_BULLETS)


def _in_headline(text: str, start: int, end: int) -> bool:
    """Whether the name stands in a short line whose other long words are all capitalised ("Campaign Against
    Fees Grows On Campus"), or fills its line with more than two words after "Against"."""
    line_start = text.rfind("\n", max(0, start - _HEADLINE_CHARS), start) + 1
    line_end = text.find("\n", end, end + _HEADLINE_CHARS)
    line_end = len(text) if line_end < 0 and len(text) - end <= _HEADLINE_CHARS else line_end
    if line_end < 0 or not line_start and start > _HEADLINE_CHARS:
        return False  # a line this long is prose
    others = [w for w in (text[line_start:start] + " " + text[end:line_end]).split() if len(w) > 3 and w[0].isalpha()]
    if others:
        return all(w[0].isupper() for w in others)
    tail_words = [w for w in text[start:end].split("Against", 1)[1].split() if w[0].isupper()]
    return len(tail_words) > 2
