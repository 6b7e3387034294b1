"""More shapes of an organisation's name on real pages (issue 16).

* A campus of a university system named by the system's acronym and its
  town: "UC Davis", "UC Santa Cruz", "UNC Chapel Hill". The acronym starts
  with U (for University) and one or two place-like words follow: not a
  head word, a generic or role word, a given name or a sentence word. The
  bare acronym would otherwise stand for the whole system.
* A news-style opening in capitals: "UNIVERSITY of Exeter students staged
  ..." names the University of Exeter; the shouted head word is written as
  a name is ("University of Exeter").

Campuses are recorded by ``organisations`` even inside a longer name
("UC Santa Cruz Police"); shouted openings go with ``organisation_shapes``'
candidates, before head-word runs. ``with_word_before`` gives a head-word
run back the word trimmed off its front ("All") when the fuller name is a
body already defined.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import NamedTuple

from .given_names import GIVEN_NAMES
from .organisation_names import HEADS, NOT_ORGANISATIONS, PLACE_NOUNS, is_generic_word, is_role_word, \
    is_sentence_noise, name_key
from .prefilter import literal_starts


class FormName(NamedTuple):
    name: str
    start: int
    end: int


_PLACE_WORD = r"[A-Z][a-z]+"
# "UC Davis", "UNC Chapel Hill": U, up to four more capitals, one or two words.
_CAMPUS = re.compile(rf"(?<![\w'’&-])(?P<acr>U[A-Z]{{1,4}})[ \t]+(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?)"
                     rf"(?![\w&-]|['’]s?\b)")


def _place_like(word: str) -> bool:
    return not (word in HEADS or word in PLACE_NOUNS or word in GIVEN_NAMES or is_generic_word(word)
                or is_role_word(word) or is_sentence_noise(word))


def campus_names(text: str) -> list[FormName]:
    """"UC Davis" and the like (see the module docstring)."""
    found = []
    for match in _CAMPUS.finditer(text):
        if match["acr"] in NOT_ORGANISATIONS:
            continue
        words = match["place"].split()
        while words and not _place_like(words[-1]) and words[-1] not in GIVEN_NAMES:
            words = words[:-1]  # "UC Santa Cruz Police" keeps the campus, the head word stays its own
        if not words or words[0] in GIVEN_NAMES or \
                not all(_place_like(w) or w in GIVEN_NAMES for w in words):
            continue  # "USI President Kate Byrne"; a given name may end a town ("UC Santa Barbara")
        name = f"{match['acr']} {' '.join(words)}"
        end = text.find(words[-1], match.start("place")) + len(words[-1])
        found.append(FormName(name, match.start(), end))
    return found


_SHOUTED_HEADS = ("UNIVERSITY", "COLLEGE", "UNION", "INSTITUTE", "SCHOOL")
_SHOUTED_OF = re.compile(r"(?P<head>UNIVERSITY|COLLEGE|UNION|INSTITUTE|SCHOOL)[ \t]+of[ \t]+(?:the[ \t]+)?"
                         rf"(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})")


def shouted_openings(text: str) -> list[FormName]:
    """"UNIVERSITY of Exeter" at a line's start: the University of Exeter."""
    found = []
    for at in literal_starts(text, _SHOUTED_HEADS):
        if at and text[at - 1] != "\n":
            continue
        match = _SHOUTED_OF.match(text, at)
        if not match:
            continue
        words = match["place"].split()
        while words and (words[-1] in HEADS or is_generic_word(words[-1]) or is_sentence_noise(words[-1])):
            words = words[:-1]
        if words:
            end = text.find(words[-1], match.start("place")) + len(words[-1])
            rest = " ".join(text[match.end("head") : end].split())  # "of the Witwatersrand"
            name = f"{match['head'].capitalize()} {rest}"
            found.append(FormName(name, at, end))
    return found


def with_word_before(text: str, name: str, start: int, known_keys: Container[str]) -> tuple[str, int]:
    """(name, start), taking back the word a run lost in front of it when
    the two together are a body already found: "All India Students
    Association" after "All India Students' Association (AISA)" was defined."""
    before = text[max(0, start - 20) : start].split()
    if before and name_key(f"{before[-1]} {name}") in known_keys:
        return f"{before[-1]} {name}", text.rfind(before[-1], 0, start)
    return name, start
