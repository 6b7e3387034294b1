"""The last "and" of a list of bodies, read off a run of capitals it was glued into.

"the Harbourton Institute, Kea and Westbrook University of Technology": the run "Kea and Westbrook University of
Technology" starts right after a body and its comma, so its "and" is the list's own, joining the list's last two
items, and the body is what follows it; the words before the "and" are an item (or a town) of their own, unless
the list goes on after the run ("..., Kea and Westbrook Dockers Union, and the ...": its "and" is still to come). A run
whose words before the "and" hold a head or a word the page writes in small letters ("Arts and Humanities
Research Council", "Food and Farming Board") is one name whose fields the "and" joins.
"""

from __future__ import annotations

import re

from .capital_index import uses_in_lower_case
from .organisation_named_body import named_body
from .organisation_names import GENERIC, HEADS

# The words of a name right before a comma: up to six capitalised words, "of", "for" or "the" between them.
_ITEM_BEFORE = re.compile(r"(?<![\w'’&.-])[A-Z][\w'’.-]*(?:[ \t]+(?:(?:of|for|the)[ \t]+)?[A-Z][\w'’.-]*){0,5}$")
# "and", or a comma and a capital, after the run: the list goes on, and its last "and" comes later
# (not ", the union said").
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?[A-Z]|and[ \t]|&)")
_WINDOW = 80  # characters read before the comma: a body's name is shorter


def without_a_listed_item_before_and(text: str, start: int, tokens: list[str]) -> list[str]:
    """``tokens`` (a run starting at ``start``) without the list item before its "and" when the run follows a
    body's name and its comma: "..., Kea and Westbrook University" is "Westbrook University"."""
    if "and" not in tokens[1:3] or tokens.count("and") != 1:
        return tokens
    index = tokens.index("and")
    left, right = tokens[:index], tokens[index + 1 :]
    if len(right) < 2 or not HEADS.isdisjoint(left) or not GENERIC.isdisjoint(left) or named_body(right) != right:
        return tokens
    comma = start - 1
    while comma > 0 and text[comma] in " \t":
        comma -= 1
    if comma <= 0 or text[comma] != "," or not _a_body_before(text, comma):
        return tokens
    last = text.find(right[-1], start)
    if last == -1 or _LIST_GOES_ON.match(text, last + len(right[-1])):
        return tokens  # "..., Seamen and Dockers Union, and the ...": the list's own "and" is still to come
    if any(uses_in_lower_case(text, word.lower()) for word in left):
        return tokens  # a word also written in small letters: a field a name joins ("Food and Farming Board")
    return right


def _a_body_before(text: str, comma: int) -> bool:
    """Whether the words right before the comma at ``comma`` name a body."""
    item = _ITEM_BEFORE.search(text, max(0, comma - _WINDOW), comma)
    return item is not None and named_body(item.group().split()) is not None
