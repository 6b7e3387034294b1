"""A name's joining word written with a capital: "Harbourton College Of Music", "Kea Institute For Fair Work".

A run of capitalised words reads "Of" as a word of the name, and the name's finder, which ends a body at its last
head word, then drops what follows ("Harbourton College"). Between a head word and a capitalised word, "Of" and
"For" join the name as "of" and "for" do: the page has only written the whole name in title case.
"""

from __future__ import annotations

from .organisation_names import HEADS

_CAPITAL_JOINS = frozenset({"Of", "For"})


def with_small_joins(tokens: list[str]) -> list[str]:
    """``tokens`` with a capitalised "Of" or "For" between a head word and a capitalised word written small."""
    if _CAPITAL_JOINS.isdisjoint(tokens):
        return tokens
    return [word.lower() if word in _CAPITAL_JOINS and 0 < at < len(tokens) - 1 and tokens[at - 1] in HEADS
            and tokens[at + 1][:1].isupper() else word for at, word in enumerate(tokens)]
