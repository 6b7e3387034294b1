"""A page that condemns in its own voice is the statement itself, a letter.

A body's press statement speaks in the present tense, as "we" or under a
body's name (a name ending in an organisation's head word), at the head of one
of its first paragraphs: "The Harbourton Tenants' Union strongly condemns the
eviction of ...", "We deplore the raids on ...". A report about such a
statement tells it in the past ("the union condemned"), inside a sentence of
its own ("in a statement, the union said it condemns"), or after it ("...,
its secretary said"; "..., saying the council broke its rules"); a person
("Mayor Jo Arlen condemns ..."), "It" or a government is no body speaking for
itself, a newspaper's "we" is its editorial's, and a headline ("Unions condemn
raids") is no paragraph. The page is then the statement, whatever arrests or
raids it condemns; the caller keeps a page whose vote or opening found an act
of its own.
"""

from __future__ import annotations

import re

from .organisation_names import HEADS
from .sentences import Span

__all__ = ["condemns_in_own_voice"]

_ADVERB = r"(?:(?:strongly|vehemently|unequivocally|firmly|categorically)[ \t]+)?"
# The verbs of condemning, present in a line before the pattern is tried
_HINTS = ("condemn", "deplore", "denounce")
_VERB = "(?:" + "|".join(_HINTS) + ")"
# The speaker opening the paragraph: "We", or a name of up to eight words, each capitalised or a link word
# ("Harbourton Tenants' Union"), then an adverb, then the verb; a name must end in a body's head word (checked
# apart: ``_is_body``).
_OWN_VOICE = re.compile(
    rf"(?:We[ \t]+{_ADVERB}{_VERB}\b|(?P<name>(?:The[ \t]+)?[A-Z][\w'’.&-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|for|the|and|in)){0,7})" + rf"[ \t]+{_ADVERB}{_VERB}s\b)")
# A report's attribution closing the first sentence ("..., its secretary Mira Tane said in a statement").
_ATTRIBUTED = re.compile(r",[ \t]+[\w'’ \t-]{0,40}\b(?:said|says|told)\b|\bsaying\b")
# A body's head words but the state's: a government or its police condemning what others did is no statement of
# theirs.
_BODY_HEADS = HEADS - frozenset("Government Police Ministry Department Court Treasury Command Authority".split())
# A newspaper's own voice, an editorial: under "Our view:" or "Opinion |", or naming "this newspaper".
_EDITORIAL = re.compile(r"^(?:our[ \t]+view|opinion|editorial)[ \t]*[:|]|\bthis[ \t]+(?:news)?paper\b", re.IGNORECASE)
#: How many of the first lines may hold the paragraph (headers, a date line and an introduction come first).
_FIRST_LINES = 12
#: A paragraph, not a headline: at least this many words, and a full stop.
_PARAGRAPH_WORDS = 12


def _is_body(name: str) -> bool:
    """Whether a speaker's name is a body's that speaks for its members: it ends in an organisation's head word
    ("... Tenants' Union", "... Coalition"), not the state's ("The Ostland Government", "Westbrook Police")."""
    return name.rsplit(None, 1)[-1] in _BODY_HEADS


def condemns_in_own_voice(lines: list[Span]) -> bool:
    """Whether one of the first lines, after the first, is a paragraph opening with a body (or "we") that
    condemns, deplores or denounces in the present tense, in a first sentence that no one is said to say."""
    if lines and _EDITORIAL.search(lines[0].text[:120]):
        return False
    for line in lines[1:_FIRST_LINES]:
        text = line.text
        head = text[:120]
        if not any(hint in head for hint in _HINTS) or "." not in text:
            continue
        if len(text.split(None, _PARAGRAPH_WORDS)) <= _PARAGRAPH_WORDS:
            continue
        voice = _OWN_VOICE.match(text)
        if voice and (voice["name"] is None or _is_body(voice["name"])) and \
                not _ATTRIBUTED.search(text.split(". ", 1)[0]) and not _EDITORIAL.search(text):
            return True
    return False
