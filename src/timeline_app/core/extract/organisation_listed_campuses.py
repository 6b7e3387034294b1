"""Universities listed by short name beside a university's acronym.

"occupations at HCU, OIT, Lakeland Metropolitan, Arlen and Royal
Westbrook", "the rent strikes at UCL and Goldsmiths": a list after "at"
that mixes a campus acronym with capitalised short names lists campuses,
when its sentence is about students, campuses or their actions. An
acronym in the list is the cue; a list of plain names ("at Leeds and
York") stays with the tighter frames of ``organisation_town_mentions``,
since towns are listed after "at" far more often than campuses are.

"9 universities ... have occupied buildings, including Westbrook, Arlen
and Dunmore", "at schools such as Westbrook, Arlen, and Dunmore
University": a list of examples after "including" or "such as" whose
sentence counts universities or campuses names them by short name
(``listed_as_examples``). Broader nouns ("institutions", "schools") count
only when the list also holds a full institution's name or an acronym.
"""

from __future__ import annotations

import re

from .prefilter import literal_starts

_ACRONYM = r"[A-Z]{2,6}"
_SHORT = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_ITEM = rf"(?:{_ACRONYM}|{_SHORT})"
_AT_LIST = re.compile(rf"at[ \t]+(?P<items>{_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+(?:and|&)[ \t]+{_ITEM})"
                      r"(?![ \t]+[A-Z]|[\w'’&-])")
_SPLIT = re.compile(r",?[ \t]+(?:and|&)[ \t]+|,[ \t]+")
# The sentence before "at" is about campuses: their students, occupations or strikes.
_CAMPUS_CUES = re.compile(r"universit|campus|occupation|students|rent[ \t]+strike|sit-in|encampment", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def listed_beside_acronyms(text: str) -> list[tuple[str, int, int]]:
    """(short name, start, end) of each capitalised name in such a list."""
    found = []
    for at in literal_starts(text, (" at ",)):
        if not text[at + 4 : at + 5].isupper():
            continue  # most "at"s come before a lower-case word: no list of names
        match = _AT_LIST.match(text, at + 1)
        if match is None:
            continue
        pieces = [(piece, match.start("items") + offset) for piece, offset in _pieces(match["items"])]
        if not any(piece.isupper() for piece, _ in pieces) or all(piece.isupper() for piece, _ in pieces):
            continue
        opening = _SENTENCE_START.search(text, max(0, at - 200), at)
        if not _CAMPUS_CUES.search(text, opening.start() if opening else max(0, at - 200), at):
            continue
        found += [(piece, start, start + len(piece)) for piece, start in pieces if not piece.isupper()]
    return found


# "including" or "such as" after a plural noun for campuses, in the same clause
_EXAMPLE_CUE = re.compile(r"\b(?P<noun>universities|campuses|unis|institutions|schools)\b[^.!?;:\n]{0,100}?"
                          r"\b(?:including|such[ \t]+as)[ \t]+$")
_NAME = r"(?:(?:the|both)[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of|de|the|[A-Z][\w'’-]*))*"
# The whole list, then the clause's end: "..., Bristol, and Nottingham." ("including arms giant X" is no list)
_EXAMPLES = re.compile(rf"(?P<items>{_NAME}(?:(?:,?[ \t]+(?:and|&)|,)[ \t]+{_NAME})+)(?=[ \t]*(?:[.,;:!?)\n]|$))")
_AND = re.compile(r"[ \t](?:and|&)[ \t]")
_STRONG_NOUNS = ("universities", "campuses", "unis")
_INSTITUTION = re.compile(r"\b(?:University|College|Institute|Polytechnic)\b|^[A-Z]{2,6}$")


def listed_as_examples(text: str) -> list[tuple[str, int, int]]:
    """(short name, start, end) of each name listed as an example of the campuses its sentence counts."""
    found = []
    for at in literal_starts(text, ("including ", "such as ")):
        after = text.find(" ", at + 7 if text.startswith("including", at) else at + 5) + 1
        if not text[after : after + 1].isupper() and not text.startswith(("the ", "both "), after):
            continue
        cue = _EXAMPLE_CUE.search(text, max(0, at - 120), after)
        match = cue and _EXAMPLES.match(text, after)
        if not match or not _AND.search(match["items"]):
            continue  # a list ends with "and": "including Westbrook, Arlen" may run on
        pieces = [(_without_article(piece), match.start("items") + offset) for piece, offset in _pieces(match["items"])]
        if cue["noun"] not in _STRONG_NOUNS and not any(_INSTITUTION.search(piece) for piece, _ in pieces):
            continue  # "schools such as ...": a university's name in the list says which schools
        for piece, start in pieces:
            at_word = text.find(piece, start)
            found.append((piece, at_word, at_word + len(piece)))
    return found


def _without_article(piece: str) -> str:
    for article in ("the ", "both "):
        if piece.startswith(article):
            return piece[len(article):]
    return piece


def _pieces(items: str) -> list[tuple[str, int]]:
    result, cursor = [], 0
    for piece in _SPLIT.split(items):
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        result.append((piece, at))
    return result
