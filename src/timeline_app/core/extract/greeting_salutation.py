"""A letter that greets its addressee with "Greetings" instead of "Dear".

Letters between unions and movements often open "Greetings Sister Mira Tane," under the addressee's name and
office, where others write "Dear ...". Such a page is the letter, as one opening "Dear Minister," is
(``document_form.opens_with_salutation``), under a headline that names no event, even when the letter backs
another body's strike or march.
A newsletter greeting its readers as a group ("Greetings members,", "Greetings comrades!") is how a body sends
its news, and a greeting after a sentence of the body is one reported, not the page's own: neither counts.
"""

from __future__ import annotations

import re

from .sentences import Span

__all__ = ["opens_with_greeting"]

# "Greetings Brother Jo Arlen," / "Greetings Dr. Lind:": a person greeted by name, with at most a form of address
# before it; not a group ("Greetings Comrades,"), nor a place the greeting comes from ("Greetings from Arlen,").
_GREETING = re.compile(
    r"Greetings[ \t]+(?:(?:Brother|Sister|Comrade|Dr|Mr|Ms|Mrs|Prof|Professor)\.?[ \t]+)?"
    r"(?!(?i:all|members?|colleagues?|friends?|comrades?|everyone|supporters?|students?|staff|readers?|"
    r"subscribers?|sisters|brothers|from|to|and)\b)"
    r"[A-Z][\w.'’-]*+(?:[ \t]+[A-Z][\w.'’-]*+){0,4}+[ \t]*[,:]")
#: The greeting stands under at most this many heading or address lines.
_HEAD_LINES = 6
#: A heading or address line above the greeting has at most this many words, and no full stop at its end.
_HEAD_WORDS = 8


def opens_with_greeting(lines: list[Span]) -> bool:
    """Whether the page opens with a "Greetings <name>," salutation, first or under a short addressee block."""
    for line in lines[:_HEAD_LINES + 1]:
        text = line.text.strip()
        if text.startswith("Greetings"):
            return _GREETING.match(text) is not None
        if len(text.split(None, _HEAD_WORDS)) > _HEAD_WORDS or text.endswith((".", "!", "?")):
            return False  # the body has begun: a greeting further down is quoted
    return False
