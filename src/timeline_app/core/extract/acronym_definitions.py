"""An acronym's definition: "National Union of Students (NUS)", "NUS (National ...)".

A definition is the surest evidence that an acronym is a body's, so
``organisations`` reads every one. Its name is found from the bracket back,
and the words before it that are no part of the name are cut off: the name
is the longest tail whose initials spell the acronym. The "ACR (" form is
looked for only where a bracket follows capitals, not at every position.
"""

from __future__ import annotations

from .organisation_names import HEADS, initials_match
from .prefilter import literal_starts

__all__ = ["acronym_starts_before_brackets", "defined_words"]


def defined_words(acronym: str, words: list[str]) -> list[str] | None:
    """The longest tail of ``words`` whose initials give ``acronym``: leading
    words go until the name starts with the acronym's letter and matches
    ("Nottingham, National Union of Students (NUS)" keeps the union)."""
    letter = acronym[0].lower()
    while words:
        while words and words[0][0].lower() != letter:
            words = words[1:]
        bare = [w.rstrip(",") for w in words]
        if words and initials_match(acronym.replace("-", ""), bare):
            return words
        if len(words) > 2 and bare[-1] in HEADS and initials_match(acronym.replace("-", ""), bare[:-1]):
            return words[:-1]  # "... Municipal Employees Union (AFSCME)": "Union" describes, the letters name
        words = words[1:]
    return None


def acronym_starts_before_brackets(text: str) -> list[int]:
    """Every offset where "ACR (" could begin: up to ten capitals (or &)
    before an opening bracket and the spaces in front of it."""
    starts: set[int] = set()
    for bracket in literal_starts(text, ("(",)):
        at = bracket
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        first = at
        while first > 0 and at - first < 10 and ("A" <= text[first - 1] <= "Z" or text[first - 1] == "&"):
            first -= 1
        starts.update(range(first, at - 1))
    return sorted(starts)
