"""One person, not two, when a page names them in full and by a tail.

A name's opening word is sometimes read as a title ("Nitasha Tamar Sharma"
above a signature, "Prince Harvey Arellano" after an office) or left off by
a courtesy title ("Mr Boakye Jnr" after "Mr Eugene Boakye Jnr"). The tail
("Tamar Sharma", "Boakye Jnr") is then the same person as the full name the
page also gives: it is merged into it, mentions and role included, rather
than listed as somebody else. A one-word tail is left to the surname
matching of ``people``; a tail is only merged into a single longer name
(two candidates ending the same way are left apart).
A name read only inside another's mentions ("Georgia Arlen" from "Officer
Georgia Arlen Briggs signed", by a second reading of the same words) is that
person too (``merge_contained``).
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
        _merge_into(merged, name, longer)
    return merged


def _merge_into(merged: dict[str, _Named], name: str, whole: str) -> None:
    """Move ``name``'s mentions, role and confidence in ``merged`` to the person called ``whole``."""
    part, person = merged.pop(name), merged[whole]
    person.mentions.extend(part.mentions)
    person.role = person.role or part.role
    person.confidence = max(person.confidence, part.confidence)


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


def merge_contained(people: dict[str, _Named]) -> dict[str, _Named]:
    """``people`` with each name whose every mention lies inside a mention of one other, longer name merged into
    that name. One sweep over the mentions in text order, each compared with the longest-reaching mention before
    it (not every pair: a page may name thousands of people)."""
    spans = sorted(((start, -end, name) for name, person in people.items() for start, end in person.mentions))
    inside: dict[str, set[str]] = {}  # name -> the names whose mentions hold its mentions
    outside: set[str] = set()  # names with a mention no other name's holds
    reach, holder = -1, ""
    for start, negative_end, name in spans:
        end = -negative_end
        if reach >= end and holder != name and len(holder) > len(name):
            inside.setdefault(name, set()).add(holder)
        else:
            outside.add(name)
        if end > reach:
            reach, holder = end, name
    merged = dict(people)
    for name, holders in inside.items():
        if name in outside or len(holders) != 1 or len(name.split()) < 2:
            continue
        holder = next(iter(holders))
        if holder in merged and name in merged:
            _merge_into(merged, name, holder)
    return merged
