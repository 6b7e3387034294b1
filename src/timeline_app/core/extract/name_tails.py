"""One person, not two, when a page names them in full and by a tail.

A name's opening word is sometimes read as a title ("Nitasha Tamar Sharma"
above a signature, "Prince Harvey Arellano" after an office) or left off by
a courtesy title ("Mr Boakye Jnr" after "Mr Eugene Boakye Jnr"). The tail
("Tamar Sharma", "Boakye Jnr") is then the same person as the full name the
page also gives: it is merged into it, mentions and role included, rather
than listed as somebody else. A one-word tail is left to the surname
matching of ``people``; a tail is only merged into a single longer name
(two candidates ending the same way are left apart).
"""

from __future__ import annotations

from typing import Protocol


class _Named(Protocol):
    name: str
    role: str | None
    mentions: list[tuple[int, int]]
    confidence: float


def merge_name_tails(people: dict[str, _Named]) -> dict[str, _Named]:
    """``people`` (name -> person) with each name of two words or more that
    ends exactly one longer name merged into that longer name."""
    if len(people) < 2:
        return people
    merged = dict(people)
    words_of = {name: name.split() for name in people}  # each name split once, not once per pair
    for name in sorted(people, key=lambda n: len(words_of[n])):
        words = words_of[name]
        if len(words) < 2:
            continue
        longer = [other for other in merged
                  if len(words_of[other]) > len(words) and words_of[other][-len(words):] == words]
        if len(longer) != 1:
            continue
        tail, full = merged.pop(name), merged[longer[0]]
        full.mentions.extend(tail.mentions)
        full.role = full.role or tail.role
        full.confidence = max(full.confidence, tail.confidence)
    return merged
