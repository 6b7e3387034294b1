"""A ruler listed by title, regnal name and numeral ("Jo Arlen and King Oteba III"): the person is the regnal name
and its numeral, "Oteba III", not "King Oteba".

A list of people lets a title that is also a given name open a two-word item ("Prince Dove"); a numeral after
the item says the title is a ruler's, as no given name is followed by one.
"""

from __future__ import annotations

import re

from .title_given_names import GIVEN_TITLES

_RULER_TITLES = GIVEN_TITLES | {"Queen"}
# A regnal numeral after the name, up to 13, standing as a whole word; a lone "I" only before punctuation or a
# line's end, not as the pronoun before a word ("Prince Holm I think").
_NUMERAL = re.compile(r"[ \t](?:X?(?:I{2,3}|IV|VI{0,3}|IX)|XI?|I(?=[ \t]*(?:[^\w\s]|$)))(?![\w'’-])", re.MULTILINE)


def regnal_names(text: str, listed: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``listed`` (name, offset), each two-word item of a ruler's title and a name before a numeral read as the
    regnal name and its numeral."""
    named: list[tuple[str, int]] = []
    for name, start in listed:
        words = name.split()
        numeral = _NUMERAL.match(text, start + len(name)) if len(words) == 2 and words[0] in _RULER_TITLES else None
        if numeral is not None:
            name, start = f"{words[1]} {numeral.group()[1:]}", text.find(words[1], start + len(words[0]))
        named.append((name, start))
    return named
