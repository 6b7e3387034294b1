"""A name alone on its line above a line that opens with an office ("Kealo Warren Holm" over "Vice-Chancellor"), as
a letter's addressee or a signature is written: the name is given in full, so its first word is a given name
nobody listed, not an office before it.
"""

from __future__ import annotations

from collections.abc import Callable

from .given_names import GIVEN_NAMES


def above_its_office(after: str, is_role_word: Callable[[str], bool]) -> bool:
    """Whether the line ends right after a name (``after``: the text after it) and the next line opens with an
    office's word."""
    line_end = after.find("\n")
    if line_end == -1 or after[:line_end].strip():
        return False
    next_words = after[line_end + 1 : line_end + 60].split(None, 1)
    return bool(next_words) and is_role_word(next_words[0].rstrip(","))


def full_name_over_office(text: str, name_words: list[str], start: int, end: int,
                          is_role_word: Callable[[str], bool]) -> bool:
    """Whether three name words, the second a known given name, fill their line above an office's line: a full
    name with no other cue ("Kealo Warren Holm" over "Vice-Chancellor")."""
    return len(name_words) == 3 and name_words[1] in GIVEN_NAMES and \
        not text[text.rfind("\n", max(0, start - 200), start) + 1 : start].strip() and \
        above_its_office(text[end : end + 100], is_role_word)
