"""The body's name inside what a context rule captured ("the union Unite", "organised by X").

A context rule captures the capitalised words after its cue; those may
open with sentence words, hold an owner ("USF's Students for Justice"),
join two bodies, or name a person, a date or a town rather than a body.
``context_name`` keeps the name or says there is none.
"""

from __future__ import annotations

import re

from .organisation_names import ALLEGIANCE, COMPASS, CONTEXT_STOP, GENERIC, HEADS, LEADING_NOISE, NEW_PLACES, \
    NOT_ORGANISATIONS, PEOPLE_OF, PEOPLE_OWNERS, ROLE_WORDS, opens_sentence
from .organisation_named_body import named_body
from .sentences import plain_apostrophes


# ("Ven.", the Venerable: a monk's title)
_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Comrade Sir Dame Rev Rev. Hon Hon. "
                        "Ven Ven.".split())


def context_name(words: list[str], single_ok: bool) -> list[str] | None:
    """The body's name from the words a context rule captured, or None."""
    words = _first_of_two_bodies(words)
    # "Women's March" keeps a plural owner; "USF's Students for Justice" is the owner's body
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s")) and w[:-2] not in PEOPLE_OWNERS]
    if owners:
        words = words[owners[-1] + 1 :]  # "USF's Students for Justice": the owner's body
    while words and (words[0] in LEADING_NOISE or words[0] in CONTEXT_STOP or words[0].endswith(ALLEGIANCE)) and \
            not (words[0] == "New" and words[1:2] and words[1] in _NEW_PLACES):  # "by New York Communities ..."
        words = words[1:]
    while words and words[-1] in ("the", "of", "for", "and", "&"):
        words = words[:-1]
    if words:
        words[-1] = _POSSESSIVE_END.sub("", words[-1])
    if words and (words[-1] in PEOPLE_OF or words[-1] in COMPASS):
        return None  # "Education Report Teachers" are people; "Palmerston North" is a town
    if not words or not words[0][:1].isupper() or words[0] in _HONORIFICS:
        return None  # "led by Mr Asefon": a person
    if any(w in CONTEXT_STOP and w not in ("These", "Those", "This", "That", "Here") and
           not (i and w in _MONTHS_IN_NAMES) for i, w in enumerate(words)):  # "Women's March" is no date
        return None
    if any(w.lower() in ROLE_WORDS for w in words):
        return None  # "Muslim President Shaima Dallali" is a person with a title
    content = [w for w in words if w not in ("the", "of", "for", "and", "&")]
    if len(content) == 1 and (not single_ok or opens_sentence(content[0])):
        return None  # ("Earlier, the same group had ...": a sentence's opening word, no body)
    if len(content) == 1 and (plain_apostrophes(content[0]) in GENERIC or content[0].upper() in NOT_ORGANISATIONS):
        return None
    if all(plain_apostrophes(w) in GENERIC for w in content):
        return None
    return words


_POSSESSIVE_END = re.compile(r"['’]s?$")
# Places named "New ...": "New" opens the body's name there, not the sentence ("led by New Year celebrations");
# a body may be New Delhi's, New England's or New South Wales's too.
_NEW_PLACES = NEW_PLACES | {"Delhi", "England", "South"}
_MONTHS_IN_NAMES = frozenset(("March", "May"))


def _first_of_two_bodies(words: list[str]) -> list[str]:
    """"Socialist Alternative & the ANU Education Action Group", "UCU and
    NUS", "the TUC and Stand Up to Hate": a context rule's capture that joins
    two bodies keeps the first (an acronym is a whole name: "and" after it
    starts another); the second is found on its own."""
    for i, word in enumerate(words[1:-1], 1):
        if word in ("and", "&") and _acronym(words[i - 1]) and words[i + 1] != "the" and \
                not words[i + 1].isupper() and _one_body_from(words, i - 1):
            continue  # "the LGBTQ and Allies Network": one body, the acronym opening its name
        if word in ("and", "&") and (words[i + 1] == "the" or words[i - 1].isupper() and words[i + 1].isupper() or
                                          _acronym(words[i - 1]) and (words[i + 1][:1].isupper() or i == 1)):
            return words[:i]
        if word == "and" and i == 1 and words[0] not in HEADS and named_body(words[2:]) == words[2:]:
            return words[:1]  # "contractor Westcorp and Norvale District Council": a name, then a body's
    return words


def _one_body_from(words: list[str], first: int) -> bool:
    """Whether the capture from ``words[first]`` to its end is one body's name ("the LGBTQ and Allies
    Network": the acronym qualifies the network and opens its name, no body of its own)."""
    body = named_body(words)
    return body is not None and body[-1] == words[-1] and len(body) >= len(words) - first


def _acronym(word: str) -> bool:
    """"TUC", "NUS": a whole body's short name, which no longer name goes on from after "and"."""
    return len(word) >= 2 and word.isupper() and word.isalpha()
