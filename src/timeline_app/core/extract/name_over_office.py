"""A name alone on its line above a line that opens with an office ("Kealo Warren Holm" over "Vice-Chancellor"), as
a letter's addressee or a signature is written: the name is given in full, so its first word is a given name
nobody listed, not an office before it.

Only over a sign-off's office line: a few capitalised words ("Director of Finance", "President, Westbrook Hall"),
no sentence ("President of the union since 2019, she ..."). A first word the page also writes in lower case, or one
that heads a line as a greeting, a heading's verb or a title ("Meet Jo Arlen", "Remembering Ama Lind", "Sheriff Jo
Arlen"), is no given name.
"""

from __future__ import annotations

from collections.abc import Callable

from .capital_index import uses_in_lower_case
from .given_names import GIVEN_NAMES
from .line_bounds import blank_between
from .organisation_names import LEADING_NOISE
from .person_context import TITLE_SURNAMES

# Greetings that head a profile or a farewell ("Meet Jo Arlen", "Welcome Ama Lind")
_GREETINGS = frozenset({"Meet", "Welcome", "Farewell"})
# Small words a sign-off's office line holds in lower case ("Director of Finance and Estates")
_LINE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "&", "at", "in", "on", "to"})
# The longest office line read, in words and characters
_LINE_WORDS = 8
_LINE_CHARS = 100


def above_its_office(text: str, end: int, first: str, is_role_word: Callable[[str], bool]) -> bool:
    """Whether the line ends at ``end``, right after a name whose first word is ``first`` and may be a given name
    nobody listed, and the next line is a sign-off's office line."""
    line_end = text.find("\n", end, end + _LINE_CHARS)
    if line_end == -1 or text[end:line_end].strip():
        return False
    next_end = text.find("\n", line_end + 1, line_end + 1 + _LINE_CHARS)
    if next_end == -1 and len(text) > line_end + 1 + _LINE_CHARS:
        return False
    words = text[line_end + 1 : next_end if next_end != -1 else len(text)].replace(",", " ").split()
    return 0 < len(words) <= _LINE_WORDS and is_role_word(words[0]) and \
        all(word[0].isupper() or word in _LINE_SMALL_WORDS for word in words) and _may_be_given_name(text, first)


def _may_be_given_name(text: str, first: str) -> bool:
    """Whether a name's first word may be a given name: no greeting, heading word, verb's -ing form or title, and
    never written in lower case in the page."""
    return first not in _GREETINGS and first not in LEADING_NOISE and first not in TITLE_SURNAMES and \
        not (len(first) > 5 and first.endswith("ing")) and not uses_in_lower_case(text, first.lower())


def full_name_over_office(text: str, name_words: list[str], start: int, end: int,
                          is_role_word: Callable[[str], bool]) -> bool:
    """Whether three name words, the second a known given name, fill their line above an office's line: a full
    name with no other cue ("Kealo Warren Holm" over "Vice-Chancellor")."""
    return len(name_words) == 3 and name_words[1] in GIVEN_NAMES and \
        blank_between(text, text.rfind("\n", max(0, start - 200), start) + 1, start) and \
        above_its_office(text, end, name_words[0], is_role_word)
