"""Where each acronym stands and which words a text uses in lower case, found once per document.

Questions about an acronym ("is it only ever a place?", "does the text
define it?", "does the text use its word in lower case?") look at each of
its mentions. Searching the whole text once per acronym costs the text's
length times the number of acronyms: a page of thousands of different
acronyms was quadratic. The mentions of every word in capitals and every
"(ACRONYM)", and the set of short lower-case words, are found in one pass
instead, kept in the document's memo (``document_memo``), and each
question reads its acronym's entry. Only words shaped like an acronym (or
its lower-case form) are kept, so the index is no bigger than the lists
of acronym mentions extraction keeps anyway; any other word is searched as
before.
"""

from __future__ import annotations

import re

from .document_memo import remembered

# A word as ``(?<![\w&-])WORD(?![\w&-])`` delimits it: a maximal run of these.
_WORD_CHARACTERS = re.compile(r"[\w&-]+")
# "(NUS)": a bracket with no bracket inside, as ``\(ACRONYM\)`` finds it.
_BRACKET = re.compile(r"\(([^()]*)\)")
# A whole word as ``used_in_lower_case`` accepts it: no web address's part.
_LOWER_USE = re.compile(r"(?<![\w&./@-])(\w+)(?![\w&/@-]|\.\w)")
_LONGEST = 12


def _acronym_like(word: str) -> bool:
    return len(word) <= _LONGEST and word[:1].isascii() and word[:1].isupper() and word.isupper()


def _lower_like(word: str) -> bool:
    return len(word) <= _LONGEST and word.islower()


def _listed(pattern: re.Pattern[str], group: int, text: str) -> dict[str, list[int]]:
    """Start of each match of ``pattern`` whose ``group`` is shaped like an acronym, by that group's text."""
    found: dict[str, list[int]] = {}
    for match in pattern.finditer(text):
        if _acronym_like(value := match[group]):
            found.setdefault(value, []).append(match.start())
    return found


def word_starts(text: str, word: str) -> list[int]:
    """Starts of ``re.finditer(rf"(?<![\\w&-]){re.escape(word)}(?![\\w&-])", text)``."""
    if _acronym_like(word) and _WORD_CHARACTERS.fullmatch(word):
        return remembered(_listed, _WORD_CHARACTERS, 0, text).get(word, [])
    return [m.start() for m in re.finditer(rf"(?<![\w&-]){re.escape(word)}(?![\w&-])", text)]


def bracket_starts(text: str, word: str) -> list[int]:
    """Starts of ``re.finditer(rf"\\({re.escape(word)}\\)", text)``."""
    if _acronym_like(word) and "(" not in word and ")" not in word:
        return remembered(_listed, _BRACKET, 1, text).get(word, [])
    return [m.start() for m in re.finditer(rf"\({re.escape(word)}\)", text)]


def uses_in_lower_case(text: str, word: str) -> bool:
    """``re.search(rf"(?<![\\w&./@-]){re.escape(word)}(?![\\w&/@-]|\\.\\w)", text) is not None``."""
    if not (_lower_like(word) and _LOWER_USE.fullmatch(word)):
        return re.search(rf"(?<![\w&./@-]){re.escape(word)}(?![\w&/@-]|\.\w)", text) is not None
    return word in remembered(_lower_words, text)  # such a word is one whole run: every run, once


def _lower_words(text: str) -> set[str]:
    return {match[1] for match in _LOWER_USE.finditer(text) if _lower_like(match[1])}
