"""Words a typesetter's hyphen parted at a wrapped line's end, read whole.

A justified page (a newspaper's or a journal's PDF, a letter set in columns) breaks a long word at a line's
end with a plain hyphen: "Novem-" over "ber", "Lake-" over "land Porters' Guild". Once the wrap is read
(``wrapped_lines``) the break is a blank, and the word reads "Novem- ber": a date no pattern reads, a name cut
in two. Scored on copies of the real pages wrapped at 72 characters and hyphenated so, the people found fell
from 88.7 to 87.9 % and the main event's date from 88.6 to 87.2 % (docs/extraction.md, "Hard-wrapped text").

A reader joins the parts, and keeps the hyphen where the word has one of its own. So does
``hyphenated_words_joined``, for a hyphen after a letter at the end of a line the wrap ran on into a letter.
The hyphen stays (the blank goes) when the text writes the word with it elsewhere ("long-running"); else it
goes when the text writes the word whole elsewhere; else it stays when the word goes on in a capital or a
digit ("Jean-" over "Pierre", "pro-" over "Palestine"), goes on with a hyphen of its own ("work-" over
"to-rule"), when a part has two letters or fewer ("co-" over "ordinated", "sit-" over "in"), or when the text
writes both parts as words elsewhere ("long" and "running"); otherwise it goes ("Mem-" over "bers").
"""

from __future__ import annotations

import re
from collections import Counter

from .read_offsets import PlainText, edited

__all__ = ["hyphenated_words_joined"]

# A hyphen after a letter, then the blank (or two, for "\r\n") a wrap's break became, then a letter.
_PARTED = re.compile(r"(?<=[^\W\d_])-(?P<gap> {1,2})(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+\Z")
_LETTERS = re.compile(r"[^\W\d_]+")


def hyphenated_words_joined(text: str, broken: str) -> PlainText:
    """``text`` (its wrap read) with each word a hyphen parted at a wrapped line's end read whole; ``broken``
    is the same text before the wrap was read (same length: its line breaks where ``text`` has blanks)."""
    if "-\n" not in broken and "-\r\n" not in broken:
        return PlainText(text)  # (most texts)
    parted = [match for match in _PARTED.finditer(text) if broken[match.start("gap")] in "\r\n"]
    if not parted:
        return PlainText(text)
    pieces = [(_part_before(text, match.start()), _LETTERS.match(text, match.end()).group()) for match in parted]
    words = Counter(word.lower() for word in _WORD.findall(text))
    for first, second in pieces:  # (the parts of a parted word are no words the text writes)
        words[first.lower()] -= 1
        words[second.lower()] -= 1
    edits = [(match.start(), match.end(), "-" if _keeps_hyphen(text, match.end(), first, second, words) else "")
             for match, (first, second) in zip(parted, pieces)]
    return edited(text, edits)


def _part_before(text: str, hyphen: int) -> str:
    """The letters before the hyphen at ``hyphen`` (a run of at most a word's length)."""
    found = _LETTERS_BEFORE.search(text, max(0, hyphen - 64), hyphen)
    return found.group() if found else ""


def _keeps_hyphen(text: str, after: int, first: str, second: str, words: Counter[str]) -> bool:
    """Whether the word parted into ``first`` and ``second`` (which starts at ``after``) keeps its hyphen."""
    if words[f"{first}-{second}".lower()] > 0:
        return True
    if words[(first + second).lower()] > 0:
        return False
    goes_on = text[after + len(second):after + len(second) + 2]
    if second[0].isupper() or goes_on[:1] == "-" and goes_on[1:].isalpha():
        return True
    return min(len(first), len(second)) <= 2 or words[first.lower()] > 0 and words[second.lower()] > 0
