"""Surnames that are also words of places or of time: "John Park", "Tom Hall", "Ruth Street", "Samuel Weeks".

Such a word ends a place's name far more often than a person's ("Victoria Park", "the Town Hall", "George
Street"), so a capitalised run ending in one is no name on its own. After a known given name it is one when
the sentence says a person stands there: a speech verb before or after ("said John Park", "Tom Hall said"), an
office, a trade or what only a person is after a comma ("Ruth Street, a nurse", "John Park, president of ...",
"Samuel Weeks, who ..."; not "George Street, the main road"), or a title or office before ("Dr Ann Hall",
"President Jo Lane"); never after a preposition of place ("at Lady Mitchell Hall"). Park is among the
commonest surnames in the world, and Hall among England's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["WORD_SURNAMES", "cued_word_surname"]

WORD_SURNAMES = frozenset("Park Hall Street Lane Weeks Temple Chambers Bridges".split())
_SPEECH = r"(?:said|says|told|added|explained|stated|warned|argued|wrote|insisted|urged|recalled|asked|replied)"
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH}[ \t]*$")
# A preposition of place right before the run: "at Lady Mitchell Hall", "outside Dr Jo Arlen Hall".
_PLACE_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|into|from|on|opposite)[ \t]*$", re.IGNORECASE)
# After the name: its verb of speech, or a comma and what only a person is ("who", "aged 40", "40,").
_CUE_AFTER = re.compile(rf"[ \t]*(?:,[ \t]*)?{_SPEECH}\b|[ \t]*,[ \t]*(?:who|aged|\d{{1,3}}[ \t,])[ \t]")
# After the name: a comma and an office or a person's trade, with any article ("a nurse", "president of ...";
# not "the main road", "a green space")
_DESCRIBED_AFTER = re.compile(r"[ \t]*,[ \t]*(?:(?:a|an|the)[ \t]+)?(?P<word>[\w-]+)")


def cued_word_surname(words: list[str], before: str, after: str, is_office: Callable[[str], bool]) -> bool:
    """Whether the run ``words`` (its last a ``WORD_SURNAMES`` word after a given name) is a person's name by
    its cue: ``before`` and ``after`` are the text around the run; ``is_office`` tells a title or an office."""
    if _PLACE_BEFORE.search(before):
        return False  # "at Lady Mitchell Hall": a building named after a titled person
    described = _DESCRIBED_AFTER.match(after)
    return _CUE_AFTER.match(after) is not None or _SPEECH_BEFORE.search(before) is not None or \
        described is not None and is_office(described["word"]) or len(words) >= 3 and is_office(words[-3])
