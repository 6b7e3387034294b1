"""A name starts where its first word starts.

Some names open with a word whose first letters are lower-case, as place
names written with a locative prefix do ("eThekweni", "eMalahleni"): a
finder that starts a name at its first capital cuts that word ("Thekweni
Social Forum"). The
name takes back the lower-case letters its first word opens with, up to
four of them (a longer lower-case run is a word of its own glued on, not a
prefix), unless they are a word joining names that lost the blank after it
("andWestbrook Federation of Nurses Unions": a typo).
"""

from __future__ import annotations

_MOST_PREFIX = 4
# (not "in", "on", "at": names open with them glued, "inVista", "onTrack", "atHome")
_JOINING_WORDS = frozenset("and of the for from with or".split())


def whole_first_word(text: str, name: str, start: int) -> tuple[str, int]:
    """``name`` found at ``text[start:]`` with the lower-case letters that
    open its first word in the text put back, and its new start."""
    if not text.startswith(name.split(" ", 1)[0], start):
        return name, start
    at = start
    while at > 0 and start - at < _MOST_PREFIX and text[at - 1].isalpha() and text[at - 1].islower():
        at -= 1
    if at == start or (at > 0 and text[at - 1].isalnum()) or text[at:start] in _JOINING_WORDS:
        return name, start  # no prefix, a longer word or a joining word glued on: leave the name as found
    return text[at:start] + name, at
