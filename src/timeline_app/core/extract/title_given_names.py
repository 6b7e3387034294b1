"""Title-like words at the head of a name: which are a given name or part of the name, and which an office.

A run of capitalised words before a name may open with an office nobody listed ("Taoiseach Brian Cowen"),
with a title that is also a given name ("Prince Harvey Arellano") or with an honorific written as part of
the name ("Khawaja Salman Arlen"); the name rules ask here which.
"""

from __future__ import annotations

from .given_names import GIVEN_NAMES

__all__ = ["GIVEN_TITLES", "TITLE_GIVEN_NAMES", "name_prefix_words", "opens_with_given_title", "split_unlisted_title"]

# Titles that are also given names, as Hong Kong names put them before the
# surname ("Prince Wong Ji-yuet") and southern African ones as a given name
# ("Prince Dove"); never a royal's title there.
TITLE_GIVEN_NAMES = frozenset("Prince Princess King Queenie Lord".split())
# Of those, the titles that are a given name wherever a known given name and a surname follow ("Prince Harvey
# Arellano", "King Ali Arlen"): a royal is named by one regnal name and a numeral ("King Arlen III").
GIVEN_TITLES = frozenset("Prince Princess King".split())
# A South Asian name's honorific prefix, written as part of the name ("Khawaja Salman Arlen")
_NAME_PREFIXES = frozenset("Khawaja Khwaja Mian Chaudhry Chaudhary Sardar".split())


def opens_with_given_title(words: list[str]) -> bool:
    """Whether a three-word name opens with a title that is its given name: a known given name and a surname
    follow ("King Ali Arlen" among a list's union leaders), as the name rules read it in a sentence."""
    return len(words) == 3 and words[0] in GIVEN_TITLES and words[1] in GIVEN_NAMES


def split_unlisted_title(words: list[str]) -> int:
    """How many leading words of a three-word run are a title nobody listed:
    1 when the first word is not a given name and the second is ("Taoiseach
    Brian Cowen" is Brian Cowen), else 0; never a name's own prefix."""
    if len(words) == 3 and words[0] not in GIVEN_NAMES and words[1] in GIVEN_NAMES and words[2] not in GIVEN_NAMES \
            and words[0] not in _NAME_PREFIXES:
        return 1
    return 0


def name_prefix_words(words: list[str]) -> int:
    """How many leading words of a name of three or more are an honorific prefix it is written with before its
    given name ("Khawaja Salman Arlen"): such a name is judged from the given name on."""
    return 1 if len(words) >= 3 and words[0] in _NAME_PREFIXES and words[1] in GIVEN_NAMES else 0

