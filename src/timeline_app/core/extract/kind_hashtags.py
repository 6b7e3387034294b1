"""A hashtag that tags a headline names its topic, not a campaign the page reports.

News sites head a story with the tag of the debate it belongs to
("#Harbourton2030: Council delays the ring road"): the tag, set off by a colon
at the line's start, files the story, and what follows, a clause written with
its capital, says what happened. A campaign heads its own call with its tag
("#KeepTheFerry: join us", "#KeepTheFerry: Sign now"; not "#Tag: Support grows
for ..."): there the tag is the campaign's name, as it is elsewhere, and
counts as a light cue of one.
"""

from __future__ import annotations

import re

__all__ = ["names_campaign"]

# The tag and its colon, read at the hashtag (lower case), the word after it, if a word follows, and the object
# of a call ("Sign now", "Support us"; not "Support grows").
_TAG = re.compile(r"#[a-z]\w*[ \t]*:[ \t]*(?P<next>[a-z]*)(?P<object>[ \t]+(?:us|now|the|our|your|this)\b)?")
# The words of a call, which a tag heading the call, with its object, does not file as news.
_CALLS = frozenset(("join", "sign", "share", "support", "stand"))


def names_campaign(text: str, lowered: str, at: int) -> bool:
    """Whether the hashtag at ``at`` counts as a campaign's name: it does not open its line followed by a colon and
    a news clause, whose first word is not written in small letters in ``text`` and is no call with its object
    ("Join us", "Sign now"; "Support grows for the ring road" is news)."""
    if at and lowered[at - 1] != "\n":
        return True
    tag = _TAG.match(lowered, at)
    return tag is None or bool(tag["next"]) and (text[tag.start("next")].islower() or
                                                 tag["next"] in _CALLS and bool(tag["object"]))
