"""Names the text makes the subject of a plural verb: a band, a group or a body, not one person.

One person "has called" or "was"; a sentence that opens on a name and goes on "have called", "are" or "were"
("Ostland Voices have called a strike.") speaks of many under that name, as of a band or a campaign group. The
name must open its sentence or line, so that no "and" before it ("Jo Arlen and Kea Holm were held") and no word
it depends on ("the letters of Mira Tane are") makes the verb plural for another reason; an opening quote opens
a sentence only of reported speech, closed by ",” said" or ",” says" ("“Ostland Voices were at the gate,” said
..."), not a slogan ("“Mira Tane have my vote,” a porter said"); a verb before "you" asks the name a question
("Kea Holm are you listening?"), and a name opening with a known given name is a person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .given_names import GIVEN_NAMES

__all__ = ["named_as_many"]

_PLURAL_VERB = re.compile(r"[ \t](?:are|were|have)[ \t](?!you\b)")
# What may stand right before a name that opens its sentence: the text's start, a line's start or a sentence's
# end (a closing quote after it).
_OPENS = re.compile(r"(?:^|\n|[.!?][”\"’]?[ \t])[ \t]*$")
# An opening quote right before a name, and the rest of a quote closed as reported speech (",” said")
_QUOTE_OPENS = re.compile(r"(?:^|\s)[“\"][ \t]*$")
_REPORTED = re.compile(r"[^“”\"\n]{0,400}?,[”\"][ \t]+(?:said|says)\b")
_LOOKBACK = 4  # characters before the name read by ``_OPENS``
_LONGEST_WORD = 40  # how far back the blank before a name's last word is looked for


def named_as_many(text: str, role_less: Iterable[str]) -> set[str]:
    """The names of ``role_less`` (people's names with no role) that open a sentence with a plural verb after them;
    the verbs are found first, and each is asked only of the names ending in the word before it."""
    by_last: dict[str, list[str]] = {}
    for name in role_less:
        if " " in name and name.split(" ", 1)[0] not in GIVEN_NAMES:
            by_last.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    found: set[str] = set()
    if not by_last:
        return found
    for verb in _PLURAL_VERB.finditer(text):
        at = verb.start()
        blank = text.rfind(" ", max(0, at - _LONGEST_WORD), at)
        for name in by_last.get(text[blank + 1 : at], ()) if blank != -1 else ():
            start = at - len(name)
            if start >= 0 and text.startswith(name, start) and _opens_a_sentence(text, start):
                found.add(name)
    return found


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens a sentence: of the page's own, or of reported speech in quotes."""
    before = max(0, start - _LOOKBACK)
    if _OPENS.search(text, before, start) is not None:
        return True
    return _QUOTE_OPENS.search(text, before, start) is not None and _REPORTED.match(text, start) is not None
