""""Today" as the last word of a name, not as a date.

News outlets and programmes are named with it ("USA Today reported", "told
India Today TV"): read as the relative day, such a credit became the main
event, dated the publication day, ahead of the event the lede dates. A
title-case headline ("Students Walk Out Over Fees Today") still says today:
there the words around are capitalised too.

Nor is the "today" of a page's call to act on it ("Join us today!",
"Subscribe today", "Donate today."): a sentence of a membership or a
donation appeal and nothing else, which dates no event of the movement.
"""

from __future__ import annotations

import re

__all__ = ["today_in_a_call", "today_in_name"]

_WORD_BEFORE = re.compile(r"(?:^|[ \t])(?P<lower>[a-z]\w*[ \t]+)?(?P<name>[A-Z][\w.&'-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+(?P<word>[A-Za-z]+)")
_LOOK = 40


def today_in_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised "Today" at ``text[start:end]`` closes a name:
    a capitalised word before it, and a lower-case word before that or a
    lower-case (or all-capitals) word after it."""
    if text[start:end] != "Today":
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _LOOK), start)
    if before is None:
        return False
    if before["lower"]:
        return True
    after = _WORD_AFTER.match(text[end:end + _LOOK])
    return after is not None and (after["word"][0].islower() or after["word"].isupper() and len(after["word"]) > 1)


# An appeal, its verb capitalised as an imperative that opens a sentence (a run-on heading's too: "Join the
# Lakeland Party Join us today!"), then "today" and its end: "Join us today!", "Sign up today."
_APPEAL_BEFORE = re.compile(r"(?<![\w'’])(?:Join(?:[ \t]+us)?|Subscribe|Donate|Sign[ \t]+up|Register|Support[ \t]+us|"
                            r"Become[ \t]+a[ \t]+(?:member|supporter))(?:[ \t]+now)?[ \t]+$")
_APPEAL_END = re.compile(r"[ \t]*(?:[.!]+|$)[ \t]*(?:\n|$)")


def today_in_a_call(text: str, start: int, end: int) -> bool:
    """Whether the "today" at ``text[start:end]`` ends a page's appeal to join, sign up or give ("Join us
    today!"): an imperative, "today", then the end of its line."""
    return _APPEAL_BEFORE.search(text, max(0, start - _LOOK), start) is not None and \
        _APPEAL_END.match(text, end) is not None
