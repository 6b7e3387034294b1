"""The last "and" of a list of bodies, read off a run of capitals it was glued into.

"the Harbourton Institute, Kea and Westbrook University of Technology": the run "Kea and Westbrook University of
Technology" starts right after a body and its comma, so its "and" is the list's own, joining the list's last two
items, and the body is what follows it; the word before the "and" is an item (or a town) of its own, unless
the list goes on after the run ("..., Kea and Westbrook Dockers Union, and the ...": its "and" is still to come). It is
read as an item only when the list shows it: the word is a region, the list has an item before the body, or the body
and the one after "and" are of one kind, that one a name word and the head ("University of Harbourton, Kea and
Westbrook University"; not "..., Engineering and Physical Sciences Research Council"). A run whose word
before the "and" is two words, a head, people ("Tenants and Residents Association") or a word the page writes in
small letters ("Arts and Humanities Research Council", "Food and Farming Board") is one name the "and" joins.
"""

from __future__ import annotations

import re

from .capital_index import uses_in_lower_case
from .organisation_named_body import PEOPLE_PLURAL, named_body
from .organisation_names import GENERIC, HEADS
from .places import names_a_region

# The words of a name right before a comma: up to six capitalised words, "of", "for" or "the" between them.
_ITEM_BEFORE = re.compile(r"(?<![\w'’&.-])[A-Z][\w'’.-]*(?:[ \t]+(?:(?:of|for|the)[ \t]+)?[A-Z][\w'’.-]*){0,5}$")
# "and", or a comma and a capital, after the run: the list goes on, and its last "and" comes later
# (not ", the union said").
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?[A-Z]|and[ \t]|&)")
_WINDOW = 80  # characters read before the comma: a body's name is shorter


def without_a_listed_item_before_and(text: str, start: int, tokens: list[str]) -> list[str]:
    """``tokens`` (a run starting at ``start``) without the list item before its "and" when the run follows a
    body's name and its comma: "..., Kea and Westbrook University" is "Westbrook University"."""
    if tokens[1:2] != ["and"] or tokens.count("and") != 1:
        return tokens
    left, right = tokens[0], tokens[2:]
    if len(right) < 2 or left in HEADS or left in GENERIC or PEOPLE_PLURAL.search(left) or named_body(right) != right:
        return tokens
    comma = start - 1
    while comma > 0 and text[comma] in " \t":
        comma -= 1
    body = _a_body_before(text, comma) if comma > 0 and text[comma] == "," else None
    if body is None or not (names_a_region(left) or _an_item_before(text, body) or _of_one_kind(body, right)):
        return tokens  # "Lakeland Trust, Science and Engineering Research Council": no list shown
    last = text.find(right[-1], start)
    if last == -1 or _LIST_GOES_ON.match(text, last + len(right[-1])):
        return tokens  # "..., Seamen and Dockers Union, and the ...": the list's own "and" is still to come
    if uses_in_lower_case(text, left.lower()):
        return tokens  # a word also written in small letters: a field a name joins ("Food and Farming Board")
    return right


def _a_body_before(text: str, comma: int) -> re.Match[str] | None:
    """The words right before the comma at ``comma`` when they name a body."""
    item = _ITEM_BEFORE.search(text, max(0, comma - _WINDOW), comma)
    return item if item is not None and named_body(item.group().split()) is not None else None


def _of_one_kind(body: re.Match[str], right: list[str]) -> bool:
    """Whether the words after "and" are one name word and then the head of the body before the comma ("University
    of Harbourton, Kea and Westbrook University (of Technology)"); not a name whose head comes later ("Westbrook
    Research Council, Engineering and Physical Sciences Research Council": fields joined by "and" name one)."""
    return right[1] in HEADS and right[1] in body.group().split()


# A list's comma or semicolon right before an item ("Ostland; Kea University, Arlen and ...").
_ITEM_SEPARATOR_BEFORE = re.compile(r"[,;][ \t]*(?:the[ \t]+)?$")


def _an_item_before(text: str, body: re.Match[str]) -> bool:
    """Whether the list has an item before ``body`` (the body before the run's comma)."""
    return _ITEM_SEPARATOR_BEFORE.search(text, max(0, body.start() - 8), body.start()) is not None
