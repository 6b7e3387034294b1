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
    tails = _Tails(words_of)
    for name in sorted(people, key=lambda n: len(words_of[n])):
        words = words_of[name]
        if len(words) < 2:
            continue
        # A longer name is merged into later (names go shortest first), so
        # every name ending this one is still in ``merged``.
        longer = tails.only_longer(words)
        if longer is None:
            continue
        tail, full = merged.pop(name), merged[longer]
        full.mentions.extend(tail.mentions)
        full.role = full.role or tail.role
        full.confidence = max(full.confidence, tail.confidence)
    return merged


class _Tails:
    """Every name's words read from the last, as a tree: the names ending
    with given words are found in one walk of them, not by comparing every
    pair of names (quadratic on a page naming thousands of people)."""

    def __init__(self, words_of: dict[str, list[str]]) -> None:
        # a node: (children by word, [how many names run on past it, one of them])
        self._root: tuple[dict, list] = ({}, [0, None])
        for name, words in words_of.items():
            node = self._root
            for depth, word in enumerate(reversed(words), 1):
                node = node[0].setdefault(word, ({}, [0, None]))
                if depth < len(words):
                    node[1][0] += 1
                    node[1][1] = name

    def only_longer(self, words: list[str]) -> str | None:
        """The one name longer than ``words`` that ends with them, or None
        when there is none or more than one."""
        node = self._root
        for word in reversed(words):
            node = node[0][word]  # ``words`` is one of the names: its path is there
        count, name = node[1]
        return name if count == 1 else None
