"""Event titles that read like timeline entries: short, and whole phrases.

A sentence is made into a title by dropping an opening subordinate clause
("Following the demonstration on Wednesday, students occupied ..." becomes
"Students occupied ..."), then, if it is still too long, ending it at the
last clause boundary that fits (a comma, a dash, or a word that opens a new
clause such as "after", "who", "as", "to demand"). Only a sentence with no
such boundary is cut at a word, and then never after a word like "the" or
"of" that leaves the phrase hanging.
"""

from __future__ import annotations

import re

EVENT_TITLE_CHARS = 70
_SHORTEST_PHRASE = 25
_OPENING_CLAUSE = re.compile(
    r"^(?:following|after|before|while|whilst|when|although|though|despite|as|in|on|at|with|since|"
    r"allowing for|throughout|during|amid|ahead of|having|according to|for|under|once|if)\b[^,]{3,200},[ \t]+",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(
    r",[ \t]|[ \t][–—-][ \t]|;[ \t]|[ \t]\(|[ \t](?=(?:who|which|after|as|because|while|whilst|when|where|"
    r"to demand|to protest|in protest|in solidarity|following|before|despite|amid|since|until)\b)"
)
# A phrase worth keeping says what happened: it holds a verb ("-ed" or a
# common verb of the movement's reports), not just a list or a name.
_VERB = re.compile(
    r"\b(?:[a-z]+ed|is|are|was|were|will|has|have|had|says?|said|calls?|march(?:es)?|strikes?|holds?|held|"
    r"joins?|walks?|occup(?:y|ies)|protests?|votes?|begins?|began|launch(?:es)?|demands?|took|takes?|signs?|"
    r"won|wins?|gather|rally|rallies|plan|plans|threatens?|face|faces)\b"
)
_GLUED_DATE = re.compile(r"^(?:date|published|posted)[ \t]*:?[ \t]*\d{4}-\d{2}-\d{2}[ \t]+", re.IGNORECASE)
_HANGING = frozenset(
    """the a an of to and or but in on at for with from by that their his her its our your this these those
    who which as than into over after before about between""".split()
)


def phrase_title(text: str, limit: int = EVENT_TITLE_CHARS) -> str:
    """``text`` made into a title of at most ``limit`` characters."""
    text = _GLUED_DATE.sub("", " ".join(text.split())).rstrip(".:;, ")
    if len(text) <= limit:
        return text
    opening = _OPENING_CLAUSE.match(text)
    if opening and len(text) - opening.end() >= _SHORTEST_PHRASE:
        rest = text[opening.end():]
        text = rest[0].upper() + rest[1:]
        if len(text) <= limit:
            return text
    cut = _last_boundary(text, limit)
    if cut is not None:
        return text[:cut].rstrip(" ,;:–—-")
    return _cut_at_word(text, limit)


def _last_boundary(text: str, limit: int) -> int | None:
    best = None
    for match in _BOUNDARY.finditer(text, 0, limit + 1):
        if match.start() >= _SHORTEST_PHRASE and _VERB.search(text, 0, match.start()):
            best = match.start()
    return best


def _cut_at_word(text: str, limit: int) -> str:
    words = text[: limit - 1].rsplit(" ", 1)[0].split()
    while len(words) > 1 and words[-1].lower().strip(",;:") in _HANGING:
        words.pop()
    return " ".join(words).rstrip(",;:–—- ") + "…"
