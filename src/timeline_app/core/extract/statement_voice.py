"""A page that condemns in its own voice is the statement itself, a letter.

A body's press statement speaks in the present tense, from the body's name or
as "we", at the head of one of its first paragraphs: "The Harbourton Tenants'
Union strongly condemns the eviction of ...", "We deplore the raids on ...".
A report about such a statement tells it in the past ("the union condemned")
or inside a sentence of its own ("in a statement, the union said it
condemns"), and a headline ("Unions condemn raids") is no paragraph. The page
is then the statement, whatever arrests or raids it condemns; a page whose
opening states an act of its own (checked by the caller) is left as it is.
"""

from __future__ import annotations

import re

from .sentences import Span

__all__ = ["condemns_in_own_voice"]

# The speaker opening the paragraph: "We", or a name of up to eight words, each capitalised or a link word
# ("Harbourton Tenants' Union", "Union of Lakeland Nurses", "KEA-HOLM"), then an adverb, then the verb.
_OWN_VOICE = re.compile(
    r"(?:We[ \t]+(?:(?:strongly|vehemently|unequivocally|firmly|categorically)[ \t]+)?"
    r"(?:condemn|deplore|denounce)|"
    r"(?:The[ \t]+)?[A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|for|the|and|in))" + "{0,7}" +
    r"[ \t]+(?:(?:strongly|vehemently|unequivocally|firmly|categorically)[ \t]+)?"
    r"(?:condemns|deplores|denounces))\b")
_HINTS = ("condemn", "deplore", "denounce")
#: How many of the first lines may hold the paragraph (headers, a date line and an introduction come first).
_FIRST_LINES = 12
#: A paragraph, not a headline: at least this many words, and a full stop.
_PARAGRAPH_WORDS = 12


def condemns_in_own_voice(lines: list[Span]) -> bool:
    """Whether one of the first lines, after the first, is a paragraph opening with a body (or "we") that
    condemns, deplores or denounces in the present tense."""
    for line in lines[1:_FIRST_LINES]:
        text = line.text
        head = text[:120]
        if not any(hint in head for hint in _HINTS) or "." not in text:
            continue
        if len(text.split(None, _PARAGRAPH_WORDS)) > _PARAGRAPH_WORDS and _OWN_VOICE.match(text):
            return True
    return False
