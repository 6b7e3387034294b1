"""A word's stem for the "no person's name holds it" test.

Stripping every trailing "s" made surnames that are plurals of such words
("Banks", "Parks", "Halls") look like "Bank", "Park", "Hall", so real
people were dropped. Those few keep their "s"; a possessive or any other
plural ("Unions", "Trustees") is still taken off.
"""

from __future__ import annotations

# Words whose plural is a common surname ("Randy Banks", "Rosa Parks"):
# there the "s" stays. Any other plural ("Unions", "Trustees") is its word.
_SURNAME_PLURALS = frozenset(
    "Bank Park Hall King Lord House Field Mill Wood Gate Judge Bishop Day Street Lane River".split())


def possessive_stem(word: str) -> str:
    """``word`` without a possessive ("Union's", "Students'") or a plural
    ending, unless the plural is a common surname ("Banks")."""
    word = word.rstrip("'’")
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word.rstrip("s") if word.endswith("s") and word[:-1] not in _SURNAME_PLURALS else word
