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
from .document_memo import asked_more_than, remembered
from .prefilter import finds

# A word as ``(?<![\w&-])WORD(?![\w&-])`` delimits it: a maximal run of these.
_WORD_CHARACTERS = re.compile(r"[\w&-]+")
# "(NUS)": a bracket with no bracket inside, as ``\(ACRONYM\)`` finds it.
_BRACKET = re.compile(r"\(([^()]*)\)")
# A whole word as ``used_in_lower_case`` accepts it, perhaps of pieces joined by hyphens ("nka-zi" for
# "NKA-ZI"): its own run of word characters and hyphens, no web address's part.
_LOWER_WORD = re.compile(r"\w+(?:-\w+)*")
_LOWER_USE = re.compile(r"(?<![\w&./@-])(\w+(?:-\w+)*)(?![\w&/@-]|\.\w)")
_LONGEST = 12
# Questions of one kind answered by ``str.find`` before the index is made:
# most documents ask about one or two acronyms, and the index's pass over
# every word costs as much as a few hundred finds.
_DIRECT = 8


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
        if asked_more_than(_DIRECT, word_starts, text):
            return remembered(_listed, _WORD_CHARACTERS, 0, text).get(word, [])
        return [at for at in finds(text, word) if _stands_alone(text, at, at + len(word))]
    return [m.start() for m in re.finditer(rf"(?<![\w&-]){re.escape(word)}(?![\w&-])", text)]


def bracket_starts(text: str, word: str) -> list[int]:
    """Starts of ``re.finditer(rf"\\({re.escape(word)}\\)", text)``."""
    if _acronym_like(word) and "(" not in word and ")" not in word:
        if asked_more_than(_DIRECT, bracket_starts, text):
            return remembered(_listed, _BRACKET, 1, text).get(word, [])
        return list(finds(text, f"({word})"))
    return [m.start() for m in re.finditer(rf"\({re.escape(word)}\)", text)]


def uses_in_lower_case(text: str, word: str) -> bool:
    """``re.search(rf"(?<![\\w&./@-]){re.escape(word)}(?![\\w&/@-]|\\.\\w)", text) is not None``."""
    if not (_lower_like(word) and _LOWER_WORD.fullmatch(word)):
        return re.search(rf"(?<![\w&./@-]){re.escape(word)}(?![\w&/@-]|\.\w)", text) is not None
    if asked_more_than(_DIRECT, uses_in_lower_case, text):
        return word in remembered(_lower_words, text)  # such a word is one whole run: every run, once
    return any(_used_alone(text, at, at + len(word)) for at in finds(text, word))


def _lower_words(text: str) -> set[str]:
    return {match[1] for match in _LOWER_USE.finditer(text) if _lower_like(match[1])}


def _is_word(character: str) -> bool:
    """``re.match(r"[\\w&-]", character)`` (``\\w`` is a letter, digit or "_")."""
    return character.isalnum() or character in "_&-"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No ``[\\w&-]`` just before ``start`` or at ``end``. A word made of such
    characters can then never stand alone at two overlapping places, so
    every find that passes is one ``finditer`` match."""
    return not (start and _is_word(text[start - 1])) and not (end < len(text) and _is_word(text[end]))


def _used_alone(text: str, start: int, end: int) -> bool:
    """``(?<![\\w&./@-])`` before ``start`` and ``(?![\\w&/@-]|\\.\\w)`` at ``end``."""
    if start and (_is_word(text[start - 1]) or text[start - 1] in "./@"):
        return False
    after = text[end : end + 2]
    return not after or not (_is_word(after[0]) or after[0] in "/@" or
                             after[0] == "." and len(after) == 2 and (after[1].isalnum() or after[1] == "_"))
