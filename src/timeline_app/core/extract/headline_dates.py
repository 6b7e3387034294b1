"""A date run into the end of the headline: "Teachers to Strike over Pay November 27, 2021 Jo News ...".

Some copied pages lose their line breaks, so the headline, the date line, the
author and the section arrive as one run. The date that closes a title-case
run at the very top (no punctuation before it, most longer words
capitalised, no preposition just before it: "on November 27, 2021" is a
sentence's date) is the page's date line.
"""

from __future__ import annotations

import re

from .date_mentions import DateMention
from .sentences import Span

__all__ = ["date_closing_headline"]

_MAX_OFFSET = 200
_PUNCTUATION = re.compile(r"[.!?,;:()\"“”]")
_SMALL_WORDS = frozenset("over with from into that this amid after against about than".split())
_PREPOSITIONS = frozenset("on in at by from since until after before during between of to and till the for as than".split())
_TITLE_SHARE = 0.6
_MIN_WORD = 4


def date_closing_headline(lines: list[Span], mentions: list[DateMention]) -> DateMention | None:
    """The full date that closes a title-case run opening the first line, if any."""
    first = next((line for line in lines if line.text.strip()), None)
    if first is None:
        return None
    for mention in mentions:
        if mention.start < first.start or mention.start - first.start > _MAX_OFFSET:
            continue
        if mention.end > first.end:
            break
        before = first.text[: mention.start - first.start]
        if _PUNCTUATION.search(before):
            return None
        words = before.split()
        longer = [w for w in words if len(w) >= _MIN_WORD and w.lower() not in _SMALL_WORDS]
        if not longer or words[-1].lower() in _PREPOSITIONS:
            return None
        if sum(w[0].isupper() for w in longer) / len(longer) >= _TITLE_SHARE:
            return mention
        return None
    return None
