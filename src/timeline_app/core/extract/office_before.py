"""The office written right before a person's name: "former NUS president Jo Bo".

The office ends where the sentence's own words begin: an article, a verb of
saying, a preposition ("Protesters gathered outside MP Jane Dodds's office"
gives "MP", not the clause). A preposition counts only in lower case, so
the words of a name the office sits in stay ("Campaign Against Fees (CAF)
press officer").
"""

from __future__ import annotations

from collections.abc import Callable

from .person_cues import COMPOUND_OFFICES

__all__ = ["office_before_name"]

# Words no office holds, in any case.
_STOPS = frozenset("""the a an and said says told by with to from for as that who which when while is was are
    were of at in on did does do had has have""".split())
# Prepositions of place and time, in lower case only: a sentence's, not a body's name's ("Against").
_SENTENCE_PREPOSITIONS = frozenset("""outside inside near behind against before after during under over into onto
    towards toward around beside between beyond through upon via without within across opposite including""".split())
# At most this many words before the name are looked at, and this many taken.
_LOOKED_AT = 8
_TAKEN = 6


def office_before_name(before: str, is_role_word: Callable[[str], bool], clean: Callable[[str], str]) -> str | None:
    """Role phrase right before a name ("former NUS president", "Organiser"),
    or None when the word before the name is no office."""
    words = before.rsplit(None, _LOOKED_AT)
    if not words or words[-1].endswith(";") or not (is_role_word(words[-1]) or _compound_office(words)):
        return None  # "A B MP; C D": the office closes the item before
    taken: list[str] = []
    for word in reversed(words):
        bare = word.strip("“”\"‘(")
        if bare.lower() in _STOPS or bare in _SENTENCE_PREPOSITIONS or \
                word.endswith((",", ":", ";", ".", "”", "\"")) and taken or len(taken) >= _TAKEN:
            break
        taken.append(bare)
        if bare != word:
            break
    return clean(" ".join(reversed(taken))) or None


def _compound_office(words: list[str]) -> bool:
    """"secretary general", "Director General,": an office whose last word
    is no role on its own."""
    # "Secretary- General": a hyphen the page's line breaking left a space after
    return len(words) >= 2 and words[-1].lower().strip(",") == "general" and \
        words[-2].lower().strip("“\"‘(-") in COMPOUND_OFFICES
