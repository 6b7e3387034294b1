"""A year that describes a body or a person is no event of the movement.

"NUS was first founded in 1922", "formed in 1929", "since its foundation
in 2011", "the Board was set up in late 2015": the year a body came
to be is a fact about the body, as "who graduated in 2018" or "she joined
the union in 2004" is a fact about a person (a speaker's biography). Dated,
such a sentence became a secondary event and put a decades-old "campaign"
or "other" on the timeline of a walkout. Only a sentence dated by its
year alone is read this way: a body's founding given to the day ("the
union was formed on 3 March") may be the news itself.
"""

from __future__ import annotations

import re

from .prefilter import WordPattern

__all__ = ["describes_a_body_or_person"]

# A body's coming to be, dated by its year: "founded in 1922", "set up in
# early 2016", "since its foundation in 2011".
_FOUNDING = re.compile(
    r"\b(?:(?:co-?)?founded|formed|established|set[ \t]+up|incorporated|inaugurated|registered)[ \t]+"
    r"(?:back[ \t]+)?in[ \t]+(?:(?:early|late|mid)[ \t-]+)?\d{4}\b|"
    r"\bsince[ \t]+(?:its|their|the)[ \t]+(?:foundation|founding|formation|creation|inception|establishment)\b",
    re.IGNORECASE,
)
# A person's life, in a clause about the person: "who graduated in 2018",
# "she joined the union in 2004", "he was born in 1975". Joining an action
# ("who joined the strike in 2019") is the movement's own and stays.
_BIOGRAPHY = re.compile(
    r"\b(?:who|she|he)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:graduated|passed[ \t]+out|was[ \t]+born|retired|studied|qualified|enrolled|"
    r"joined[ \t]+(?!(?:[\w-]+[ \t]+){0,2}?(?:strikes?|protests?|occupations?|walk-?outs?|march(?:es)?|"
    r"rall(?:y|ies)|pickets?|boycotts?|sit-ins?|demonstrations?)\b))",
    re.IGNORECASE,
)

_FOUNDING_WORDS, _BIOGRAPHY_WORDS = WordPattern(_FOUNDING), WordPattern(_BIOGRAPHY)


def describes_a_body_or_person(sentence: str) -> bool:
    """Whether ``sentence``, dated by a year alone, tells when a body was
    founded or a step of a person's life rather than an action."""
    return bool(_FOUNDING_WORDS.search(sentence) or _BIOGRAPHY_WORDS.search(sentence))
