"""Defined names that are a post held by one of many, not a body.

A bracket after capitalised words ("Name (ACR)") is read as a body's
definition, but pages define posts the same way: "the Tenancy Liaison
Officer (TLO)" names the person in a post, not the body that person works
for. A reader sees it when the defined words end in a post word in the singular ("Officer",
"Coordinator": the shared ``ROLE_WORDS``; "leader" is left out, as it also
names newspapers), and a word before them says the post is one of many, each
held by someone ("your", "our", "their", "his", "her", "each", "every").
"The Chief Staffing Officer (CSO)" is left alone: a single office of state
acts and bargains as a body. So is one after "a" or "an", which may belong to
the noun after the bracket ("a Chief Staffing Officer (CSO) spokesperson").
"""

from __future__ import annotations

import re

from .organisation_names import ROLE_WORDS

_POSTS = ROLE_WORDS - {"leader"}
_ONE_OF_MANY_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Yy]our|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ee]ach|[Ee]very)[ \t]+$")


def names_a_post(text: str, words: list[str], start: int) -> bool:
    """Whether defined ``words`` standing at ``start`` end in a post word after a word that
    makes the post one of many ("your Tenancy Liaison Officer")."""
    return len(words) >= 2 and words[-1].lower() in _POSTS and \
        _ONE_OF_MANY_BEFORE.search(text, max(0, start - 8), start) is not None
